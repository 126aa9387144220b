package io.keyadm.cli;

import io.keyadm.cli.key.KeyCommand;
import io.keyadm.cli.profile.ProfileCommand;
import io.keyadm.cli.rpckeys.RpcKeysCommand;
import io.keyadm.cli.sandbox.SandboxCommand;
import io.keyadm.cli.tenant.TenantCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command; its options are global and may stand before or after a subcommand. */
@Command(
    name = "keyadm",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Administers API keys on the Masumi Payment Service, the PERS loyalty platform and the NFT platform.",
    subcommands = {
      StatusCommand.class,
      KeyCommand.class,
      RpcKeysCommand.class,
      TenantCommand.class,
      ProfileCommand.class,
      CompletionCommand.class,
      SandboxCommand.class
    },
    footerHeading = "%nCredentials (first found wins):%n",
    footer = {
      "  --token-file FILE|-  >  $KEYADM_TOKEN  >  profile token-command  >  profile token-env  >  token stored in the config file.",
      "  PERS also: --project-key-file / $KEYADM_PROJECT_KEY and --business-key-file / $KEYADM_BUSINESS_KEY.",
      "",
      "Exit codes:",
      "  0 success   1 unexpected error   2 usage error   3 authentication/permission   4 not found",
      "  5 rejected by the server   6 server unavailable or unusable answer   7 network failure",
      "  8 partial failure   130 interrupted"
    })
public final class KeyadmCommand implements Runnable {

  private final GlobalOptions options;

  @Spec CommandSpec spec;

  public KeyadmCommand(Services services) {
    this.options = services.options();
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command");
  }

  @Option(names = {"-p", "--profile"}, paramLabel = "<name>", scope = ScopeType.INHERIT,
      description = "Profile to use (env KEYADM_PROFILE; default: the current profile). Built in: sandbox-masumi, sandbox-pers, sandbox-nft.")
  void profile(String v) {
    options.profile = v;
  }

  @Option(names = {"-o", "--output"}, paramLabel = "<format>", scope = ScopeType.INHERIT,
      description = "Output format: table, json, yaml, csv or id (env KEYADM_OUTPUT; default: table).")
  void output(String v) {
    options.output = v;
  }

  @Option(names = "--url", paramLabel = "<base-url>", scope = ScopeType.INHERIT,
      description = "Base URL of the API, overriding the profile's (with --provider: no profile needed).")
  void url(String v) {
    options.url = v;
  }

  @Option(names = "--provider", paramLabel = "<id>", scope = ScopeType.INHERIT,
      description = "Provider: masumi, pers or nft (with --url for use without a profile).")
  void provider(String v) {
    options.provider = v;
  }

  @Option(names = "--timeout", paramLabel = "<duration>", scope = ScopeType.INHERIT,
      description = "Time budget of each call, retries included: <n>ms|s|m|h|d (default: 30s).")
  void timeout(String v) {
    options.timeout = v;
  }

  @Option(names = "--retries", paramLabel = "<n>", scope = ScopeType.INHERIT,
      description = "Retries of safe calls after connection failures, 429 and 502/503/504 (default: 2).")
  void retries(int v) {
    options.retries = v;
  }

  @Option(names = "--token-file", paramLabel = "<file>", scope = ScopeType.INHERIT,
      description = "Read the token from this file ('-' for stdin) instead of the environment or profile.")
  void tokenFile(String v) {
    options.tokenFile = v;
  }

  @Option(names = "--project-key-file", paramLabel = "<file>", scope = ScopeType.INHERIT,
      description = "PERS: read the project key from this file ('-' for stdin).")
  void projectKeyFile(String v) {
    options.projectKeyFile = v;
  }

  @Option(names = "--business-key-file", paramLabel = "<file>", scope = ScopeType.INHERIT,
      description = "PERS: read the business API key from this file ('-' for stdin).")
  void businessKeyFile(String v) {
    options.businessKeyFile = v;
  }

  @Option(names = "--show-secrets", scope = ScopeType.INHERIT,
      description = "Show secret fields (tokens, keys) in clear instead of masked.")
  void showSecrets(boolean v) {
    options.showSecrets = v;
  }

  @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "No colour (also: the NO_COLOR environment variable).")
  void noColor(boolean v) {
    options.noColor = v;
  }

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Trace HTTP on stderr (credentials and secrets redacted) and show stack traces.")
  void debug(boolean v) {
    options.debug = v;
  }

  @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "No notes on stderr; errors and warnings still show.")
  void quiet(boolean v) {
    options.quiet = v;
  }
}
