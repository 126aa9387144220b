package io.keyadm.core;

import java.time.Instant;

/**
 * What a provider can tell about the credential keyadm itself uses, before or besides a call that
 * the server may reject.
 *
 * @param name what the credential is, for messages (e.g. "the admin JWT")
 * @param invalidReason why it cannot work, or null when nothing says so
 * @param expiresAt when it stops working, or null when unknown or never
 */
public record CredentialState(String name, String invalidReason, Instant expiresAt) {

  /** Nothing is known beyond what the calls themselves will show. */
  public static CredentialState unknown() {
    return new CredentialState("the token", null, null);
  }
}
