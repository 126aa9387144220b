package io.keyadm.cli.sandbox;

import io.keyadm.cli.Services;
import io.keyadm.core.KeyadmException;
import io.keyadm.sandbox.SandboxPart;
import io.keyadm.sandbox.SandboxServer;
import io.keyadm.sandbox.StateException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "serve",
    description = {
      "Runs the sandbox as a server on 127.0.0.1 until Ctrl-C, and prints each API's base URL and admin credentials.",
      "The credentials are fixed, documented values: the sandbox holds no real keys."
    })
final class SandboxServeCommand implements Callable<Integer> {

  private final Services services;

  @Option(
      names = "--port",
      paramLabel = "<n>",
      description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 for any free port).",
      defaultValue = "8080")
  int port;

  @Option(
      names = "--state-dir",
      paramLabel = "<dir>",
      description = "Where the state is kept (default: $XDG_STATE_HOME/keyadm/sandbox).")
  Path stateDir;

  SandboxServeCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535)
      throw KeyadmException.usage("invalid value for --port: " + port + " (0 to 65535)");
    Path dir = stateDir != null ? stateDir : services.sandboxStateDir();
    List<SandboxPart> parts = services.providers().sandboxParts();
    SandboxServer server;
    try {
      server = SandboxServer.start("127.0.0.1", port, dir, parts);
    } catch (UncheckedIOException e) {
      throw KeyadmException.usage(e.getMessage());
    }
    // A broken state file is reported at once, and again whenever a request finds it so; the
    // other providers go on serving, and a 'sandbox reset' from another shell mends it.
    PrintWriter err = services.streams().err();
    server.logStateErrorsTo(
        line -> {
          synchronized (err) {
            err.println("keyadm: " + line);
            err.flush();
          }
        });
    for (SandboxPart part : parts) {
      try {
        server.check(part.id());
      } catch (StateException e) {
        // logged above; the part answers 503 with the same line until the file is mended
      }
    }
    CountDownLatch stopped = new CountDownLatch(1);
    StopSignals.onStop(stopped::countDown);
    PrintWriter out = services.streams().out();
    for (SandboxPart part : parts) {
      // "masumi  <url>  token=<t>": the id in a column of 8, then each credential as key=value.
      StringBuilder line = new StringBuilder(String.format("%-7s ", part.id()));
      line.append(server.baseUrl(part.id()));
      part.credentials().forEach((k, v) -> line.append("  ").append(k).append('=').append(v));
      out.println(line);
    }
    out.flush();
    services
        .streams()
        .tell(
            "Sandbox listening on 127.0.0.1:"
                + server.port()
                + ", state in "
                + dir
                + ". Press Ctrl-C to stop.");
    try {
      stopped.await();
    } finally {
      server.stop();
      services.streams().tell("Sandbox stopped.");
    }
    return 0;
  }
}
