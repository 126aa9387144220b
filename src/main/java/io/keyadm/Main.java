package io.keyadm;

import io.keyadm.cli.Cli;
import io.keyadm.cli.Services;
import io.keyadm.cli.Version;
import io.keyadm.core.Interruption;
import java.nio.file.Path;

/** Builds the command line, runs it, and exits with its code. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    String training = System.getProperty("keyadm.training");
    if (training != null) {
      Training.run(Path.of(training));
      return;
    }
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      // The one answer that needs no command model: scripts call it to check the tool is there.
      System.out.println(new Version().getVersion()[0]);
      return;
    }
    // Ctrl-C ends the JVM with 130; say so in the usual one line rather than vanish silently.
    // No child (a token-command ignoring SIGINT, say) outlives keyadm.
    Thread interrupted =
        new Thread(
            () -> {
              Interruption.begin();
              System.err.println("keyadm: interrupted");
            },
            "keyadm-interrupted");
    Runtime.getRuntime().addShutdownHook(interrupted);
    int code = Cli.run(Services.system(), args);
    try {
      Runtime.getRuntime().removeShutdownHook(interrupted);
    } catch (IllegalStateException shutdownInProgress) {
      // Ctrl-C came first: the hook prints the one line and the JVM exits with 130.
    }
    System.exit(code);
  }
}
