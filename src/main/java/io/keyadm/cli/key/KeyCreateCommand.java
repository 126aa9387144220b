package io.keyadm.cli.key;

import io.keyadm.cli.Args;
import io.keyadm.cli.SaveSecretOptions;
import io.keyadm.cli.SecretDelivery;
import io.keyadm.cli.Services;
import io.keyadm.config.Durations;
import io.keyadm.core.KeySpec;
import io.keyadm.core.KeyadmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "create",
    description = {
      "Creates a key and prints its secret exactly once.",
      "masumi: --permission, --credit, --unlimited, --network, --chain-id, --wallet-scope. pers: --name. nft: --expires-at or --expires-in."
    })
final class KeyCreateCommand implements Callable<Integer> {

  private final Services services;

  @Option(names = "--name", paramLabel = "<name>", description = "pers: the key's name.")
  String name;

  @Option(
      names = "--permission",
      paramLabel = "<permission>",
      description = "masumi: read, pay or admin (default: read). Admin keys are always unlimited.")
  String permission;

  @Option(
      names = "--credit",
      paramLabel = "<unit>=<amount>",
      description =
          "masumi: usage credit, repeatable; unit 'lovelace' or policy id + asset name hex.")
  List<String> credits = new ArrayList<>();

  @Option(names = "--unlimited", description = "masumi: no usage limit.")
  boolean unlimited;

  @Option(
      names = "--network",
      paramLabel = "<network>",
      description = "masumi: preprod or mainnet, repeatable (default: both).")
  List<String> networks = new ArrayList<>();

  @Option(
      names = "--chain-id",
      paramLabel = "<caip2>",
      description = "masumi: allowed CAIP-2 chain id, repeatable (not cardano:*).")
  List<String> chainIds = new ArrayList<>();

  @Option(
      names = "--wallet-scope",
      paramLabel = "<hot-wallet-id>",
      description = "masumi: restrict to this hot wallet, repeatable.")
  List<String> walletScopes = new ArrayList<>();

  @Option(
      names = "--expires-at",
      paramLabel = "<time>",
      description = "nft: expiry as an RFC 3339 time, e.g. 2027-01-01T00:00:00Z.")
  String expiresAt;

  @Option(
      names = "--expires-in",
      paramLabel = "<duration>",
      description = "nft: expiry from now, e.g. 30d or 12h.")
  String expiresIn;

  @Mixin SaveSecretOptions secretOptions;

  KeyCreateCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    KeySpec spec =
        new KeySpec(
            name,
            permission == null
                ? null
                : Args.choice(permission, "--permission", "read", "pay", "admin"),
            credits.stream().map(c -> Args.credit(c, "--credit")).toList(),
            unlimited,
            networks.stream()
                .map(n -> Args.choice(n, "--network", "preprod", "mainnet"))
                .distinct()
                .toList(),
            Args.chainIds(chainIds),
            walletScopes.stream().map(Args::keyId).toList(),
            expiry());
    if (unlimited && !spec.credits().isEmpty()) {
      throw KeyadmException.usage(
          "--unlimited and --credit conflict: an unlimited key has no credits to spend");
    }
    if (name != null && name.isBlank())
      throw KeyadmException.usage("invalid value for --name: must not be empty");
    SecretDelivery delivery = secretOptions.delivery(services);
    delivery.checkBeforeCreate();
    var provider = services.provider();
    var created = provider.createKey(spec);
    delivery.deliverKey(created);
    warnIfExpiryIgnored(spec.expiresAt(), created.key().expiresAt());
    return 0;
  }

  /**
   * The NFT platform spells the request field expiresAT; a server that ignored it stores no expiry.
   */
  private void warnIfExpiryIgnored(Instant asked, Instant stored) {
    if (asked == null) return;
    if (stored == null) {
      services.printer().warn("asked for expiry " + asked + " but the server stored none");
    } else if (Math.abs(stored.toEpochMilli() - asked.toEpochMilli()) > 1000) {
      services.printer().warn("asked for expiry " + asked + " but the server stored " + stored);
    }
  }

  private Instant expiry() {
    if (expiresAt != null && expiresIn != null)
      throw KeyadmException.usage("--expires-at and --expires-in conflict: give one");
    Instant now = services.clock().instant();
    if (expiresIn != null) return now.plus(Durations.parse(expiresIn, "--expires-in"));
    if (expiresAt == null) return null;
    Instant at;
    try {
      at = OffsetDateTime.parse(expiresAt).toInstant();
    } catch (DateTimeParseException e) {
      throw KeyadmException.usage(
          "invalid value for --expires-at: '"
              + expiresAt
              + "' (expected RFC 3339, e.g. 2027-01-01T00:00:00Z)");
    }
    if (!at.isAfter(now))
      throw KeyadmException.usage(
          "invalid value for --expires-at: " + expiresAt + " is not in the future");
    return at;
  }
}
