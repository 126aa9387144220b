package io.keyadm.cli.sandbox;

import io.keyadm.cli.Services;
import io.keyadm.cli.Streams;
import io.keyadm.core.KeyadmException;
import io.keyadm.sandbox.SandboxServer;
import io.keyadm.sandbox.StateException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "reset",
    description = "Clears the sandbox's state: the next use starts from the seeded keys again.")
final class SandboxResetCommand implements Callable<Integer> {

  private final Services services;
  private final Streams streams;

  @Option(
      names = "--state-dir",
      paramLabel = "<dir>",
      description = "The state directory (default: $XDG_STATE_HOME/keyadm/sandbox).")
  Path stateDir;

  SandboxResetCommand(Services services, Streams streams) {
    this.services = services;
    this.streams = streams;
  }

  @Override
  public Integer call() {
    Path dir = stateDir != null ? stateDir : services.sandboxStateDir();
    try {
      SandboxServer.reset(dir);
    } catch (IOException e) {
      throw KeyadmException.usage(
          "cannot reset the sandbox state in " + dir + ": " + e.getMessage());
    } catch (StateException e) {
      throw KeyadmException.usage(e.getMessage());
    }
    streams.tell("Sandbox state cleared (" + dir + ").");
    return 0;
  }
}
