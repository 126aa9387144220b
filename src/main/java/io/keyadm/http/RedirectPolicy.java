package io.keyadm.http;

import io.keyadm.core.KeyadmException;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Which redirects {@link ApiClient} follows: only to the same scheme, host and port, so credentials
 * are never sent to another host and https is never downgraded to http.
 */
final class RedirectPolicy {

  static final int MAX_REDIRECTS = 5;

  private RedirectPolicy() {}

  /**
   * The request to send next for a redirect answer to {@code request}.
   *
   * @param redirects how many redirects this exchange followed already
   * @throws KeyadmException (exit 6) for a redirect that is not followed
   */
  static Request follow(Request request, Response response, int redirects) {
    String location = response.header("Location");
    HttpUrl target = location == null ? null : request.url().resolve(location);
    if (target == null)
      throw KeyadmException.unusable(
          "unusable response: HTTP " + response.code() + " redirect without a Location");
    if (request.url().isHttps() && !target.isHttps()) {
      throw KeyadmException.unusable(
          "refused a redirect from https to http (" + target.host() + ")");
    }
    boolean sameOrigin =
        target.scheme().equals(request.url().scheme())
            && target.host().equalsIgnoreCase(request.url().host())
            && target.port() == request.url().port();
    if (!sameOrigin) {
      throw KeyadmException.unusable(
          "the server redirected to another host ("
              + target.host()
              + ":"
              + target.port()
              + "); not following it with credentials: check the profile's URL");
    }
    if (redirects >= MAX_REDIRECTS) throw KeyadmException.unusable("too many redirects");
    boolean keepsMethod = response.code() == 307 || response.code() == 308;
    if (!keepsMethod && !"GET".equals(request.method())) {
      throw KeyadmException.unusable(
          "the server answered "
              + request.method()
              + " with a redirect (HTTP "
              + response.code()
              + "); check the profile's URL");
    }
    return request.newBuilder().url(target).build();
  }
}
