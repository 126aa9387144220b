package io.keyadm.cli.key;

import io.keyadm.cli.Args;
import io.keyadm.cli.Services;
import io.keyadm.core.ApiKey;
import io.keyadm.core.KeyProvider;
import io.keyadm.core.KeyadmException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "revoke",
    description = {
      "Revokes keys. Asks for confirmation on a terminal; needs --yes otherwise.",
      "A key that is already revoked counts as success. Exits 8 when only some keys could be revoked."
    })
final class KeyRevokeCommand implements Callable<Integer> {

  private final Services services;

  @Parameters(
      paramLabel = "<key-id>",
      arity = "1..*",
      description = "The ids of the keys to revoke.")
  List<String> keyIds;

  @Option(
      names = {"-y", "--yes"},
      description = "Do not ask for confirmation (required when not on a terminal).")
  boolean yes;

  KeyRevokeCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    List<String> ids = new ArrayList<>(new LinkedHashSet<>(keyIds));
    ids.forEach(Args::keyId);
    String profile = services.providerId();
    services.confirm(
        yes,
        "Revoke "
            + (ids.size() == 1
                ? "key " + ids.get(0)
                : ids.size() + " keys (" + String.join(", ", ids) + ")")
            + " on "
            + profile
            + "?");
    KeyProvider provider = services.provider();
    List<ApiKey> revoked = new ArrayList<>();
    List<KeyadmException> failures = new ArrayList<>();
    for (String id : ids) {
      try {
        revoked.add(provider.revokeKey(id));
      } catch (KeyadmException e) {
        if (ids.size() == 1) throw e;
        failures.add(e);
        services.reportFailure("key revoke " + id, e);
      }
    }
    services.printer().print(services.keyViews().list(provider.id(), revoked));
    if (failures.isEmpty()) return 0;
    if (revoked.isEmpty() && failures.stream().map(KeyadmException::kind).distinct().count() == 1) {
      throw new KeyadmException(
          failures.get(0).kind(), "none of the " + ids.size() + " keys could be revoked");
    }
    throw new KeyadmException(
        KeyadmException.Kind.PARTIAL,
        failures.size() + " of " + ids.size() + " keys could not be revoked; see the lines above");
  }
}
