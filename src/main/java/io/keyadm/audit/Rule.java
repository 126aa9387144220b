package io.keyadm.audit;

/** The checks of an audit: each has a stable id that scripts and CI jobs rely on. */
public enum Rule {
  EXPIRED_NOT_REVOKED("expired-not-revoked", Severity.ERROR),
  EXPIRING_SOON("expiring-soon", Severity.WARNING),
  NO_EXPIRY("no-expiry", Severity.INFO),
  UNUSED("unused", Severity.WARNING),
  ADMIN_KEYS("admin-keys", Severity.WARNING),
  UNLIMITED_PAY("unlimited-pay", Severity.ERROR),
  NO_CREDITS("no-credits", Severity.INFO),
  CREDENTIAL("credential", Severity.ERROR),
  UNREACHABLE("unreachable", Severity.ERROR);

  private final String id;
  private final Severity severity;

  Rule(String id, Severity severity) {
    this.id = id;
    this.severity = severity;
  }

  public String id() {
    return id;
  }

  /** The severity of its findings ({@code credential} may also warn). */
  public Severity severity() {
    return severity;
  }
}
