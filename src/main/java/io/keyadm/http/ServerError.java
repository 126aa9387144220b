package io.keyadm.http;

/**
 * What a provider's error envelope said: the message to show and the request id support needs.
 * {@code unread} marks the status line standing in for a body that said nothing usable.
 */
public record ServerError(String message, String requestId, boolean unread) {

  public ServerError(String message, String requestId) {
    this(message, requestId, false);
  }

  /** What is left when the body says nothing usable: the status line. */
  public static ServerError statusLine(int status, String reason) {
    return new ServerError(
        reason == null || reason.isBlank() ? "HTTP " + status : reason, null, true);
  }
}
