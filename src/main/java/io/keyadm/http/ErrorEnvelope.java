package io.keyadm.http;

/** Reads one provider's error body; every provider has its own shape. */
@FunctionalInterface
public interface ErrorEnvelope {

  /**
   * @param body the response body as text, possibly empty or not JSON at all
   * @return the message (never null: fall back to the status line) and the request id, if any
   */
  ServerError parse(int status, String reason, String body);
}
