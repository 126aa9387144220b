package io.keyadm.audit;

import io.keyadm.core.KeyadmException;
import java.util.Locale;

/** How bad a finding is, worst first. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** The name in output and in {@code --fail-on}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this is as bad as {@code threshold} or worse. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  /** A severity as the operator names it, or a usage error naming the option. */
  public static Severity parse(String text, String option) {
    for (Severity s : values()) if (s.label().equals(text)) return s;
    throw KeyadmException.usage(
        "invalid value for " + option + ": '" + text + "' (expected error, warning or info)");
  }
}
