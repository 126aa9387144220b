package io.keyadm.provider.masumi;

import io.keyadm.core.Args;
import io.keyadm.core.Credit;
import io.keyadm.core.KeyadmException;
import io.keyadm.core.OptionValues;
import io.keyadm.provider.ProviderOption;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Masumi's options on keyadm's commands, and how their values are read. */
final class MasumiOptions {

  static final String PAGE_SIZE = "--page-size";
  static final String PERMISSION = "--permission";
  static final String CREDIT = "--credit";
  static final String UNLIMITED = "--unlimited";
  static final String LIMITED = "--limited";
  static final String NETWORK = "--network";
  static final String CHAIN_ID = "--chain-id";
  static final String WALLET_SCOPE = "--wallet-scope";
  static final String STATUS = "--status";
  static final String ADD_CREDIT = "--add-credit";
  static final String REMOVE_CREDIT = "--remove-credit";
  static final String NEW_TOKEN_FILE = "--new-token-file";

  private static final String[] PERMISSIONS = {"read", "pay", "admin"};
  private static final String[] NETWORKS = {"preprod", "mainnet"};
  private static final Pattern UNIT = Pattern.compile("(?:[0-9a-fA-F]{2}){28,60}");
  private static final Pattern AMOUNT = Pattern.compile("\\d{1,40}");
  private static final Pattern CAIP2 = Pattern.compile("[-a-z0-9]{3,8}:[-_a-zA-Z0-9]{1,32}");

  static final List<ProviderOption> LIST =
      List.of(
          ProviderOption.value(
              PAGE_SIZE, "<n>", "Keys asked for per request: 1 to 100 (default: 50)."));

  static final List<ProviderOption> CREATE =
      List.of(
          ProviderOption.value(
                  PERMISSION,
                  "<permission>",
                  "read, pay or admin (default: read). Admin keys are always unlimited.")
              .completing(PERMISSIONS),
          ProviderOption.repeatable(
              CREDIT,
              "<unit>=<amount>",
              "Usage credit, repeatable; unit 'lovelace' or policy id + asset name hex."),
          ProviderOption.flag(UNLIMITED, "No usage limit."),
          ProviderOption.repeatable(
                  NETWORK, "<network>", "preprod or mainnet, repeatable (default: both).")
              .completing(NETWORKS),
          ProviderOption.repeatable(
              CHAIN_ID, "<caip2>", "Allowed CAIP-2 chain id, repeatable (not cardano:*)."),
          ProviderOption.repeatable(
              WALLET_SCOPE, "<hot-wallet-id>", "Restrict to this hot wallet, repeatable."));

  static final List<ProviderOption> ROTATE =
      List.of(
          ProviderOption.repeatable(
              CREDIT,
              "<unit>=<amount>",
              "The successor's credit, repeatable, instead of the old key's remaining credits."));

  static final List<ProviderOption> PATCH =
      List.of(
          ProviderOption.value(STATUS, "<status>", "active or revoked.")
              .completing("active", "revoked"),
          ProviderOption.flag(UNLIMITED, "Remove the usage limit."),
          ProviderOption.flag(LIMITED, "Limit usage to the key's credits."),
          ProviderOption.repeatable(ADD_CREDIT, "<unit>=<amount>", "Add credit, repeatable."),
          ProviderOption.repeatable(
              REMOVE_CREDIT,
              "<unit>=<amount>",
              "Remove credit, repeatable; reaching 0 removes the unit."),
          ProviderOption.repeatable(
                  NETWORK,
                  "<network>",
                  "preprod or mainnet, repeatable: replaces the key's networks.")
              .completing(NETWORKS),
          ProviderOption.repeatable(
              CHAIN_ID, "<caip2>", "CAIP-2 chain id, repeatable: replaces the key's chain ids."),
          ProviderOption.value(PERMISSION, "<permission>", "read, pay or admin.")
              .completing(PERMISSIONS),
          ProviderOption.value(
              NEW_TOKEN_FILE,
              "<file>",
              "Set the key's token to the first line of this file ('-' for stdin)."));

  private MasumiOptions() {}

  /** {@code --page-size}: Masumi serves 1 to 100 rows a page. */
  static int pageSize(OptionValues values, int dflt) {
    String text = values.one(PAGE_SIZE);
    if (text == null) return dflt;
    int size;
    try {
      size = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw KeyadmException.usage(
          "invalid value for --page-size: '" + Args.printable(text) + "' (expected a number)");
    }
    if (size < 1)
      throw KeyadmException.usage(
          "invalid value for --page-size: " + size + " (must be 1 or more)");
    if (size > InclusiveCursorPager.MAX_TAKE)
      throw KeyadmException.usage(
          "invalid value for --page-size: " + size + " (Masumi accepts 1 to 100)");
    return size;
  }

