package io.keyadm.cli;

import java.util.Set;
import picocli.CommandLine;

/** Builds the command tree for one run and executes it; returns the exit code. */
public final class Cli {

  private Cli() {}

  public static int run(Services services, String... args) {
    ErrorReporter reporter = new ErrorReporter(services);
    try (services) {
      CommandLine cli = commandLine(services, args);
      cli.setExecutionExceptionHandler(reporter);
      cli.setParameterExceptionHandler(reporter);
      return cli.execute(args);
    } catch (RuntimeException e) {
      return reporter.report(e, "keyadm");
    }
  }

  /** The whole command tree wired to {@code services}. */
  public static CommandLine commandLine(Services services) {
    return commandLine(services, new String[0]);
  }

  /** The command tree for these arguments: only the path they name (see {@link CommandTree}). */
  static CommandLine commandLine(Services services, String[] args) {
    String named = CommandTree.topLevel(args);
    // First thing: the warm-up overlaps picocli's model building on the other core.
    if (named != null && NETWORK_COMMANDS.contains(named)) services.warmUp();
    CommandLine cli = new CommandLine(KeyadmCommand.class, new CommandFactory(services));
    boolean versionOnly =
        named == null && args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    if (!versionOnly) CommandTree.attach(cli, KeyadmCommand.class, args);
    // After attaching: setOut and setErr reach only the subcommands that exist when they are
    // called.
    cli.setOut(services.out());
    cli.setErr(services.err());
    return cli;
  }

  /** Top-level commands that talk to a server. */
  private static final Set<String> NETWORK_COMMANDS = Set.of("status", "key", "rpc-keys", "tenant");
}
