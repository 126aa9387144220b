package io.keyadm.cli.key;

import io.keyadm.cli.GlobalOptions;
import io.keyadm.cli.ProfileSelection;
import io.keyadm.cli.Streams;
import io.keyadm.config.ConfigStore;
import io.keyadm.config.Profile;
import io.keyadm.config.Secret;
import io.keyadm.core.KeyadmException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The token stored in a profile's config entry, for {@code key rotate --update-profile}: checked
 * before anything is sent, replaced once the successor exists.
 */
final class ProfileToken {

  private final ConfigStore config;
  private final Profile profile;

  private ProfileToken(ConfigStore config, Profile profile) {
    this.config = config;
    this.profile = profile;
  }

  /** Fails with a usage error that says what to update when the token is not stored there. */
  static ProfileToken check(
      ProfileSelection selection, ConfigStore config, GlobalOptions globals, Streams streams) {
    Profile p = selection.profile();
    String key = Secret.TOKEN.configKey();
    if (p == null || p.isBuiltIn())
      throw KeyadmException.usage(
          "--update-profile needs a profile of the config file (-p <name>)");
    String source = null;
    if (globals.secretFile(Secret.TOKEN) != null) source = "--token-file";
    else if (!streams.env().getOrDefault(Secret.TOKEN.envVariable(), "").isBlank())
      source = "$" + Secret.TOKEN.envVariable();
    else if (p.get(key + "-command") != null) source = "its token-command";
    else if (p.get(key + "-env") != null) source = "$" + p.get(key + "-env") + " (token-env)";
    if (source != null || p.get(key) == null)
      throw KeyadmException.usage(
          "--update-profile: the token in use comes from "
              + (source == null ? "no stored token" : source)
              + ", not from profile "
              + p.name()
              + " in the config file; deliver the successor with --exec or --save-secret, update"
              + " that source, then revoke the old key");
    return new ProfileToken(config, p);
  }

  String name() {
    return profile.name();
  }

  /** Stores {@code secret} as the profile's token. */
  void store(String secret) {
    Map<String, String> settings = new LinkedHashMap<>(profile.settings());
    settings.put(Secret.TOKEN.configKey(), secret);
    config.put(new Profile(profile.name(), settings), false);
  }
}
