package io.keyadm.cli;

import io.keyadm.core.Credit;
import io.keyadm.core.KeyadmException;
import io.keyadm.output.TerminalText;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks of operator input that fail with exit 2, naming the option, before any HTTP call. */
public final class Args {

  private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,149}");
  private static final Pattern UNIT = Pattern.compile("(?:[0-9a-fA-F]{2}){28,60}");
  private static final Pattern AMOUNT = Pattern.compile("\\d{1,40}");
  private static final Pattern CAIP2 = Pattern.compile("[-a-z0-9]{3,8}:[-_a-zA-Z0-9]{1,32}");

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

  /**
   * A credit {@code <unit>=<amount>}: unit {@code lovelace} or policy id + asset name in hex,
   * amount a whole number (positive unless zero is allowed).
   */
  public static Credit credit(String text, String option) {
    int eq = text == null ? -1 : text.lastIndexOf('=');
    if (eq <= 0)
      throw KeyadmException.usage(
          "invalid value for "
              + option
              + ": '"
              + printable(text)
              + "' (expected <unit>=<amount>, e.g. lovelace=5000000)");
    String unit = text.substring(0, eq).trim();
    String amount = text.substring(eq + 1).trim();
    if (!unit.equalsIgnoreCase(Credit.LOVELACE) && !UNIT.matcher(unit).matches()) {
      throw KeyadmException.usage(
          "invalid unit in "
              + option
              + ": '"
              + printable(unit)
              + "' (expected lovelace or policy id + asset name in hex)");
    }
    if (amount.startsWith("-"))
      throw KeyadmException.usage(
          "invalid amount in " + option + ": '" + printable(amount) + "' (must not be negative)");
    if (!AMOUNT.matcher(amount).matches()) {
      throw KeyadmException.usage(
          "invalid amount in "
              + option
              + ": '"
              + printable(amount)
              + "' (expected a whole number)");
    }
    if (new BigInteger(amount).signum() == 0)
      throw KeyadmException.usage("invalid amount in " + option + ": must be more than 0");
    return new Credit(
        unit.equalsIgnoreCase(Credit.LOVELACE) ? Credit.LOVELACE : unit.toLowerCase(Locale.ROOT),
        new BigInteger(amount).toString());
  }

  /** CAIP-2 chain ids; Masumi refuses {@code cardano:*} here: those are set with --network. */
  public static List<String> chainIds(List<String> ids) {
    for (String id : ids) {
      if (!CAIP2.matcher(id).matches()) {
        throw KeyadmException.usage(
            "invalid value for --chain-id: '"
                + printable(id)
                + "' (expected a CAIP-2 id such as eip155:1)");
      }
      if (id.startsWith("cardano:")) {
        throw KeyadmException.usage(
            "invalid value for --chain-id: '"
                + id
                + "': Cardano networks are set with --network preprod|mainnet");
      }
    }
    if (ids.size() > 50)
      throw KeyadmException.usage("too many --chain-id values: " + ids.size() + " (at most 50)");
    return ids;
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
  static String printable(String s) {
    if (s == null) return "";
    String t = TerminalText.safe(s);
    return t.length() > 80 ? t.substring(0, 79) + "…" : t;
  }
}
