package io.keyadm.audit;

import io.keyadm.core.KeyProvider;
import io.keyadm.core.KeyTraits;

/**
 * One profile to audit: its name, provider, what the provider's keys can carry, its thresholds, and
 * how to connect to it.
 */
public record Target(
    String profile, String provider, KeyTraits traits, Thresholds thresholds, Connector connector) {

  /** Opens the profile's provider; called on the thread that audits the profile. */
  public interface Connector {
    KeyProvider open();

    /** host:port of the server, for messages; null before {@link #open()} or when unknown. */
    String host();
  }
}
