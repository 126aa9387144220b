package io.keyadm.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.keyadm.CliRunner;
import io.keyadm.CliRunner.Result;
import io.keyadm.testing.Api;
import io.keyadm.testing.ApiServer;
import io.keyadm.testing.Keyadm;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class RetryAndRedirectTest {

  @RegisterExtension static WireMockExtension wm = ApiServer.loopback();

  /** Another host, where a redirect must not take the credential. */
  @RegisterExtension static WireMockExtension other = ApiServer.loopback();

  static final String TOKEN = "masumi-payment-admin-retrytesttoken000001";
  static final String EMPTY_LIST = "{\"status\":\"success\",\"data\":{\"ApiKeys\":[]}}";

  @TempDir Path home;
  CliRunner cli;

  /** Masumi with keyadm's default retries: these tests are about them. */
  Keyadm masumi;

  @BeforeEach
  void setUp() {
    cli = new CliRunner(home).env("KEYADM_TOKEN", TOKEN);
    masumi = Keyadm.against(wm, Api.MASUMI, cli).withOptions();
  }

  private void sequence(String path, int... statuses) {
    String state = STARTED;
    for (int i = 0; i < statuses.length; i++) {
      String next = "step" + (i + 1);
      int status = statuses[i];
      wm.stubFor(
          get(urlPathEqualTo(path))
              .inScenario("seq")
              .whenScenarioStateIs(state)
              .willReturn(
                  aResponse().withStatus(status).withBody(status == 200 ? EMPTY_LIST : "{}"))
              .willSetStateTo(next));
      state = next;
    }
  }

  @Test
  void a_read_is_retried_after_503_and_succeeds() {
    sequence("/api/v1/api-key", 503, 502, 200);

    Result r = masumi.run("key", "list");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/api/v1/api-key")))).hasSize(3);
  }

  @Test
  void retries_are_bounded_by_the_option() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/api-key"))
            .willReturn(aResponse().withStatus(503).withBody("{}")));

    assertThat(masumi.run("key", "list", "--retries", "0").exitCode()).isEqualTo(6);
    assertThat(wm.findAll(getRequestedFor(anyUrl()))).hasSize(1);
    wm.resetRequests();
    assertThat(masumi.run("key", "list", "--retries", "3").exitCode()).isEqualTo(6);
    assertThat(wm.findAll(getRequestedFor(anyUrl()))).hasSize(4);
  }

  @Test
  void retry_after_is_honoured() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/api-key"))
            .inScenario("ra")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1").withBody("{}"))
            .willSetStateTo("ok"));
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/api-key"))
            .inScenario("ra")
            .whenScenarioStateIs("ok")
            .willReturn(aResponse().withBody(EMPTY_LIST)));

    long start = System.nanoTime();
    Result r = masumi.run("key", "list");
    long ms = (System.nanoTime() - start) / 1_000_000;

    assertThat(r.exitCode()).isZero();
    assertThat(ms).isGreaterThanOrEqualTo(1000);
  }

  @Test
  void a_retry_after_beyond_the_budget_is_not_waited_for() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/api-key"))
            .willReturn(
                aResponse().withStatus(429).withHeader("Retry-After", "120").withBody("{}")));

    long start = System.nanoTime();
    Result r = masumi.run("key", "list", "--timeout", "3s");
    long ms = (System.nanoTime() - start) / 1_000_000;

    assertThat(r.exitCode()).isEqualTo(6);
    assertThat(ms).isLessThan(3000);
    assertThat(wm.findAll(getRequestedFor(anyUrl()))).hasSize(1);
  }

  @Test
  void a_create_is_never_replayed_after_it_may_have_reached_the_server() {
    wm.stubFor(
        post(urlEqualTo("/api/v1/api-key")).willReturn(aResponse().withStatus(503).withBody("{}")));

    Result r = masumi.run("key", "create", "--retries", "5");

    assertThat(r.exitCode()).isEqualTo(6);
    assertThat(wm.findAll(postRequestedFor(anyUrl()))).hasSize(1);
  }

  @Test
  void a_create_that_timed_out_says_the_outcome_is_unknown_and_how_to_check() {
    wm.stubFor(
        post(urlEqualTo("/api/v1/api-key"))
            .willReturn(aResponse().withFixedDelay(3000).withBody("{}")));

    Result r = masumi.run("key", "create", "--timeout", "1s");

    assertThat(r.exitCode()).isEqualTo(7);
    assertThat(r.stderr())
        .contains(
            "no answer from 127.0.0.1:"
                + wm.getPort()
                + " within 1s; the outcome is unknown: check with 'keyadm key list'");
    assertThat(wm.findAll(postRequestedFor(anyUrl()))).hasSize(1);
  }

  @Test
  void a_retried_revoke_that_finds_the_key_gone_is_success() {
    String url = "/api/v1/api-keys/67aaf3d7ac6656e91a4a9845";
    wm.stubFor(
        delete(urlEqualTo(url))
            .inScenario("del")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(503).withBody("{}"))
            .willSetStateTo("gone"));
    wm.stubFor(
        delete(urlEqualTo(url))
            .inScenario("del")
            .whenScenarioStateIs("gone")
            .willReturn(
                aResponse().withStatus(404).withBody("{\"message\":\"Api key not found\"}")));

    Result r =
        Keyadm.against(wm, Api.NFT, cli)
            .withOptions()
            .run("key", "revoke", "67aaf3d7ac6656e91a4a9845", "--yes");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(wm.findAll(deleteRequestedFor(anyUrl()))).hasSize(2);
  }

  @Test
  void a_redirect_to_another_host_is_refused_and_the_token_never_reaches_it() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/api-key"))
            .willReturn(
                aResponse()
                    .withStatus(302)
                    .withHeader(
                        "Location", "http://127.0.0.1:" + other.getPort() + "/api/v1/api-key")));

    Result r = masumi.run("key", "list");

    assertThat(r.exitCode()).isEqualTo(6);
    assertThat(r.stderr())
        .contains(
            "the server redirected to another host (127.0.0.1:"
                + other.getPort()
                + "); not following it with credentials");
    assertThat(other.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void a_same_origin_redirect_is_followed_with_the_credential() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/api-key"))
            .willReturn(aResponse().withStatus(301).withHeader("Location", "/v1/api-key?take=50")));
    wm.stubFor(get(urlPathEqualTo("/v1/api-key")).willReturn(aResponse().withBody(EMPTY_LIST)));

    Result r = masumi.run("key", "list");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    wm.verify(getRequestedFor(urlPathEqualTo("/v1/api-key")).withHeader("token", equalTo(TOKEN)));
  }

  @Test
  void a_redirect_that_changes_the_scheme_is_refused() {
    // Same host and port, other scheme: not the same origin, so the credential is not sent there.
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/api-key"))
            .willReturn(
                aResponse()
                    .withStatus(302)
                    .withHeader(
                        "Location", "https://127.0.0.1:" + wm.getPort() + "/api/v1/api-key")));

    Result r = masumi.run("key", "list");

    assertThat(r.exitCode()).isEqualTo(6);
    assertThat(r.stderr()).contains("redirected to another host");
  }
}
