package io.keyadm.core;

import java.util.Locale;
import java.util.regex.Pattern;

/** Checks of operator input that fail with exit 2, naming the option, before any HTTP call. */
public final class Args {

  private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,149}");

  private Args() {}

  /**
   * A key id as any of the three services issues them: letters, digits, '-', '_' (and '.', ':').
   */
  public static String keyId(String id) {
    if (id == null || !KEY_ID.matcher(id).matches()) {
      throw KeyadmException.usage(
          "invalid key id '"
              + printable(id)
              + "' (letters, digits, '-' and '_', up to 150 characters)");
    }
    return id;
  }

  /** One of a fixed set of lower-case words, case-insensitively. */
  public static String choice(String value, String option, String... allowed) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    for (String a : allowed) if (a.equals(v)) return v;
    throw KeyadmException.usage(
        "invalid value for "
            + option
            + ": '"
            + printable(value)
            + "' (expected "
            + String.join(", ", allowed)
            + ")");
  }

  /** Text from the operator made safe to quote in an error line. */
  public static String printable(String s) {
    if (s == null) return "";
    String t = TerminalText.safe(s);
    return t.length() > 80 ? t.substring(0, 79) + "…" : t;
  }
}
