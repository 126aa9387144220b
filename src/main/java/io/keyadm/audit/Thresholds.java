package io.keyadm.audit;

import io.keyadm.config.Durations;
import io.keyadm.core.KeyadmException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The limits the rules apply, each read from the first layer that sets it: the options, then the
 * profile's {@code audit:} section, then the global one, then the defaults.
 */
public record Thresholds(Duration expiringWithin, Duration unusedFor, int maxAdminKeys) {

  public static final String EXPIRING_WITHIN = "expiring-within";
  public static final String UNUSED_FOR = "unused-for";
  public static final String MAX_ADMIN_KEYS = "max-admin-keys";

  /** The names of the settings, as options ({@code --<name>}) and config keys. */
  public static final List<String> NAMES = List.of(EXPIRING_WITHIN, UNUSED_FOR, MAX_ADMIN_KEYS);

  public static final Thresholds DEFAULTS =
      new Thresholds(Duration.ofDays(14), Duration.ofDays(90), 2);

  /**
   * One source of settings.
   *
   * @param values setting name to text as given
   * @param where how an error names a setting of this layer: {@code %s} is replaced by its name
   */
  public record Layer(Map<String, String> values, String where) {}

  /** The thresholds the first layer to set each one gives, the defaults for the rest. */
  public static Thresholds resolve(List<Layer> layers) {
    Duration expiring = DEFAULTS.expiringWithin;
    Duration unused = DEFAULTS.unusedFor;
    int admins = DEFAULTS.maxAdminKeys;
    Layer l = first(layers, EXPIRING_WITHIN);
    if (l != null)
      expiring = Durations.parse(l.values().get(EXPIRING_WITHIN), where(l, EXPIRING_WITHIN));
    l = first(layers, UNUSED_FOR);
    if (l != null) unused = Durations.parse(l.values().get(UNUSED_FOR), where(l, UNUSED_FOR));
    l = first(layers, MAX_ADMIN_KEYS);
    if (l != null) admins = count(l.values().get(MAX_ADMIN_KEYS), where(l, MAX_ADMIN_KEYS));
    return new Thresholds(expiring, unused, admins);
  }

  private static Layer first(List<Layer> layers, String name) {
    for (Layer l : layers) if (l.values().get(name) != null) return l;
    return null;
  }

  private static String where(Layer layer, String name) {
    return layer.where().replace("%s", name);
  }

  private static int count(String text, String where) {
    try {
      int n = Integer.parseInt(text.trim());
      if (n >= 0) return n;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw KeyadmException.usage(
        "invalid value for " + where + ": '" + text + "' (expected a whole number, 0 or more)");
  }
}
