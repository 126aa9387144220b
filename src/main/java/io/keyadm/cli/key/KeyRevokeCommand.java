package io.keyadm.cli.key;

import io.keyadm.cli.Connection;
import io.keyadm.cli.Failures;
import io.keyadm.cli.Output;
import io.keyadm.cli.Streams;
import io.keyadm.core.ApiKey;
import io.keyadm.core.Args;
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

  private final Connection connection;
  private final Output output;
  private final Streams streams;
  private final Failures failures;

  @Parameters(
      paramLabel = "<key-id>",
      arity = "1..*",
      description = "The ids of the keys to revoke.")
  List<String> keyIds;

  @Option(
      names = {"-y", "--yes"},
      description = "Do not ask for confirmation (required when not on a terminal).")
  boolean yes;

  KeyRevokeCommand(Connection connection, Output output, Streams streams, Failures failures) {
    this.connection = connection;
    this.output = output;
    this.streams = streams;
    this.failures = failures;
  }

  @Override
  public Integer call() {
    List<String> ids = new ArrayList<>(new LinkedHashSet<>(keyIds));
    ids.forEach(Args::keyId);
    String profile = connection.module().id();
    streams.confirm(
        yes,
        "Revoke "
            + (ids.size() == 1
                ? "key " + ids.get(0)
                : ids.size() + " keys (" + String.join(", ", ids) + ")")
            + " on "
            + profile
            + "?");
    KeyProvider provider = connection.provider();
    List<ApiKey> revoked = new ArrayList<>();
    List<KeyadmException> failed = new ArrayList<>();
    for (String id : ids) {
      try {
        revoked.add(provider.revokeKey(id));
      } catch (KeyadmException e) {
        if (ids.size() == 1) throw e;
        failed.add(e);
        failures.report("key revoke " + id, e);
      }
    }
    output.printer().print(output.keys().list(revoked));
    if (failed.isEmpty()) return 0;
    if (revoked.isEmpty() && failed.stream().map(KeyadmException::kind).distinct().count() == 1) {
      throw new KeyadmException(
          failed.get(0).kind(), "none of the " + ids.size() + " keys could be revoked");
    }
    throw new KeyadmException(
        KeyadmException.Kind.PARTIAL,
        failed.size() + " of " + ids.size() + " keys could not be revoked; see the lines above");
  }
}
