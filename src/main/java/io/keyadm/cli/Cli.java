package io.keyadm.cli;

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

  /**
   * The command tree for these arguments: only the branch of the top-level command they name, since
   * building picocli's model of every command costs more than running most of them. The whole tree
   * when no command is named (root help, errors) and for completion scripts.
   */
  static CommandLine commandLine(Services services, String[] args) {
    CommandLine cli = new CommandLine(KeyadmCommand.class, new CommandFactory(services));
    cli.setOut(services.out());
    cli.setErr(services.err());
    String named = topLevelCommand(args);
    if (named != null && NETWORK_COMMANDS.contains(named)) services.warmUp();
    if (named == null && args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) return cli;
    for (var e : KeyadmCommand.COMMANDS.entrySet()) {
      if (named == null || named.equals(e.getKey())) cli.addSubcommand(e.getKey(), e.getValue());
    }
    return cli;
  }

  /** Top-level commands that talk to a server. */
  private static final java.util.Set<String> NETWORK_COMMANDS = java.util.Set.of("status", "key", "rpc-keys", "tenant");

  /** Global options that take a value, so the pre-scan can step over it. */
  private static final java.util.Set<String> VALUED_GLOBALS =
      java.util.Set.of("-p", "--profile", "-o", "--output", "--url", "--provider", "--timeout", "--retries", "--token-file",
          "--project-key-file", "--business-key-file");

  /** The first argument that names a top-level command, or null; "completion" needs the whole tree. */
  static String topLevelCommand(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--")) return null;
      if (VALUED_GLOBALS.contains(a)) {
        i++;
        continue;
      }
      if (a.startsWith("-")) continue;
      return KeyadmCommand.COMMANDS.containsKey(a) && !a.equals("completion") ? a : null;
    }
    return null;
  }
}
