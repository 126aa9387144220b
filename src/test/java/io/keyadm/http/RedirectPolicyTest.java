package io.keyadm.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyadm.core.KeyadmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

/**
 * Redirects as ApiClient follows them, with the server played by an interceptor: no TLS server
 * needed.
 */
class RedirectPolicyTest {

  final List<Request> sent = new ArrayList<>();

  private ApiClient client(String base, String location, int status) {
    OkHttpClient http =
        new OkHttpClient.Builder()
            .followRedirects(false)
            .addInterceptor(
                chain -> {
                  Request r =
                      chain.request().newBuilder().header("token", "secret-token-value").build();
                  sent.add(r);
                  if (sent.size() == 1) {
                    return new Response.Builder()
                        .request(r)
                        .protocol(Protocol.HTTP_1_1)
                        .code(status)
                        .message("Redirect")
                        .header("Location", location)
                        .body(ResponseBody.create("", MediaType.get("text/plain")))
                        .build();
                  }
                  return new Response.Builder()
                      .request(r)
                      .protocol(Protocol.HTTP_1_1)
                      .code(200)
                      .message("OK")
                      .body(ResponseBody.create("{\"ok\":true}", MediaType.get("application/json")))
                      .build();
                })
            .build();
    ObjectMapper mapper = new ObjectMapper();
    return new ApiClient(
        http,
        HttpUrl.get(base),
        mapper,
        (s, reason, body) -> new ServerError(reason, null),
        new Redactor(mapper, Set.of()),
        Duration.ofSeconds(5));
  }

  @Test
  void an_https_to_http_downgrade_is_refused_and_nothing_is_sent_over_http() {
    ApiClient c = client("https://api.example.test/v2", "http://api.example.test/v2/api-keys", 302);

    assertThatThrownBy(() -> c.get("/api-keys").send())
        .isInstanceOf(KeyadmException.class)
        .hasMessage("refused a redirect from https to http (api.example.test)")
        .extracting(e -> ((KeyadmException) e).exitCode())
        .isEqualTo(6);
    assertThat(sent).hasSize(1);
  }

  @Test
  void a_redirect_to_another_host_is_refused_before_anything_is_sent_there() {
    ApiClient c =
        client("https://api.example.test/v2", "https://evil.example.test/v2/api-keys", 307);

    assertThatThrownBy(() -> c.get("/api-keys").send())
        .hasMessageContaining("redirected to another host (evil.example.test:443)");
    assertThat(sent).extracting(r -> r.url().host()).containsExactly("api.example.test");
  }

  @Test
  void a_same_origin_redirect_is_followed_and_a_post_is_not_turned_into_a_get() {
    ApiClient same = client("https://api.example.test/v2", "/v2/api-keys/", 308);
    assertThat(same.get("/api-keys").send().get("ok").asBoolean()).isTrue();
    assertThat(sent)
        .extracting(r -> r.url().encodedPath())
        .containsExactly("/v2/api-keys", "/v2/api-keys/");

    sent.clear();
    ApiClient post = client("https://api.example.test/v2", "/v2/elsewhere", 302);
    assertThatThrownBy(
            () -> post.post("/api-keys").body(new ObjectMapper().createObjectNode()).send())
        .hasMessageContaining("answered POST with a redirect (HTTP 302)");
    assertThat(sent).hasSize(1);
  }
}
