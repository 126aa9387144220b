package io.keyadm.http;

/**
 * Whether a call may be repeated without changing the outcome; attached to each request as a tag.
 */
public enum CallSafety {
  /** Reads, and writes that end in the same state however often they run (revoke). */
  SAFE,
  /** Creates and updates: never replayed once the request may have reached the server. */
  UNSAFE
}
