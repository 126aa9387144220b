package io.keyadm.cli;

import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;

/** Builds the command tree for one run and executes it; returns the exit code. */
public final class Cli {

  private Cli() {}

  public static int run(Services services, String... args) {
    ErrorReporter reporter = new ErrorReporter(services);
    try (services) {
      ProviderOptions providerOptions =
          new ProviderOptions(services.providers(), services.options());
      CommandLine cli = commandLine(services, args, providerOptions);
      cli.setExecutionExceptionHandler(reporter);
      cli.setParameterExceptionHandler(reporter);
      cli.setExecutionStrategy(
          parsed -> {
            services.startCommand(runOf(parsed, providerOptions));
            return new RunLast().execute(parsed);
          });
      return cli.execute(args);
    } catch (RuntimeException e) {
      return reporter.report(e, "keyadm");
    }
  }

  /** The whole command tree wired to {@code services}. */
  public static CommandLine commandLine(Services services) {
    return commandLine(
        services, new String[0], new ProviderOptions(services.providers(), services.options()));
  }

  /** The command tree for these arguments: only the path they name (see {@link CommandTree}). */
  private static CommandLine commandLine(
      Services services, String[] args, ProviderOptions providerOptions) {
    String named = CommandTree.topLevel(args, services.providers());
    // First thing: the warm-up overlaps picocli's model building on the other core.
    if (named != null && NETWORK_COMMANDS.contains(named)) services.warmUp();
    CommandLine cli = new CommandLine(KeyadmCommand.class, new CommandFactory(services));
    boolean versionOnly =
        named == null && args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    if (!versionOnly) {
      providerOptions.describeRoot(cli.getCommandSpec());
      CommandTree.attach(cli, KeyadmCommand.class, args, providerOptions);
    }
    // After attaching: setOut, setErr and the defaults reach only the subcommands that exist when
    // they are called.
    if (services.session().defaults() != null)
      cli.setDefaultValueProvider(services.session().defaults());
    cli.setOut(services.streams().out());
    cli.setErr(services.streams().err());
    return cli;
  }

  private static CommandRun runOf(ParseResult parsed, ProviderOptions providerOptions) {
    List<CommandLine> path = parsed.asCommandLineList();
    CommandLine leaf = path.get(path.size() - 1);
    return new CommandRun(
        ErrorReporter.commandName(leaf), providerOptions.valuesOf(leaf.getCommandSpec()));
  }

  /** Top-level commands that talk to a server. */
  private static final Set<String> NETWORK_COMMANDS =
      Set.of("status", "key", "rpc-keys", "tenant", "audit");
}
