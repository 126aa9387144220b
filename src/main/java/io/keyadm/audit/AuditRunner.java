package io.keyadm.audit;

import io.keyadm.core.ApiKey;
import io.keyadm.core.CredentialState;
import io.keyadm.core.KeyProvider;
import io.keyadm.core.KeyadmException;
import io.keyadm.core.ListQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;

/**
 * Audits profiles a few at a time, each on its own connection. A profile that cannot be read
 * becomes a finding of its own; the others are audited all the same.
 */
public final class AuditRunner {

  /** What the operator sees while profiles are being read; called from several threads. */
  public interface Progress {
    Progress NONE = new Progress() {};

    default void started(String profile) {}

    default void finished(String profile, int keys) {}
  }

  private final Clock clock;
  private final int parallel;
  private final UnaryOperator<String> scrub;
  private final Progress progress;

  /**
   * @param parallel how many profiles are read at once
   * @param scrub removes known secret values from a server's error message
   */
  public AuditRunner(Clock clock, int parallel, UnaryOperator<String> scrub, Progress progress) {
    this.clock = clock;
    this.parallel = parallel;
    this.scrub = scrub;
    this.progress = progress;
  }

  /** Every target audited; the findings grouped by profile in the targets' order, worst first. */
  public AuditReport run(List<Target> targets) {
    List<ProfileResult> results = new ArrayList<>();
    if (targets.size() == 1) {
      results.add(audit(targets.get(0)));
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, targets.size()));
      try {
        List<Future<ProfileResult>> futures = new ArrayList<>();
        for (Target t : targets) futures.add(pool.submit(() -> audit(t)));
        for (Future<ProfileResult> f : futures) results.add(await(f));
      } finally {
        pool.shutdownNow();
      }
    }
    List<Finding> all = new ArrayList<>();
    int keys = 0;
    for (ProfileResult r : results) {
      List<Finding> sorted = new ArrayList<>(r.findings());
      sorted.sort(WORST_FIRST);
      all.addAll(sorted);
      keys += r.keys();
    }
    return new AuditReport(all, targets.size(), keys);
  }

  private static final Comparator<Finding> WORST_FIRST =
      Comparator.comparing(Finding::severity)
          .thenComparing(Finding::rule)
          .thenComparing(f -> f.keyId() == null ? "" : f.keyId());

  private static ProfileResult await(Future<ProfileResult> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KeyadmException(KeyadmException.Kind.INTERRUPTED, "interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IllegalStateException(e.getCause());
    }
  }

  private record ProfileResult(List<Finding> findings, int keys) {}

  private ProfileResult audit(Target t) {
    progress.started(t.profile());
    List<Finding> findings = new ArrayList<>();
    int count = 0;
    try {
      KeyProvider provider = t.connector().open();
      Instant now = clock.instant();
      CredentialState credential = provider.credential();
      if (credential.invalidReason() != null) {
        findings.add(
            Finding.of(
                t,
                Rule.CREDENTIAL,
                null,
                credential.name() + " is not valid: " + scrub.apply(credential.invalidReason())));
        return new ProfileResult(findings, 0);
      }
      Instant expires = credential.expiresAt();
      if (expires != null && !expires.isAfter(now.plus(t.thresholds().expiringWithin()))) {
        findings.add(
            new Finding(
                t.profile(),
                t.provider(),
                Rule.CREDENTIAL,
                Severity.WARNING,
                null,
                credential.name()
                    + " expires "
                    + expires
                    + " (in "
                    + KeyRules.compact(java.time.Duration.between(now, expires))
                    + ")"));
      }
      List<ApiKey> keys = provider.listKeys(ListQuery.all());
      count = keys.size();
      findings.addAll(new KeyRules(t, now).check(keys));
    } catch (KeyadmException e) {
      if (e.kind() == KeyadmException.Kind.INTERRUPTED) throw e;
      findings.add(failure(t, e));
    } catch (RuntimeException e) {
      // A profile that failed is a finding, not the end of the audit of the others.
      findings.add(
          Finding.of(
              t,
              Rule.UNREACHABLE,
              null,
              "unexpected error: "
                  + e.getClass().getSimpleName()
                  + (e.getMessage() == null ? "" : ": " + scrub.apply(e.getMessage()))));
    } finally {
      progress.finished(t.profile(), count);
    }
    return new ProfileResult(findings, count);
  }

  /** An authentication failure is about the credential; anything else, the server. */
  private Finding failure(Target t, KeyadmException e) {
    String why =
        scrub.apply(e.getMessage()) + (e.requestId() == null ? "" : " [" + e.requestId() + "]");
    String host = t.connector().host();
    if (e.kind() == KeyadmException.Kind.AUTH)
      return Finding.of(
          t, Rule.CREDENTIAL, null, "rejected" + (host == null ? "" : " by " + host) + ": " + why);
    return Finding.of(t, Rule.UNREACHABLE, null, (host == null ? "" : host + ": ") + why);
  }
}
