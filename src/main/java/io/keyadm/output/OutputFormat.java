package io.keyadm.output;

import io.keyadm.core.KeyadmException;
import java.util.Locale;

/** The values of {@code -o/--output}. */
public enum OutputFormat {
  TABLE,
  JSON,
  YAML,
  CSV,
  ID;

  public static OutputFormat parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw KeyadmException.usage(
          "invalid value for --output: '" + text + "' (expected table, json, yaml, csv or id)");
    }
  }

  /** Whether the output is for people: secrets are masked and one-time secrets get a note. */
  public boolean isHuman() {
    return this == TABLE;
  }
}
