package io.keyadm.cli.profile;

import io.keyadm.cli.Services;
import io.keyadm.config.CredentialChain.Secret;
import io.keyadm.config.Profile;
import io.keyadm.core.KeyadmException;
import io.keyadm.provider.Providers;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "add",
    description = {
      "Adds (or replaces) a profile. Uses the global --provider, --url and --token-file/--project-key-file/--business-key-file.",
      "A --*-file value is read once and stored in the config file (mode 0600); --*-env and --*-command store only the reference."
    })
final class ProfileAddCommand implements Callable<Integer> {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

  private final Services services;

  @Parameters(paramLabel = "<name>", description = "The profile's name.")
  String name;

  @Option(
      names = "--token-env",
      paramLabel = "<var>",
      description = "Read the token from this environment variable at each use.")
  String tokenEnv;

  @Option(
      names = "--token-command",
      paramLabel = "<cmd>",
      description = "Run this command at each use; the token is the first line it prints.")
  String tokenCommand;

  @Option(
      names = "--project-key-env",
      paramLabel = "<var>",
      description = "pers: read the project key from this variable.")
  String projectKeyEnv;

  @Option(
      names = "--project-key-command",
      paramLabel = "<cmd>",
      description = "pers: command that prints the project key.")
  String projectKeyCommand;

  @Option(
      names = "--business-key-env",
      paramLabel = "<var>",
      description = "pers: read the business API key from this variable.")
  String businessKeyEnv;

  @Option(
      names = "--business-key-command",
      paramLabel = "<cmd>",
      description = "pers: command that prints the business API key.")
  String businessKeyCommand;

  @Option(
      names = "--auth-header",
      paramLabel = "<name>",
      description = "nft: header that carries the token (default: Authorization).")
  String authHeader;

  @Option(
      names = "--auth-scheme",
      paramLabel = "<scheme>",
      description = "nft: prefix of the token in that header (default: Bearer; \"\" for none).")
  String authScheme;

  @Option(
      names = "--use",
      description = "Make it the current profile (the first profile added always is).")
  boolean use;

  ProfileAddCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    if (!NAME.matcher(name).matches()) {
      throw KeyadmException.usage(
          "invalid profile name '" + name + "' (letters, digits, '.', '_' and '-', up to 64)");
    }
    String provider = services.providerOption();
    if (provider == null)
      throw KeyadmException.usage(
          "missing --provider (one of: " + String.join(", ", Providers.IDS) + ")");
    Providers.check(provider);
    String url = services.urlOption();
    if (url == null) throw KeyadmException.usage("missing --url <base-url>");
    checkUrl(url);
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put(Profile.PROVIDER, provider);
    settings.put(Profile.URL, url.trim());
    source(settings, Secret.TOKEN, tokenEnv, tokenCommand);
    boolean pers = provider.equals("pers");
    if (!pers
        && (projectKeyEnv != null
            || projectKeyCommand != null
            || businessKeyEnv != null
            || businessKeyCommand != null
            || services.secretFileOption(Secret.PROJECT_KEY) != null
            || services.secretFileOption(Secret.BUSINESS_KEY) != null)) {
      throw KeyadmException.usage("project and business keys are for pers profiles only");
    }
    source(settings, Secret.PROJECT_KEY, projectKeyEnv, projectKeyCommand);
    source(settings, Secret.BUSINESS_KEY, businessKeyEnv, businessKeyCommand);
    if ((authHeader != null || authScheme != null) && !provider.equals("nft")) {
      throw KeyadmException.usage("--auth-header and --auth-scheme are for nft profiles only");
    }
    if (authHeader != null) {
      if (!authHeader.matches("[A-Za-z0-9!#$%&'*+.^_`|~-]+"))
        throw KeyadmException.usage("invalid value for --auth-header: '" + authHeader + "'");
      settings.put(Profile.AUTH_HEADER, authHeader);
    }
    if (authScheme != null) settings.put(Profile.AUTH_SCHEME, authScheme.trim());
    boolean replacing = services.config().exists(name);
    services.config().put(new Profile(name, settings), use);
    services
        .err()
        .println(
            (replacing ? "Replaced" : "Added")
                + " profile "
                + name
                + " ("
                + provider
                + ", "
                + url.trim()
                + ")"
                + (name.equals(services.config().currentProfile())
                    ? "; it is the current profile."
                    : "."));
    services.err().flush();
    return 0;
  }

  private void source(Map<String, String> settings, Secret secret, String env, String command) {
    String file = services.secretFileOption(secret);
    int given = (env != null ? 1 : 0) + (command != null ? 1 : 0) + (file != null ? 1 : 0);
    if (given > 1) {
      throw KeyadmException.usage(
          "give one of --"
              + secret.configKey
              + "-env, --"
              + secret.configKey
              + "-command and "
              + secret.fileOption);
    }
    if (env != null) {
      if (!env.matches("[A-Za-z_][A-Za-z0-9_]*"))
        throw KeyadmException.usage(
            "invalid variable name for --" + secret.configKey + "-env: '" + env + "'");
      settings.put(secret.configKey + "-env", env);
    }
    if (command != null) {
      if (command.isBlank())
        throw KeyadmException.usage("--" + secret.configKey + "-command must not be empty");
      settings.put(secret.configKey + "-command", command);
    }
    if (file != null)
      settings.put(secret.configKey, services.chain().readSecretFile(file, secret.fileOption));
  }

  static void checkUrl(String url) {
    try {
      URI uri = URI.create(url.trim());
      String scheme = uri.getScheme();
      if (scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          || uri.getHost() == null) {
        throw new IllegalArgumentException();
      }
    } catch (IllegalArgumentException e) {
      throw KeyadmException.usage(
          "invalid value for --url: '" + url + "' (expected http:// or https:// and a host)");
    }
  }
}
