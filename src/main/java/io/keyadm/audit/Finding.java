package io.keyadm.audit;

import io.keyadm.core.ApiKey;

/**
 * One thing an audit found: in which profile, by which rule, how bad, and about which key (null for
 * a finding about the profile as a whole).
 */
public record Finding(
    String profile, String provider, Rule rule, Severity severity, ApiKey key, String message) {

  /** A finding of the rule's own severity. */
  static Finding of(Target target, Rule rule, ApiKey key, String message) {
    return new Finding(target.profile(), target.provider(), rule, rule.severity(), key, message);
  }

  /** The id of the key, or null. */
  public String keyId() {
    return key == null ? null : key.id();
  }
}
