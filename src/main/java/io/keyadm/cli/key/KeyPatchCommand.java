package io.keyadm.cli.key;

import io.keyadm.cli.Args;
import io.keyadm.cli.Services;
import io.keyadm.core.Credit;
import io.keyadm.core.KeyPatch;
import io.keyadm.core.KeyadmException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "patch",
    description = {
      "Changes a key (masumi): only what the options name, nothing else.",
      "A revoked key stays revoked and an unlimited key stays unlimited unless told otherwise."
    })
final class KeyPatchCommand implements Callable<Integer> {

  private final Services services;

  @Parameters(paramLabel = "<key-id>", description = "The key's id.")
  String keyId;

  @Option(names = "--status", paramLabel = "<status>", description = "active or revoked.")
  String status;

  @Option(names = "--unlimited", description = "Remove the usage limit.")
  boolean unlimited;

  @Option(names = "--limited", description = "Limit usage to the key's credits.")
  boolean limited;

  @Option(
      names = "--add-credit",
      paramLabel = "<unit>=<amount>",
      description = "Add credit, repeatable.")
  List<String> addCredits = new ArrayList<>();

  @Option(
      names = "--remove-credit",
      paramLabel = "<unit>=<amount>",
      description = "Remove credit, repeatable; reaching 0 removes the unit.")
  List<String> removeCredits = new ArrayList<>();

  @Option(
      names = "--network",
      paramLabel = "<network>",
      description = "preprod or mainnet, repeatable: replaces the key's networks.")
  List<String> networks;

  @Option(
      names = "--chain-id",
      paramLabel = "<caip2>",
      description = "CAIP-2 chain id, repeatable: replaces the key's chain ids.")
  List<String> chainIds;

  @Option(names = "--permission", paramLabel = "<permission>", description = "read, pay or admin.")
  String permission;

  @Option(
      names = "--new-token-file",
      paramLabel = "<file>",
      description = "Set the key's token to the first line of this file ('-' for stdin).")
  String newTokenFile;

  KeyPatchCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    Args.keyId(keyId);
    if (unlimited && limited)
      throw KeyadmException.usage("--unlimited and --limited conflict: give one");
    List<Credit> deltas = new ArrayList<>();
    addCredits.forEach(c -> deltas.add(Args.credit(c, "--add-credit")));
    for (String c : removeCredits) {
      Credit credit = Args.credit(c, "--remove-credit");
      deltas.add(new Credit(credit.unit(), "-" + credit.amount()));
    }
    String newToken = null;
    if (newTokenFile != null) {
      newToken = services.chain().readSecretFile(newTokenFile, "--new-token-file");
      if (newToken.length() < 15 || newToken.length() > 550) {
        throw KeyadmException.usage(
            "--new-token-file: the token must be 15 to 550 characters long");
      }
      services.redactor().addSecret(newToken);
    }
    KeyPatch patch =
        new KeyPatch(
            status == null ? null : Args.choice(status, "--status", "active", "revoked"),
            unlimited ? Boolean.FALSE : limited ? Boolean.TRUE : null,
            deltas,
            networks == null
                ? null
                : networks.stream()
                    .map(n -> Args.choice(n, "--network", "preprod", "mainnet"))
                    .distinct()
                    .toList(),
            chainIds == null ? null : Args.chainIds(chainIds),
            permission == null
                ? null
                : Args.choice(permission, "--permission", "read", "pay", "admin"),
            newToken);
    if (patch.isEmpty())
      throw KeyadmException.usage(
          "nothing to change: name at least one option (see 'keyadm key patch --help')");
    var key = services.provider().patchKey(keyId, patch);
    services.printer().print(services.keyViews().one(key));
    return 0;
  }
}
