package io.keyadm.http;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * How one command talks HTTP.
 *
 * @param timeout the budget of one call, retries included
 * @param retries how many times a safe call is repeated after a transient failure
 * @param debug where the redacted trace goes, or null
 * @param cancellation what cancels the calls from another thread, or null
 */
public record HttpSettings(
    Duration timeout, int retries, String userAgent, PrintWriter debug, Cancellation cancellation) {

  public HttpSettings(Duration timeout, int retries, String userAgent, PrintWriter debug) {
    this(timeout, retries, userAgent, debug, null);
  }
}
