package io.keyadm.cli.key;

import io.keyadm.cli.Connection;
import io.keyadm.cli.Failures;
import io.keyadm.cli.Output;
import io.keyadm.cli.ProfileSelection;
import io.keyadm.cli.Streams;
import io.keyadm.core.KeyProvider;
import io.keyadm.core.KeyadmException;
import io.keyadm.core.RevokeOutcome;
import io.keyadm.output.WorkflowViews;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "revoke",
    description = {
      "Revokes keys, given as ids or, with '-', one id a line on stdin (blank lines and # comments"
          + " are skipped): keyadm key list -o id --status expired | keyadm key revoke - --yes",
      "Asks for confirmation on a terminal; needs --yes otherwise. Reports each key: revoked,"
          + " already revoked, not found or failed. Exits 0 when every key ended revoked, 4 when"
          + " none was found, 8 when some failed.",
      "The key keyadm itself authenticates with is refused unless --force is given; then it is"
          + " revoked last."
    })
final class KeyRevokeCommand implements Callable<Integer> {

  static final int MAX_PARALLEL = 16;

  private final Connection connection;
  private final Output output;
  private final Streams streams;
  private final Failures failures;
  private final ProfileSelection selection;

  @Parameters(
      paramLabel = "<key-id>",
      arity = "1..*",
      description = "The ids of the keys to revoke; '-' reads them from stdin.")
  List<String> keyIds;

  @Option(
      names = {"-y", "--yes"},
      description = "Do not ask for confirmation (required when not on a terminal).")
  boolean yes;

  @Option(
      names = "--dry-run",
      description = "Say for each key whether it exists and would be revoked; revoke nothing.")
  boolean dryRun;

  @Option(
      names = "--parallel",
      paramLabel = "<n>",
      defaultValue = "4",
      description = "Keys revoked at a time, 1 to 16 (default: ${DEFAULT-VALUE}).")
  int parallel;

  @Option(
      names = "--force",
      description = "Also revoke the key keyadm authenticates with (last, after all others).")
  boolean force;

  KeyRevokeCommand(
      Connection connection,
      Output output,
      Streams streams,
      Failures failures,
      ProfileSelection selection) {
    this.connection = connection;
    this.output = output;
    this.streams = streams;
    this.failures = failures;
    this.selection = selection;
  }

  @Override
  public Integer call() {
    if (parallel < 1 || parallel > MAX_PARALLEL)
      throw KeyadmException.usage(
          "invalid value for --parallel: " + parallel + " (1 to " + MAX_PARALLEL + ")");
    List<String> ids = RevokeIds.read(keyIds, streams.stdin());
    output.format();
    if (!dryRun) streams.confirm(yes, question(ids));
    KeyProvider provider = connection.provider();
    String own = ownKey(provider);
    boolean revokesOwn = own != null && ids.contains(own);
    if (revokesOwn && !force && !dryRun)
      throw KeyadmException.usage(
          "key "
              + own
              + " is the credential keyadm is using: revoking it locks this profile out; add"
              + " --force to revoke it last");
    List<String> others = new ArrayList<>(ids);
    others.remove(own);
    BulkRevoke bulk = new BulkRevoke(provider, parallel, dryRun);
    List<BulkRevoke.Result> results = new ArrayList<>(bulk.run(others));
    // Last, so that every other key is revoked while the credential still works.
    if (revokesOwn) results.add(bulk.one(own));
    if (ids.size() == 1 && results.get(0).error() != null) throw results.get(0).error();
    for (BulkRevoke.Result r : results)
      if (r.error() != null) failures.report("key revoke " + r.outcome().id(), r.error());
    List<RevokeOutcome> outcomes = results.stream().map(BulkRevoke.Result::outcome).toList();
    output
        .printer()
        .print(new WorkflowViews(output.mapper(), output.keys()).revokeReport(outcomes));
    return exitCode(results, ids.size());
  }

  private static int exitCode(List<BulkRevoke.Result> results, int total) {
    List<KeyadmException> failed =
        results.stream().map(BulkRevoke.Result::error).filter(e -> e != null).toList();
    if (failed.isEmpty()) return 0;
    if (failed.size() == total
        && failed.stream().map(KeyadmException::kind).distinct().count() == 1)
      throw new KeyadmException(
          failed.get(0).kind(), "none of the " + total + " keys could be revoked");
    throw new KeyadmException(
        KeyadmException.Kind.PARTIAL,
        failed.size() + " of " + total + " keys could not be revoked; see the lines above");
  }

  /** The id of the key in use, or null when the provider cannot say or the lookup fails. */
  private static String ownKey(KeyProvider provider) {
    try {
      return provider.credentialKeyId();
    } catch (KeyadmException e) {
      return null;
    }
  }

  private String question(List<String> ids) {
    String profile =
        selection.profile() == null ? "" : " (profile " + selection.profile().name() + ")";
    return "Revoke "
        + (ids.size() == 1 ? "key " + ids.get(0) : ids.size() + " keys")
        + " on "
        + connection.module().id()
        + profile
        + "?";
  }
}
