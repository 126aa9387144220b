package io.keyadm.cli.key;

import io.keyadm.core.KeyProvider;
import io.keyadm.core.KeyadmException;
import io.keyadm.core.RevokeOutcome;
import io.keyadm.core.RevokeOutcome.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Revokes (or, in a dry run, looks up) many keys, up to {@code parallel} at a time, and reports
 * each in the order given. 429s are waited out by the HTTP client's retries (DELETE is safe to
 * repeat), honouring Retry-After.
 */
final class BulkRevoke {

  private final KeyProvider provider;
  private final int parallel;
  private final boolean dryRun;

  BulkRevoke(KeyProvider provider, int parallel, boolean dryRun) {
    this.provider = provider;
    this.parallel = parallel;
    this.dryRun = dryRun;
  }

  /** Each id's outcome, with the exception of each failure for its error line. */
  record Result(RevokeOutcome outcome, KeyadmException error) {}

  List<Result> run(List<String> ids) {
    if (ids.size() <= 1 || parallel == 1) return ids.stream().map(this::one).toList();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, ids.size()));
    try {
      List<Future<Result>> futures = new ArrayList<>();
      for (String id : ids) futures.add(pool.submit(() -> one(id)));
      List<Result> results = new ArrayList<>();
      for (Future<Result> f : futures) results.add(f.get());
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KeyadmException(KeyadmException.Kind.INTERRUPTED, "interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  Result one(String id) {
    try {
      if (!dryRun) {
        provider.revokeKey(id);
        return new Result(new RevokeOutcome(id, Outcome.REVOKED, null), null);
      }
      boolean revoked = provider.getKey(id).isRevoked();
      return new Result(
          new RevokeOutcome(id, revoked ? Outcome.ALREADY_REVOKED : Outcome.WOULD_REVOKE, null),
          null);
    } catch (KeyadmException e) {
      Outcome o = e.kind() == KeyadmException.Kind.NOT_FOUND ? Outcome.NOT_FOUND : Outcome.FAILED;
      return new Result(new RevokeOutcome(id, o, o == Outcome.FAILED ? e.getMessage() : null), e);
    }
  }
}
