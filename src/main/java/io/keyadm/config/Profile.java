package io.keyadm.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A named connection: provider, base URL and where each credential comes from.
 *
 * <p>Settings are kept as the config file's kebab-case keys so that unknown keys written by a newer
 * keyadm survive a rewrite.
 */
public final class Profile {

  public static final String PROVIDER = "provider";
  public static final String URL = "url";
  public static final String AUTH_HEADER = "auth-header";
  public static final String AUTH_SCHEME = "auth-scheme";

  private final String name;
  private final Map<String, String> settings;
  private final boolean builtIn;

  public Profile(String name, Map<String, String> settings) {
    this(name, settings, false);
  }

  /** A built-in profile: it always exists and cannot be changed or removed. */
  public static Profile builtIn(String name, Map<String, String> settings) {
    return new Profile(name, settings, true);
  }

  private Profile(String name, Map<String, String> settings, boolean builtIn) {
    this.name = name;
    this.settings = new LinkedHashMap<>(settings);
    this.builtIn = builtIn;
  }

  public String name() {
    return name;
  }

  public String provider() {
    return settings.get(PROVIDER);
  }

  public String url() {
    return settings.get(URL);
  }

  public String get(String key) {
    return settings.get(key);
  }

  public Map<String, String> settings() {
    return Map.copyOf(settings);
  }

  /**
   * The ordered settings with every secret value replaced by a note that one is stored.
   *
   * @param secretKeys the config keys whose values are secrets
   */
  public Map<String, String> describe(Set<String> secretKeys) {
    Map<String, String> out = new LinkedHashMap<>();
    settings.forEach((k, v) -> out.put(k, secretKeys.contains(k) ? "(stored in config file)" : v));
    return out;
  }

  /** The built-in sandbox profiles: they always exist and cannot be changed or removed. */
  public boolean isBuiltIn() {
    return builtIn;
  }

  Map<String, String> rawSettings() {
    return settings;
  }
}
