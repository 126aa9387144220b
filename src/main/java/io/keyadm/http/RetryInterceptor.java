package io.keyadm.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongConsumer;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Repeats a call after a transient failure, with exponential backoff, jitter and Retry-After,
 * within the call's time budget.
 *
 * <p>Every call is repeated when the connection could not be made (the request never left). Only
 * safe calls ({@link CallSafety#SAFE}) are repeated after 429, 502, 503 and 504: repeating a create
 * could make a second key.
 */
final class RetryInterceptor implements Interceptor {

  /** Set on a response that took more than one attempt; never sent to a server. */
  static final String ATTEMPTS_HEADER = "X-Keyadm-Attempts";

  private static final long BASE_DELAY_MS = 200;
  private static final long MAX_DELAY_MS = 5_000;

  private final int retries;
  private final Duration budget;
  private final LongConsumer sleeper;

  RetryInterceptor(int retries, Duration budget, LongConsumer sleeper) {
    this.retries = retries;
    this.budget = budget;
    this.sleeper = sleeper;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    boolean safe = request.tag(CallSafety.class) != CallSafety.UNSAFE;
    long deadline = System.nanoTime() + budget.toNanos();
    for (int attempt = 0; ; attempt++) {
      Response response;
      try {
        response = chain.proceed(request);
      } catch (ConnectException | NoRouteToHostException | UnknownHostException e) {
        if (attempt >= retries || !waitBeforeRetry(attempt, -1, deadline)) throw e;
        continue;
      }
      int code = response.code();
      boolean transientFailure = code == 429 || code == 502 || code == 503 || code == 504;
      if (!safe || !transientFailure || attempt >= retries)
        return attempt == 0 ? response : markRetried(response, attempt);
      long retryAfter = retryAfterMillis(response.header("Retry-After"));
      if (!waitBeforeRetry(attempt, retryAfter, deadline)) return response;
      response.close();
    }
  }

  /**
   * Tells the caller that an earlier attempt may have taken effect (a retried revoke may find the
   * key gone).
   */
  private static Response markRetried(Response response, int attempt) {
    return response.newBuilder().header(ATTEMPTS_HEADER, String.valueOf(attempt + 1)).build();
  }

  /** Sleeps before the next attempt; false when that would overrun the budget. */
  private boolean waitBeforeRetry(int attempt, long retryAfterMs, long deadline) {
    long backoff = Math.min(MAX_DELAY_MS, BASE_DELAY_MS << attempt);
    long delay =
        retryAfterMs >= 0
            ? retryAfterMs
            : backoff / 2 + ThreadLocalRandom.current().nextLong(backoff / 2 + 1);
    long remainingMs = (deadline - System.nanoTime()) / 1_000_000;
    if (delay >= remainingMs) return false;
    sleeper.accept(delay);
    return true;
  }

  /** Retry-After as delta-seconds or an HTTP date; -1 when absent or unreadable. */
  static long retryAfterMillis(String value) {
    if (value == null || value.isBlank()) return -1;
    String v = value.trim();
    try {
      return Math.max(0, Long.parseLong(v)) * 1000;
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
        return Math.max(0, Duration.between(ZonedDateTime.now(when.getZone()), when).toMillis());
      } catch (RuntimeException notDate) {
        return -1;
      }
    }
  }
}
