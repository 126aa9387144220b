package io.keyadm.provider;

import java.util.List;

/**
 * An option a provider adds to one of keyadm's commands. The command line shows it under the
 * provider's heading in help; giving it with another provider is a usage error naming who has it.
 *
 * @param paramLabel the value's label, e.g. {@code <unit>=<amount>}; null for a flag
 * @param repeatable whether it may be given more than once, each time adding a value
 * @param candidates the values it accepts, for completion (empty when free-form)
 */
public record ProviderOption(
    String name,
    String paramLabel,
    boolean repeatable,
    String description,
    List<String> candidates) {

  public ProviderOption {
    candidates = candidates == null ? List.of() : List.copyOf(candidates);
  }

  /** An option without a value. */
  public static ProviderOption flag(String name, String description) {
    return new ProviderOption(name, null, false, description, List.of());
  }

  /** An option with one value. */
  public static ProviderOption value(String name, String paramLabel, String description) {
    return new ProviderOption(name, paramLabel, false, description, List.of());
  }

  /** An option that may be repeated. */
  public static ProviderOption repeatable(String name, String paramLabel, String description) {
    return new ProviderOption(name, paramLabel, true, description, List.of());
  }

  /** The same option, completing to these values. */
  public ProviderOption completing(String... values) {
    return new ProviderOption(name, paramLabel, repeatable, description, List.of(values));
  }

  public boolean isFlag() {
    return paramLabel == null;
  }
}
