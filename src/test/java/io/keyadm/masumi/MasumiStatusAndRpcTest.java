package io.keyadm.masumi;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.keyadm.masumi.MasumiFixtures.error;
import static io.keyadm.masumi.MasumiFixtures.fixture;
import static io.keyadm.testing.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyadm.CliRunner.Result;
import io.keyadm.testing.JsonTrees;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MasumiStatusAndRpcTest extends MasumiTestBase {

  @Test
  void status_describes_the_calling_key() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/api-key-status"))
            .willReturn(json(fixture("status-admin.json"))));

    Result r = keyadm("status");

    assertThat(r.exitCode()).isZero();
    assertThat(r.stdout())
        .isEqualTo(
            """
        id:                 cmadmin00000000000000001
        permission:         admin
        status:             active
        networks:           preprod,mainnet
        usage:              unlimited
        remaining credits:  -
        """);
    wm.verify(
        getRequestedFor(urlPathEqualTo("/api/v1/api-key-status"))
            .withHeader("token", equalTo(MasumiFixtures.TOKEN)));
  }

  @Test
  void status_json_has_the_facts_and_the_masked_raw_object() throws Exception {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/api-key-status"))
            .willReturn(json(fixture("status-admin.json"))));

    JsonNode n = JsonTrees.parse(keyadm("status", "-o", "json").stdout());

    assertThat(n.get("permission").asText()).isEqualTo("admin");
    assertThat(n.get("remainingCredits").asText()).isEqualTo("-");
    assertThat(n.get("raw").get("token").asText()).isEqualTo("**…3e");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Unauthorized, no authentication token provided",
        "Unauthorized, invalid authentication token provided",
        "Unauthorized, API key is revoked"
      })
  void status_exits_3_quoting_why_the_token_was_rejected(String message) {
    wm.stubFor(get(urlPathEqualTo("/api/v1/api-key-status")).willReturn(json(401, error(message))));

    Result r = keyadm("status");

    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.stderr()).contains(message);
  }

  @Test
  void rpc_keys_are_masked_unless_show_secrets() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/rpc-api-keys")).willReturn(json(fixture("rpc-page.json"))));

    Result masked = keyadm("rpc-keys", "list");
    Result shown = keyadm("rpc-keys", "list", "--show-secrets");

    assertThat(masked.stdout())
        .isEqualTo(
            """
        ID                        PROVIDER    NETWORK  KEY        CREATED                   UPDATED
        cmrpc0000000000000000001  Blockfrost  Preprod  prep…Yz01  2026-01-01T00:00:00.000Z  2026-01-02T00:00:00.000Z
        """);
    assertThat(shown.stdout()).contains("preprodAbCdEfGhIjKlMnOpQrStUvWxYz01");
    wm.verify(
        getRequestedFor(urlPathEqualTo("/api/v1/rpc-api-keys"))
            .withQueryParam("limit", equalTo("100"))
            .withQueryParam("cursorId", absent()));
  }

  @Test
  void rpc_keys_json_masks_the_plaintext_secret() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/rpc-api-keys")).willReturn(json(fixture("rpc-page.json"))));

    Result r = keyadm("rpc-keys", "list", "-o", "json");

    assertThat(r.stdout())
        .contains("\"rpcProviderApiKey\" : \"prep…Yz01\"")
        .doesNotContain("preprodAbCdEfGhIjKlMnOpQrStUvWxYz01");
  }

  @Test
  void rpc_keys_follow_every_page_with_limit_and_the_inclusive_cursor() {
    List<com.fasterxml.jackson.databind.node.ObjectNode> keys = new java.util.ArrayList<>();
    for (int i = 1; i <= 150; i++) {
      keys.add(
          JsonTrees.object()
              .put("id", String.format("cmrpc%019d", i))
              .put("rpcProviderApiKey", "secret" + i)
              .put("rpcProvider", "Blockfrost")
              .put("network", "Preprod"));
    }
    com.fasterxml.jackson.databind.node.ObjectNode first = JsonTrees.object();
    first.putArray("RpcProviderKeys").addAll(keys.subList(0, 100));
    com.fasterxml.jackson.databind.node.ObjectNode second = JsonTrees.object();
    second.putArray("RpcProviderKeys").addAll(keys.subList(99, 150));
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/rpc-api-keys"))
            .withQueryParam("cursorId", absent())
            .willReturn(json(MasumiFixtures.success(first))));
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/rpc-api-keys"))
            .withQueryParam("cursorId", equalTo(keys.get(99).get("id").asText()))
            .willReturn(json(MasumiFixtures.success(second))));

    Result r = keyadm("rpc-keys", "list", "-o", "id");

    assertThat(r.stdout().lines()).hasSize(150).doesNotHaveDuplicates();
  }

  @Test
  void debug_traces_http_on_stderr_without_the_token() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/rpc-api-keys")).willReturn(json(fixture("rpc-page.json"))));

    Result r = keyadm("--debug", "rpc-keys", "list", "-o", "json");

    assertThat(r.stderr())
        .contains("> GET http://127.0.0.1:" + wm.getPort() + "/api/v1/rpc-api-keys?limit=100")
        .contains("> token: ██")
        .contains("< 200")
        .doesNotContain(MasumiFixtures.TOKEN)
        .doesNotContain("preprodAbCdEfGhIjKlMnOpQrStUvWxYz01");
  }
}
