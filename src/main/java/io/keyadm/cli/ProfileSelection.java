package io.keyadm.cli;

import io.keyadm.config.ConfigStore;
import io.keyadm.config.Profile;
import io.keyadm.core.KeyadmException;
import io.keyadm.provider.ProviderModule;
import io.keyadm.provider.Providers;
import java.util.Map;
import java.util.function.Supplier;

/** Which profile and provider a run uses: -p, KEYADM_PROFILE, the current profile, or --url. */
public final class ProfileSelection {

  private final GlobalOptions options;
  private final Map<String, String> env;
  private final Supplier<ConfigStore> config;
  private final Providers providers;
  private Profile profile;
  private boolean selected;

  ProfileSelection(
      GlobalOptions options,
      Map<String, String> env,
      Supplier<ConfigStore> config,
      Providers providers) {
    this.options = options;
    this.env = env;
    this.config = config;
    this.providers = providers;
  }

  /** The selected profile; null for ad-hoc use with --url and --provider. */
  public Profile profile() {
    if (selected) return profile;
    String name = options.profile != null ? options.profile : env.get("KEYADM_PROFILE");
    if (name != null && !name.isBlank()) {
      profile = config.get().profile(name);
    } else if (options.url == null) {
      String current = config.get().currentProfile();
      if (current == null) {
        throw KeyadmException.usage(
            "no profile selected: add one with 'keyadm profile add', give --url and --provider, or try -p sandbox-"
                + providers.ids().get(0));
      }
      profile = config.get().profile(current);
    }
    selected = true;
    return profile;
  }

  /** The provider of the selected profile (or --provider), without connecting. */
  public ProviderModule module() {
    Profile p = profile();
    if (options.provider != null) {
      ProviderModule m = providers.get(options.provider);
      if (p != null && !options.provider.equals(p.provider())) {
        throw KeyadmException.usage(
            "profile "
                + p.name()
                + " is a "
                + p.provider()
                + " profile; --provider "
                + options.provider
                + " does not match");
      }
      return m;
    }
    if (p != null) return providers.get(p.provider());
    throw KeyadmException.usage(
        "--url needs --provider (one of: " + String.join(", ", providers.ids()) + ")");
  }

  public String providerId() {
    return module().id();
  }

  /** The base URL to use: --url, else the profile's (the embedded sandbox's marker included). */
  public String url() {
    return options.url != null ? options.url : profile().url();
  }

  /** The URL of the selected profile as configured, or null without a profile. */
  public String profileUrl() {
    Profile p = profile();
    return p == null ? null : p.url();
  }
}
