package io.keyadm.http;

import io.keyadm.core.KeyadmException;

/** A non-2xx answer, translated; providers may look at the status to explain a server's quirk. */
public final class ApiError extends KeyadmException {

  private final int status;
  private final boolean retried;

  public ApiError(Kind kind, int status, String message, String requestId) {
    this(kind, status, message, requestId, false);
  }

  public ApiError(Kind kind, int status, String message, String requestId, boolean retried) {
    super(kind, message, requestId, null);
    this.status = status;
    this.retried = retried;
  }

  public int status() {
    return status;
  }

  /** Whether the answer came after a retry, so an earlier attempt may already have taken effect. */
  public boolean retried() {
    return retried;
  }

  /** The exit-code family of an HTTP status. */
  public static Kind kindOf(int status) {
    if (status == 401 || status == 403) return Kind.AUTH;
    if (status == 404) return Kind.NOT_FOUND;
    if (status == 429 || status >= 500) return Kind.UNAVAILABLE;
    if (status >= 400) return Kind.REJECTED;
    return Kind.UNAVAILABLE;
  }
}
