package io.keyadm.cli;

import io.keyadm.config.Profile;
import io.keyadm.provider.ProviderModule;
import io.keyadm.provider.Providers;
import io.keyadm.sandbox.SandboxPart;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in profiles {@code sandbox-<id>}, one per provider: they point at the embedded sandbox,
 * which is started for the one command that uses them, and hold its fixed admin credentials.
 */
final class BuiltInProfiles {

  /** The URL of a built-in profile. */
  static final String EMBEDDED_URL = "embedded-sandbox";

  static final String PREFIX = "sandbox-";

  private BuiltInProfiles() {}

  static List<Profile> of(Providers providers) {
    List<Profile> all = new ArrayList<>();
    for (ProviderModule m : providers.all()) {
      SandboxPart part = m.sandbox();
      if (part == null) continue;
      Map<String, String> credentials = part.credentials();
      Map<String, String> settings = new LinkedHashMap<>();
      settings.put(Profile.PROVIDER, m.id());
      settings.put(Profile.URL, EMBEDDED_URL);
      settings.putAll(credentials);
      all.add(Profile.builtIn(PREFIX + m.id(), settings));
    }
    return all;
  }
}
