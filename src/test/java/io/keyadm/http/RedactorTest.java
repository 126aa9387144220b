package io.keyadm.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyadm.provider.Providers;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {

  static final String TOKEN = "masumi-payment-admin-Zq8secretTOKEN4rk2p9x";

  private final Redactor redactor = redactor();

  /** The built-in providers' secret fields, and a configured auth header as NFT profiles have. */
  private static Redactor redactor() {
    Redactor r = new Redactor(new ObjectMapper(), Providers.builtIn().secretFields());
    r.addSecretHeader("Api-Key");
    return r;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Authorization",
        "authorization",
        "AUTHORIZATION",
        "token",
        "Token",
        "x-project-key",
        "X-Project-Key",
        "X-API-KEY",
        "Cookie",
        "set-cookie",
        "Proxy-Authorization",
        "api-key",
        "API-KEY"
      })
  void secret_headers_are_known_whatever_their_case(String name) {
    assertThat(redactor.isSecretHeader(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Content-Type", "User-Agent", "X-Request-Id", "Location", "tokens"})
  void other_headers_are_not_secret(String name) {
    assertThat(redactor.isSecretHeader(name)).isFalse();
  }

  @Test
  void an_extra_secret_header_counts_only_where_it_was_configured() {
    Redactor plain = new Redactor(new ObjectMapper(), Set.of());

    assertThat(plain.isSecretHeader("api-key")).isFalse();
    assertThat(plain.isSecretHeader("Authorization")).isTrue();
  }

  @Test
  void secret_fields_are_replaced_at_any_depth_and_nothing_else_changes() {
    String body =
        """
        {"status":"success","data":{"ApiKeys":[{"id":"cmkey1","token":"masumi-payment-q1w2e3r4t5y6u7i8o9p0",
         "RpcKeys":[[{"rpcProviderApiKey":"preprodAbCdEfGhIjKl"}]],"status":"Active"}]},
         "tenant":{"jwt":"eyJhbGciOiJIUzI1NiJ9.e30.c2ln","apiPrivateKey":"tenant-api-key-0001","name":"key"}}""";

    assertThat(redactor.body(body))
        .isEqualTo(
            "{\"status\":\"success\",\"data\":{\"ApiKeys\":[{\"id\":\"cmkey1\",\"token\":\"██\","
                + "\"RpcKeys\":[[{\"rpcProviderApiKey\":\"██\"}]],\"status\":\"Active\"}]},"
                + "\"tenant\":{\"jwt\":\"██\",\"apiPrivateKey\":\"██\",\"name\":\"key\"}}");
  }

  @Test
  void a_top_level_array_and_non_text_secret_fields() {
    assertThat(redactor.body("[{\"key\":\"nftk_0123456789abcdef\",\"apiKey\":null}]"))
        .isEqualTo("[{\"key\":\"██\",\"apiKey\":null}]");
  }

  @Test
  void a_known_secret_value_is_scrubbed_wherever_it_appears() {
    redactor.addSecret(TOKEN);

    assertThat(redactor.scrub("invalid token " + TOKEN + " (was " + TOKEN + ")"))
        .isEqualTo("invalid token ██ (was ██)");
    assertThat(
            redactor.body(
                "{\"status\":\"error\",\"error\":{\"message\":\"Unauthorized: " + TOKEN + "\"}}"))
        .isEqualTo("{\"status\":\"error\",\"error\":{\"message\":\"Unauthorized: ██\"}}");
  }

  @Test
  void bodies_that_are_not_json_are_scrubbed_as_text() {
    redactor.addSecret(TOKEN);

    assertThat(redactor.body("<html><body>token=" + TOKEN + "</body></html>"))
        .isEqualTo("<html><body>token=██</body></html>");
    assertThat(redactor.body("{\"token\":\"" + TOKEN + "\", truncated"))
        .isEqualTo("{\"token\":\"██\", truncated");
    assertThat(redactor.body("[not json " + TOKEN)).isEqualTo("[not json ██");
  }

  @Test
  void values_too_short_to_be_secrets_are_not_registered() {
    redactor.addSecret("abc");
    redactor.addSecret("");
    redactor.addSecret(null);
    redactor.addSecret("abcd");

    assertThat(redactor.scrub("abc: the abcd")).isEqualTo("abc: the ██");
  }

  @Test
  void nothing_in_gives_nothing_out() {
    assertThat(redactor.body(null)).isEmpty();
    assertThat(redactor.body("")).isEmpty();
    assertThat(redactor.scrub(null)).isNull();
  }
}
