package io.keyadm.cli;

import io.keyadm.config.Secret;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The global options, shared by every command of one run. They are inherited, so they may stand
 * before or after a subcommand; the factory hands picocli the run's one instance. Fields, not
 * setter methods: fields keep their declaration order under reflection, so help and completion
 * scripts are the same on every run.
 */
public final class GlobalOptions {

  @Option(
      names = {"-p", "--profile"},
      paramLabel = "<name>",
      scope = ScopeType.INHERIT,
      description =
          "Profile to use (env KEYADM_PROFILE; default: the current profile). Built in: @built-in-profiles@.")
  String profile;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "<format>",
      scope = ScopeType.INHERIT,
      description = "Output format: @formats@ (env KEYADM_OUTPUT; default: table).")
  String output;

  @Option(
      names = "--jq",
      paramLabel = "<expression>",
      scope = ScopeType.INHERIT,
      description =
          "Filter the JSON output with this jq expression (implies -o json): a string prints raw,"
              + " anything else as compact JSON, one result a line. Refused where it could drop a"
              + " one-time secret, unless --save-secret or --exec takes the secret.")
  String jq;

  @Option(
      names = "--url",
      paramLabel = "<base-url>",
      scope = ScopeType.INHERIT,
      description =
          "Base URL of the API, overriding the profile's (with --provider: no profile needed).")
  String url;

  @Option(
      names = "--provider",
      paramLabel = "<id>",
      scope = ScopeType.INHERIT,
      description = "Provider: @providers@ (with --url for use without a profile).")
  String provider;

  @Option(
      names = "--timeout",
      paramLabel = "<duration>",
      scope = ScopeType.INHERIT,
      description = "Time budget of each call, retries included: <n>ms|s|m|h|d (default: 30s).")
  String timeout;

  @Option(
      names = "--retries",
      paramLabel = "<n>",
      scope = ScopeType.INHERIT,
      description =
          "Retries of safe calls after connection failures, 429 and 502/503/504 (default: 2).")
  Integer retries;

  @Option(
      names = "--token-file",
      paramLabel = "<file>",
      scope = ScopeType.INHERIT,
      description =
          "Read the token from this file ('-' for stdin) instead of the environment or profile.")
  String tokenFile;

  @Option(
      names = "--show-secrets",
      scope = ScopeType.INHERIT,
      description = "Show secret fields (tokens, keys) in clear instead of masked.")
  boolean showSecrets;

  @Option(
      names = "--no-color",
      scope = ScopeType.INHERIT,
      description = "No colour (also: the NO_COLOR environment variable).")
  boolean noColor;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description =
          "Trace HTTP on stderr (credentials and secrets redacted) and show stack traces.")
  boolean debug;

  @Option(
      names = {"-q", "--quiet"},
      scope = ScopeType.INHERIT,
      description = "No notes on stderr; errors and warnings still show.")
  boolean quiet;

  /** The file options of the secrets providers need besides the token, added from the registry. */
  final Map<Secret, String> secretFiles = new HashMap<>();

  /** --url, or null. */
  public String url() {
    return url;
  }

  /** --jq, or null. */
  public String jq() {
    return jq;
  }

  /** --provider, or null. */
  public String provider() {
    return provider;
  }

  /** The global {@code --x-file} option of a secret, or null. */
  public String secretFile(Secret secret) {
    return secret.equals(Secret.TOKEN) ? tokenFile : secretFiles.get(secret);
  }
}
