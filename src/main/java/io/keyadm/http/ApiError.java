package io.keyadm.http;

import io.keyadm.core.KeyadmException;

/** A non-2xx answer, translated; providers may look at the status to explain a server's quirk. */
public final class ApiError extends KeyadmException {

  private final int status;

  public ApiError(Kind kind, int status, String message, String requestId) {
    super(kind, message, requestId, null);
    this.status = status;
  }

  public int status() {
    return status;
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
