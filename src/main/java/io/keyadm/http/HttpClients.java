package io.keyadm.http;

import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/** Builds the one OkHttp client a command uses. */
final class HttpClients {

  private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private HttpClients() {}

  /**
   * @param plainHttp the base URL is http: redirects never change scheme (see ApiClient), so this
   *     client never speaks TLS and need not load the CA trust store, which OkHttp otherwise does
   *     in its constructor — a large share of a command's start-up.
   */
  static OkHttpClient build(
      HttpSettings settings, Interceptor auth, Redactor redactor, boolean plainHttp) {
    Duration timeout = settings.timeout();
    Duration connect = timeout.compareTo(MAX_CONNECT_TIMEOUT) < 0 ? timeout : MAX_CONNECT_TIMEOUT;
    OkHttpClient.Builder b = new OkHttpClient.Builder();
    // Outermost, so that a cancellation also stops the retries inside it.
    if (settings.cancellation() != null) b.addInterceptor(settings.cancellation().interceptor());
    b.connectTimeout(connect)
        .readTimeout(timeout)
        .writeTimeout(timeout)
        .callTimeout(timeout)
        // Redirects are followed by ApiClient, which refuses other hosts and https→http.
        .followRedirects(false)
        .followSslRedirects(false)
        // Retries are RetryInterceptor's: OkHttp's own would replay a POST after a reset.
        .retryOnConnectionFailure(false)
        .addInterceptor(
            chain ->
                chain.proceed(
                    chain
                        .request()
                        .newBuilder()
                        .header("User-Agent", settings.userAgent())
                        .build()))
        .addInterceptor(auth)
        .addInterceptor(new RetryInterceptor(settings.retries(), timeout, HttpClients::sleep));
    if (plainHttp) b.sslSocketFactory(NoTls.SOCKET_FACTORY, NoTls.TRUST_MANAGER);
    if (settings.debug() != null) b.addNetworkInterceptor(new DebugLog(settings.debug(), redactor));
    return b.build();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
