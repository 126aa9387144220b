package io.keyadm.cli.profile;

import io.keyadm.cli.GlobalOptions;
import io.keyadm.cli.Services;
import io.keyadm.config.Profile;
import io.keyadm.config.Secret;
import io.keyadm.core.KeyadmException;
import io.keyadm.core.OptionValues;
import io.keyadm.provider.ProfileSetting;
import io.keyadm.provider.ProviderModule;
import io.keyadm.provider.Providers;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "add",
    description = {
      "Adds (or replaces) a profile. Uses the global --provider, --url and the --*-file options of its secrets.",
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
    Providers providers = services.providers();
    GlobalOptions globals = services.globalOptions();
    if (globals.provider() == null)
      throw KeyadmException.usage(
          "missing --provider (one of: " + String.join(", ", providers.ids()) + ")");
    ProviderModule module = providers.get(globals.provider());
    String url = globals.url();
    if (url == null) throw KeyadmException.usage("missing --url <base-url>");
    checkUrl(url);
    OptionValues given = services.commandOptions();
    rejectOtherProviders(providers, module, given);
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put(Profile.PROVIDER, module.id());
    settings.put(Profile.URL, url.trim());
    source(settings, Secret.TOKEN, tokenEnv, tokenCommand);
    for (Secret s : module.secrets()) {
      source(
          settings,
          s,
          given.one("--" + s.configKey() + "-env"),
          given.one("--" + s.configKey() + "-command"));
    }
    for (ProfileSetting s : module.settings()) {
      String value = given.one(s.option());
      if (value == null) continue;
      if (!s.valid().matcher(value.trim()).matches())
        throw KeyadmException.usage("invalid value for " + s.option() + ": '" + value + "'");
      settings.put(s.key(), value.trim());
    }
    boolean replacing = services.config().exists(name);
    services.config().put(new Profile(name, settings), use);
    services
        .streams()
        .tell(
            (replacing ? "Replaced" : "Added")
                + " profile "
                + name
                + " ("
                + module.id()
                + ", "
                + url.trim()
                + ")"
                + (name.equals(services.config().currentProfile())
                    ? "; it is the current profile."
                    : "."));
    return 0;
  }

  /** Another provider's secret sources or settings: "--auth-header is for nft profiles only". */
  private void rejectOtherProviders(
      Providers providers, ProviderModule module, OptionValues given) {
    Map<String, List<ProviderModule>> owners = providers.optionOwners(Providers.PROFILE_ADD);
    List<String> options = new ArrayList<>(given.names());
    for (Secret s : providers.extraSecrets())
      if (globals().secretFile(s) != null) options.add(s.fileOption());
    for (String option : options) {
      List<String> having =
          option.endsWith("-file")
              ? providers.needing(secretOf(providers, option))
              : owners.get(option).stream().map(ProviderModule::id).toList();
      if (!having.contains(module.id()))
        throw KeyadmException.usage(
            option + " is for " + String.join(" and ", having) + " profiles only");
    }
  }

  private GlobalOptions globals() {
    return services.globalOptions();
  }

  private static Secret secretOf(Providers providers, String fileOption) {
    return providers.extraSecrets().stream()
        .filter(s -> s.fileOption().equals(fileOption))
        .findFirst()
        .orElseThrow();
  }

  private void source(Map<String, String> settings, Secret secret, String env, String command) {
    String file = globals().secretFile(secret);
    int given = (env != null ? 1 : 0) + (command != null ? 1 : 0) + (file != null ? 1 : 0);
    if (given > 1) {
      throw KeyadmException.usage(
          "give one of --"
              + secret.configKey()
              + "-env, --"
              + secret.configKey()
              + "-command and "
              + secret.fileOption());
    }
    if (env != null) {
      if (!env.matches("[A-Za-z_][A-Za-z0-9_]*"))
        throw KeyadmException.usage(
            "invalid variable name for --" + secret.configKey() + "-env: '" + env + "'");
      settings.put(secret.configKey() + "-env", env);
    }
    if (command != null) {
      if (command.isBlank())
        throw KeyadmException.usage("--" + secret.configKey() + "-command must not be empty");
      settings.put(secret.configKey() + "-command", command);
    }
    if (file != null)
      settings.put(secret.configKey(), services.chain().readSecretFile(file, secret.fileOption()));
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