  /** The options of {@code key create}, checked. */
  static MasumiKeySpec keySpec(OptionValues v) {
    String permission = permission(v.one(PERMISSION));
    List<Credit> credits = v.all(CREDIT).stream().map(c -> credit(c, CREDIT)).toList();
    boolean unlimited = v.has(UNLIMITED);
    MasumiKeySpec spec =
        new MasumiKeySpec(
            permission,
            credits,
            unlimited,
            networks(v.all(NETWORK)),
            chainIds(v.all(CHAIN_ID)),
            v.all(WALLET_SCOPE).stream().map(Args::keyId).toList());
    if (unlimited && !credits.isEmpty()) {
      throw KeyadmException.usage(
          "--unlimited and --credit conflict: an unlimited key has no credits to spend");
    }
    // The server stores them, but an admin key is always unlimited: they could never be spent.
    if ("admin".equals(permission) && !credits.isEmpty()) {
      throw KeyadmException.usage(
          "--permission admin and --credit conflict: admin keys are always unlimited");
    }
    onceEach(credits, CREDIT);
    return spec;
  }

  /** {@code --credit} of {@code key rotate}, checked as {@code key create} checks it. */
  static void rotateCredits(OptionValues v) {
    List<Credit> credits = v.all(CREDIT).stream().map(c -> credit(c, CREDIT)).toList();
    onceEach(credits, CREDIT);
  }

  /** The options of {@code key patch}, checked; the new token is read later, by the caller. */
  static KeyPatch keyPatch(OptionValues v, String newToken) {
    if (v.has(UNLIMITED) && v.has(LIMITED))
      throw KeyadmException.usage("--unlimited and --limited conflict: give one");
    List<Credit> deltas = new ArrayList<>();
    v.all(ADD_CREDIT).forEach(c -> deltas.add(credit(c, ADD_CREDIT)));
    for (String c : v.all(REMOVE_CREDIT)) {
      Credit credit = credit(c, REMOVE_CREDIT);
      deltas.add(new Credit(credit.unit(), "-" + credit.amount()));
    }
    onceEach(deltas, ADD_CREDIT + "/" + REMOVE_CREDIT);
    String status = v.one(STATUS);
    KeyPatch patch =
        new KeyPatch(
            status == null ? null : Args.choice(status, STATUS, "active", "revoked"),
            v.has(UNLIMITED) ? Boolean.FALSE : v.has(LIMITED) ? Boolean.TRUE : null,
            deltas,
            v.has(NETWORK) ? networks(v.all(NETWORK)) : null,
            v.has(CHAIN_ID) ? chainIds(v.all(CHAIN_ID)) : null,
            permission(v.one(PERMISSION)),
            newToken);
    if (patch.isEmpty() && !v.has(NEW_TOKEN_FILE))
      throw KeyadmException.usage(
          "nothing to change: name at least one option (see 'keyadm key patch --help')");
    return patch;
  }

  /** A unit named twice is refused, not summed: one of the two was most likely a typo. */
  private static void onceEach(List<Credit> credits, String option) {
    Set<String> units = new HashSet<>();
    for (Credit c : credits) {
      if (!units.add(c.unit()))
        throw KeyadmException.usage(
            option + ": the unit '" + c.unit() + "' is named twice; give each unit once");
    }
  }

  private static String permission(String value) {
    return value == null ? null : Args.choice(value, PERMISSION, PERMISSIONS);
  }

  private static List<String> networks(List<String> values) {
    return values.stream().map(n -> Args.choice(n, NETWORK, NETWORKS)).distinct().toList();
  }

  /**
   * A credit {@code <unit>=<amount>}: unit {@code lovelace} or policy id + asset name in hex,
   * amount a positive whole number.
   */
  static Credit credit(String text, String option) {
    int eq = text == null ? -1 : text.lastIndexOf('=');
    if (eq <= 0)
      throw KeyadmException.usage(
          "invalid value for "
              + option
              + ": '"
              + Args.printable(text)
              + "' (expected <unit>=<amount>, e.g. lovelace=5000000)");
    String unit = text.substring(0, eq).trim();
    String amount = text.substring(eq + 1).trim();
    if (!unit.equalsIgnoreCase(Credit.LOVELACE) && !UNIT.matcher(unit).matches()) {
      throw KeyadmException.usage(
          "invalid unit in "
              + option
              + ": '"
              + Args.printable(unit)
              + "' (expected lovelace or policy id + asset name in hex)");
    }
    if (amount.startsWith("-"))
      throw KeyadmException.usage(
          "invalid amount in "
              + option
              + ": '"
              + Args.printable(amount)
              + "' (must not be negative)");
    if (!AMOUNT.matcher(amount).matches()) {
      throw KeyadmException.usage(
          "invalid amount in "
              + option
              + ": '"
              + Args.printable(amount)
              + "' (expected a whole number)");
    }
    if (new BigInteger(amount).signum() == 0)
      throw KeyadmException.usage("invalid amount in " + option + ": must be more than 0");
    return new Credit(
        unit.equalsIgnoreCase(Credit.LOVELACE) ? Credit.LOVELACE : unit.toLowerCase(Locale.ROOT),
        new BigInteger(amount).toString());
  }

  /** CAIP-2 chain ids; Masumi refuses {@code cardano:*} here: those are set with --network. */
  static List<String> chainIds(List<String> ids) {
    for (String id : ids) {
      if (!CAIP2.matcher(id).matches()) {
        throw KeyadmException.usage(
            "invalid value for --chain-id: '"
                + Args.printable(id)
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
}
