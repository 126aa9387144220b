package io.keyadm.cli;

import picocli.CommandLine;

/** Builds the command tree for one run and executes it; returns the exit code. */
public final class Cli {

  private Cli() {}

  public static int run(Services services, String... args) {
    ErrorReporter reporter = new ErrorReporter(services);
    try (services) {
      CommandLine cli = commandLine(services);
      cli.setExecutionExceptionHandler(reporter);
      cli.setParameterExceptionHandler(reporter);
      return cli.execute(args);
    } catch (RuntimeException e) {
      return reporter.report(e, "keyadm");
    }
  }

  /** The command tree wired to {@code services}, also used to generate completion scripts. */
  public static CommandLine commandLine(Services services) {
    CommandLine cli = new CommandLine(KeyadmCommand.class, new CommandFactory(services));
    cli.setOut(services.out());
    cli.setErr(services.err());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }
}
