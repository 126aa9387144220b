package io.keyadm.http;

import io.keyadm.config.Durations;
import io.keyadm.core.KeyadmException;
import io.keyadm.core.KeyadmException.Kind;
import io.keyadm.core.TerminalText;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Turns what went wrong with one exchange — an error answer or a failed connection — into the one
 * {@link KeyadmException} the operator sees, with its documented exit code.
 */
final class FailureTranslation {

  /** How much of a server's error message is shown: enough to act on, one terminal line. */
  static final int MAX_MESSAGE = 300;

  private static final Pattern FRAMEWORK_404 =
      Pattern.compile("Cannot (GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) /[^\\s<\"]*");

  private final ErrorEnvelope envelope;
  private final Redactor redactor;
  private final Duration timeout;

  FailureTranslation(ErrorEnvelope envelope, Redactor redactor, Duration timeout) {
    this.envelope = envelope;
    this.redactor = redactor;
    this.timeout = timeout;
  }

  /**
   * A non-2xx answer, read through the provider's error envelope; its message becomes one bounded,
   * terminal-safe line whatever the server put in it.
   */
  KeyadmException errorAnswer(Response response, String text, String base, String path) {
    int status = response.code();
    String type = response.header("Content-Type");
    if (status == 404 && isFrameworkAnswer(type, text)) {
      return KeyadmException.unusable(
          "the base URL is wrong: "
              + response.request().method()
              + " "
              + response.request().url()
              + " reached a web server but no API route (HTTP 404"
              + frameworkLine(text)
              + "); expected the API's "
              + path
              + " under "
              + base
              + ": check --url or the profile's url");
    }
    ServerError err = envelope.parse(status, response.message(), text);
    String message = err.message();
    if (err.unread() && !text.isBlank() && !isHtml(type, text)) {
      // A body in no envelope (a development server's raw stack trace): the start of it says more
      // than the status line.
      message += ": " + text;
    }
    message = TerminalText.line(redactor.scrub(message), MAX_MESSAGE);
    Kind kind = ApiError.kindOf(status);
    boolean retried = response.header(RetryInterceptor.ATTEMPTS_HEADER) != null;
    String withStatus = message + " (HTTP " + status + ")";
    return new ApiError(kind, status, withStatus, redactor.scrub(err.requestId()), retried);
  }

  /**
   * An answer of the web framework in front of the API, not of the API: an HTML page, or Express's
   * and NestJS's "Cannot GET /path" for a route that does not exist.
   */
  private static boolean isFrameworkAnswer(String type, String text) {
    return isHtml(type, text) || FRAMEWORK_404.matcher(text).find();
  }

  private static boolean isHtml(String type, String text) {
    return (type != null && type.toLowerCase(Locale.ROOT).contains("html"))
        || text.stripLeading().startsWith("<");
  }

  private static String frameworkLine(String text) {
    Matcher m = FRAMEWORK_404.matcher(text);
    return m.find() ? ": " + TerminalText.line(m.group(), 120) : "";
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
