package io.keyadm.core;

/**
 * What became of one key of a bulk revoke.
 *
 * @param message why it failed, or null
 */
public record RevokeOutcome(String id, Outcome outcome, String message) {

  /** The outcomes, as the report names them. */
  public enum Outcome {
    REVOKED("revoked"),
    ALREADY_REVOKED("already revoked"),
    WOULD_REVOKE("would be revoked"),
    NOT_FOUND("not found"),
    FAILED("failed");

    public final String label;

    Outcome(String label) {
      this.label = label;
    }
  }

  /** Whether the key ended (or, in a dry run, would end) revoked. */
  public boolean succeeded() {
    return outcome == Outcome.REVOKED
        || outcome == Outcome.ALREADY_REVOKED
        || outcome == Outcome.WOULD_REVOKE;
  }

  /** The report's cell: the outcome, and for a failure its reason. */
  public String text() {
    return outcome == Outcome.FAILED ? "failed: " + message : outcome.label;
  }
}
