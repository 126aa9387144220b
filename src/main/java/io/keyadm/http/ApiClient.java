package io.keyadm.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyadm.config.Durations;
import io.keyadm.core.KeyadmException;
import io.keyadm.core.KeyadmException.Kind;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * One provider's HTTP connection: builds requests against the base URL, sends them through the
 * shared client, and turns every failure into a {@link KeyadmException} with the documented exit
 * code.
 */
public final class ApiClient {

  /** Larger answers are not what any of the APIs promise; reading on would only exhaust memory. */
  static final long MAX_BODY_BYTES = 16L * 1024 * 1024;

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final int MAX_REDIRECTS = 5;

  private final OkHttpClient client;
  private final HttpUrl base;
  private final ObjectMapper mapper;
  private final ErrorEnvelope envelope;
  private final Redactor redactor;
  private final Duration timeout;

  ApiClient(
      OkHttpClient client,
      HttpUrl base,
      ObjectMapper mapper,
      ErrorEnvelope envelope,
      Redactor redactor,
      Duration timeout) {
    this.client = client;
    this.base = base;
    this.mapper = mapper;
    this.envelope = envelope;
    this.redactor = redactor;
    this.timeout = timeout;
  }

  /**
   * A connection to {@code baseUrl} whose requests all pass {@code auth}.
   *
   * @throws KeyadmException a usage error when the URL is not http(s)
   */
  public static ApiClient connect(
      String baseUrl,
      HttpSettings settings,
      Interceptor auth,
      ErrorEnvelope envelope,
      Redactor redactor,
      ObjectMapper mapper) {
    HttpUrl url = parseBaseUrl(baseUrl);
    return new ApiClient(
        HttpClients.build(settings, auth, redactor, !url.isHttps()),
        url,
        mapper,
        envelope,
        redactor,
        settings.timeout());
  }

  /** Parses a base URL given by the operator, keeping its path and dropping a trailing slash. */
  public static HttpUrl parseBaseUrl(String baseUrl) {
    HttpUrl url = baseUrl == null ? null : HttpUrl.parse(baseUrl.trim());
    if (url == null) {
      throw KeyadmException.usage(
          "invalid base URL '" + baseUrl + "' (expected http:// or https://)");
    }
    return url;
  }

  /** host:port of the server, for error messages. */
  public String host() {
    return base.host() + ":" + base.port();
  }

  public ObjectMapper mapper() {
    return mapper;
  }

  public Redactor redactor() {
    return redactor;
  }

  public Exchange get(String path) {
    return new Exchange("GET", path);
  }

  public Exchange post(String path) {
    return new Exchange("POST", path).safety(CallSafety.UNSAFE);
  }

  public Exchange put(String path) {
    return new Exchange("PUT", path).safety(CallSafety.UNSAFE);
  }

  public Exchange patch(String path) {
    return new Exchange("PATCH", path).safety(CallSafety.UNSAFE);
  }

  public Exchange delete(String path) {
    return new Exchange("DELETE", path);
  }

  /** One request being built; {@link #send()} runs it. */
  public final class Exchange {
    private final String method;
    private final String path;
    private final Map<String, String> query = new LinkedHashMap<>();
    private JsonNode body;
    private CallSafety safety = CallSafety.SAFE;
    private String unknownOutcomeHint;

    private Exchange(String method, String path) {
      this.method = method;
      this.path = path;
    }

    public Exchange query(String name, Object value) {
      if (value != null) query.put(name, String.valueOf(value));
      return this;
    }

    public Exchange body(JsonNode json) {
      this.body = json;
      return this;
    }

    public Exchange safety(CallSafety s) {
      this.safety = s;
      return this;
    }

    /**
     * What to tell the operator when an unsafe call failed after it may have reached the server.
     */
    public Exchange ifOutcomeUnknown(String hint) {
      this.unknownOutcomeHint = hint;
      return this;
    }

    /** Sends the request; the parsed JSON body of a 2xx answer ({@code null} for an empty one). */
    public JsonNode send() {
      return ApiClient.this.send(this);
    }
  }

  private JsonNode send(Exchange ex) {
    HttpUrl.Builder url = base.newBuilder();
    for (String segment : ex.path.replaceFirst("^/", "").split("/")) {
      if (!segment.isEmpty()) url.addPathSegment(segment);
    }
    ex.query.forEach(url::addQueryParameter);
    RequestBody body = null;
    if (ex.body != null) {
      try {
        body = RequestBody.create(mapper.writeValueAsBytes(ex.body), JSON);
      } catch (IOException e) {
        throw new KeyadmException(Kind.UNEXPECTED, "cannot encode request body: " + e.getMessage());
      }
    }
    Request request =
        new Request.Builder()
            .url(url.build())
            .method(ex.method, body)
            .header("Accept", "application/json")
            .tag(CallSafety.class, ex.safety)
            .build();
    return execute(request, ex, 0);
  }

  private JsonNode execute(Request request, Exchange ex, int redirects) {
    Call call = client.newCall(request);
    try (Response response = call.execute()) {
      if (response.isRedirect()) return followRedirect(request, response, ex, redirects);
      String text = readBody(response);
      if (!response.isSuccessful()) {
        throw translate(
            response.code(),
            response.message(),
            text,
            response.header(RetryInterceptor.ATTEMPTS_HEADER) != null);
      }
      if (text.isBlank()) return null;
      try {
        return mapper.readTree(text);
      } catch (IOException e) {
        throw KeyadmException.unusable(
            "unusable response: HTTP "
                + response.code()
                + " with a body that is not valid JSON"
                + contentTypeNote(response));
      }
    } catch (KeyadmException e) {
      throw e;
    } catch (IOException e) {
      throw networkFailure(request, ex, e);
    }
  }

  private static String contentTypeNote(Response response) {
    String type = response.header("Content-Type");
    return type == null ? "" : " (Content-Type: " + type.split(";")[0].trim() + ")";
  }

  /**
   * Follows a redirect only to the same scheme, host and port: credentials are never sent to
   * another host, and https is never downgraded to http.
   */
  private JsonNode followRedirect(Request request, Response response, Exchange ex, int redirects) {
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
    return execute(request.newBuilder().url(target).build(), ex, redirects + 1);
  }

  private String readBody(Response response) throws IOException {
    ResponseBody body = response.body();
    if (body == null) return "";
    BufferedSource source = body.source();
    if (source.request(MAX_BODY_BYTES + 1)) {
      throw KeyadmException.unusable(
          "unusable response: body larger than " + (MAX_BODY_BYTES >> 20) + " MiB");
    }
    return source.getBuffer().readString(StandardCharsets.UTF_8);
  }

  private KeyadmException translate(int status, String reason, String text, boolean retried) {
    ServerError err = envelope.parse(status, reason, text);
    String message = redactor.scrub(err.message());
    Kind kind = ApiError.kindOf(status);
    String withStatus = message + " (HTTP " + status + ")";
    return new ApiError(kind, status, withStatus, redactor.scrub(err.requestId()), retried);
  }

  private KeyadmException networkFailure(Request request, Exchange ex, IOException e) {
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
    if (ex.safety == CallSafety.UNSAFE && !neverSent) {
      why +=
          "; the outcome is unknown"
              + (ex.unknownOutcomeHint == null ? "" : ": " + ex.unknownOutcomeHint);
    }
    return new KeyadmException(Kind.NETWORK, why, null, e);
  }
}
