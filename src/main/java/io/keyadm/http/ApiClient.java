package io.keyadm.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyadm.core.KeyadmException;
import io.keyadm.core.KeyadmException.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
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

  private final OkHttpClient client;
  private final HttpUrl base;
  private final ObjectMapper mapper;
  private final Redactor redactor;
  private final FailureTranslation failures;

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
    this.redactor = redactor;
    this.failures = new FailureTranslation(envelope, redactor, timeout);
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
      if (response.isRedirect()) {
        return execute(RedirectPolicy.follow(request, response, redirects), ex, redirects + 1);
      }
      String text = readBody(response);
      if (!response.isSuccessful()) {
        throw failures.errorAnswer(
            response.code(),
            response.message(),
            text,
            response.header(RetryInterceptor.ATTEMPTS_HEADER) != null);
      }
      if (text.isBlank()) return null;
      try {
        return mapper.readTree(text);
      } catch (IOException e) {
        throw FailureTranslation.notJson(response);
      }
    } catch (KeyadmException e) {
      throw e;
    } catch (IOException e) {
      throw failures.networkFailure(
          request, ex.safety == CallSafety.UNSAFE, ex.unknownOutcomeHint, e);
    }
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
}
