package io.keyadm.http;

import io.keyadm.config.Durations;
import io.keyadm.core.KeyadmException;
import io.keyadm.core.KeyadmException.Kind;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLException;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Turns what went wrong with one exchange — an error answer or a failed connection — into the one
 * {@link KeyadmException} the operator sees, with its documented exit code.
 */
final class FailureTranslation {

  private final ErrorEnvelope envelope;
  private final Redactor redactor;
  private final Duration timeout;

  FailureTranslation(ErrorEnvelope envelope, Redactor redactor, Duration timeout) {
    this.envelope = envelope;
    this.redactor = redactor;
    this.timeout = timeout;
  }

  /** A non-2xx answer, read through the provider's error envelope. */
  KeyadmException errorAnswer(int status, String reason, String text, boolean retried) {
    ServerError err = envelope.parse(status, reason, text);
    String message = redactor.scrub(err.message());
    Kind kind = ApiError.kindOf(status);
    String withStatus = message + " (HTTP " + status + ")";
    return new ApiError(kind, status, withStatus, redactor.scrub(err.requestId()), retried);
  }

  /** A 2xx answer whose body is not JSON. */
  static KeyadmException notJson(Response response) {
    String type = response.header("Content-Type");
    return KeyadmException.unusable(
        "unusable response: HTTP "
            + response.code()
            + " with a body that is not valid JSON"
            + (type == null ? "" : " (Content-Type: " + type.split(";")[0].trim() + ")"));
  }

  /**
   * A call that got no answer.
   *
   * @param unsafe the call may have changed something on the server
   * @param unknownOutcomeHint what to tell the operator when an unsafe call may have arrived
   */
  KeyadmException networkFailure(
      Request request, boolean unsafe, String unknownOutcomeHint, IOException e) {
    String host = request.url().host() + ":" + request.url().port();
    String why;
    boolean neverSent = false;
    if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
      why = "cannot connect to " + host;
      neverSent = true;
    } else if (e instanceof UnknownHostException) {
      why = "unknown host " + request.url().host();
      neverSent = true;
    } else if (e instanceof SSLException) {
      why = "TLS error with " + host + ": " + redactor.scrub(e.getMessage());
      neverSent = true;
    } else if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
      why = "no answer from " + host + " within " + Durations.format(timeout);
    } else {
      why =
          "connection to "
              + host
              + " failed: "
              + redactor.scrub(
                  e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
    if (unsafe && !neverSent) {
      why +=
          "; the outcome is unknown"
              + (unknownOutcomeHint == null ? "" : ": " + unknownOutcomeHint);
    }
    return new KeyadmException(Kind.NETWORK, why, null, e);
  }
}
