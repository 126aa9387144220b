package io.keyadm.config;

import io.keyadm.core.KeyadmException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the durations of {@code --timeout} and {@code --expires-in}: {@code <n>ms|s|m|h|d}. */
public final class Durations {

  private static final Pattern FORM = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)?");

  private Durations() {}

  /**
   * @param option the option being parsed, named in the error
   * @throws KeyadmException a usage error when the text is not a positive duration
   */
  public static Duration parse(String text, String option) {
    Matcher m = FORM.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw KeyadmException.usage(
          "invalid value for "
              + option
              + ": '"
              + text
              + "' (expected <n>ms|s|m|h|d, e.g. 30s or 12h)");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    Duration d =
        switch (unit) {
          case "ms" -> Duration.ofMillis(n);
          case "m" -> Duration.ofMinutes(n);
          case "h" -> Duration.ofHours(n);
          case "d" -> Duration.ofDays(n);
          default -> Duration.ofSeconds(n);
        };
    if (d.isZero()) {
      throw KeyadmException.usage(
          "invalid value for " + option + ": '" + text + "' (must be more than zero)");
    }
    return d;
  }

  /** A short human form: 1500ms, 30s, 15m, 2h, 3d. */
  public static String format(Duration d) {
    long ms = d.toMillis();
    if (ms % 86_400_000 == 0) return ms / 86_400_000 + "d";
    if (ms % 3_600_000 == 0) return ms / 3_600_000 + "h";
    if (ms % 60_000 == 0) return ms / 60_000 + "m";
    if (ms % 1000 == 0) return ms / 1000 + "s";
    return ms + "ms";
  }
}
