package io.keyadm.audit;

import io.keyadm.config.Durations;
import io.keyadm.core.ApiKey;
import io.keyadm.core.KeyTraits;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The rules about keys: what one profile's key list says, judged at one instant. */
final class KeyRules {

  private final Target target;
  private final KeyTraits traits;
  private final Thresholds limits;
  private final Instant now;

  KeyRules(Target target, Instant now) {
    this.target = target;
    this.traits = target.traits();
    this.limits = target.thresholds();
    this.now = now;
  }

  List<Finding> check(List<ApiKey> keys) {
    List<Finding> findings = new ArrayList<>();
    List<ApiKey> admins = new ArrayList<>();
    for (ApiKey k : keys) {
      if (k.isRevoked()) continue;
      expiry(k, findings);
      if (traits.recordsUse()) unused(k, findings);
      if (traits.paysWithoutLimit(k))
        findings.add(
            finding(Rule.UNLIMITED_PAY, k, "can pay without a usage limit on a live network"));
      if (traits.outOfCredits(k))
        findings.add(
            finding(Rule.NO_CREDITS, k, "is limited to credits and has none left; revoke it?"));
      if (traits.isAdmin(k)) admins.add(k);
    }
    if (admins.size() > limits.maxAdminKeys()) {
      List<String> ids = admins.stream().map(ApiKey::id).toList();
      findings.add(
          Finding.of(
              target,
              Rule.ADMIN_KEYS,
              null,
              admins.size()
                  + " admin keys, more than "
                  + limits.maxAdminKeys()
                  + ": "
                  + String.join(", ", ids.size() > 10 ? ids.subList(0, 10) : ids)
                  + (ids.size() > 10 ? ", …" : "")));
    }
    return findings;
  }

  private void expiry(ApiKey k, List<Finding> findings) {
    Instant expires = k.expiresAt();
    if (expires == null) {
      if (traits.keysExpire()) findings.add(finding(Rule.NO_EXPIRY, k, "never expires"));
    } else if (!expires.isAfter(now)) {
      findings.add(
          finding(
              Rule.EXPIRED_NOT_REVOKED,
              k,
              "expired " + expires + " (" + ago(expires) + ") and is not revoked"));
    } else if (!expires.isAfter(now.plus(limits.expiringWithin()))) {
      findings.add(
          finding(
              Rule.EXPIRING_SOON,
              k,
              "expires "
                  + expires
                  + " (in "
                  + compact(Duration.between(now, expires))
                  + ", within "
                  + Durations.format(limits.expiringWithin())
                  + ")"));
    }
  }

  /** An expired key is left to expired-not-revoked. */
  private void unused(ApiKey k, List<Finding> findings) {
    if (k.expiresAt() != null && !k.expiresAt().isAfter(now)) return;
    Instant cutoff = now.minus(limits.unusedFor());
    String within = Durations.format(limits.unusedFor());
    if (k.lastUsedAt() != null) {
      if (k.lastUsedAt().isBefore(cutoff))
        findings.add(
            finding(
                Rule.UNUSED,
                k,
                "last used "
                    + k.lastUsedAt()
                    + " ("
                    + ago(k.lastUsedAt())
                    + ", over "
                    + within
                    + ")"));
    } else if (k.createdAt() != null && k.createdAt().isBefore(cutoff)) {
      findings.add(
          finding(
              Rule.UNUSED,
              k,
              "never used since it was created "
                  + k.createdAt()
                  + " ("
                  + ago(k.createdAt())
                  + ", over "
                  + within
                  + ")"));
    }
  }

  private Finding finding(Rule rule, ApiKey k, String what) {
    return Finding.of(target, rule, k, label(k) + " " + what);
  }

  /** {@code key <id>}, and its name where it has one. */
  static String label(ApiKey k) {
    return "key " + k.id() + (k.name() == null || k.name().isBlank() ? "" : " (" + k.name() + ")");
  }

  private String ago(Instant then) {
    return compact(Duration.between(then, now)) + " ago";
  }

  /** Whole days, else hours, else minutes, else seconds: rounded down. */
  static String compact(Duration d) {
    if (d.toDays() > 0) return d.toDays() + "d";
    if (d.toHours() > 0) return d.toHours() + "h";
    if (d.toMinutes() > 0) return d.toMinutes() + "m";
    return Math.max(0, d.toSeconds()) + "s";
  }
}
