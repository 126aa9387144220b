package io.keyadm.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The provider-specific options given to one command, by option name ({@code --credit}), in the
 * order the operator gave them. Flags hold no values; an option that was not given is absent.
 */
public final class OptionValues {

  private final Map<String, List<String>> values = new LinkedHashMap<>();

  /**
   * Records an option's values (a flag with none), or forgets the option for null. The list is kept
   * as given: a parser may still be adding to it.
   */
  public OptionValues put(String option, List<String> given) {
    if (given == null) values.remove(option);
    else values.put(option, given);
    return this;
  }

  public boolean has(String option) {
    return values.containsKey(option);
  }

  /** The value of a single-valued option, or null when it was not given. */
  public String one(String option) {
    List<String> v = values.get(option);
    return v == null || v.isEmpty() ? null : v.get(v.size() - 1);
  }

  /** Every value of a repeatable option; empty when it was not given. */
  public List<String> all(String option) {
    return values.getOrDefault(option, List.of());
  }

  /** The options given, in order. */
  public Set<String> names() {
    return values.keySet();
  }

  public static OptionValues none() {
    return new OptionValues();
  }
}
