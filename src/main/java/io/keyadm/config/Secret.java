package io.keyadm.config;

/**
 * A secret a profile can need, with the names it goes by: its config-file key ({@code token}; a
 * profile may also hold {@code <key>-env} and {@code <key>-command}), its global file option, and
 * its environment variable. Every provider uses the token; a provider module declares the others.
 *
 * @param description what it is, for help texts (e.g. "the project key")
 */
public record Secret(String configKey, String fileOption, String envVariable, String description) {

  /** The token every provider authenticates with. */
  public static final Secret TOKEN =
      new Secret("token", "--token-file", "KEYADM_TOKEN", "the token");

  /** A secret named {@code key}: {@code --key-file} and {@code KEYADM_KEY}. */
  public static Secret named(String key, String description) {
    return new Secret(
        key,
        "--" + key + "-file",
        "KEYADM_" + key.toUpperCase(java.util.Locale.ROOT).replace('-', '_'),
        description);
  }
}
