package io.keyadm.core;

/**
 * What a provider's keys can carry and which of them it counts as risky, for checks that look at
 * the keys of every provider alike ({@code keyadm audit}). The defaults say "nothing of the sort".
 */
public interface KeyTraits {

  /** A provider whose keys have none of the traits below. */
  KeyTraits NONE = new KeyTraits() {};

  /** Whether its keys can be given an expiry, so that a key without one never expires by choice. */
  default boolean keysExpire() {
    return false;
  }

  /** Whether it records when a key was last used. */
  default boolean recordsUse() {
    return false;
  }

  /** Whether the key can administer other keys. */
  default boolean isAdmin(ApiKey key) {
    return false;
  }

  /** Whether the key can spend real money without a limit. */
  default boolean paysWithoutLimit(ApiKey key) {
    return false;
  }

  /** Whether the key is limited to credits and has none left, so it can do nothing. */
  default boolean outOfCredits(ApiKey key) {
    return false;
  }
}
