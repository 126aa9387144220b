package io.keyadm.masumi;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.keyadm.masumi.MasumiFixtures.error;
import static io.keyadm.masumi.MasumiFixtures.keys;
import static io.keyadm.masumi.MasumiFixtures.listPage;
import static io.keyadm.testing.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.keyadm.CliRunner.Result;
import io.keyadm.testing.JsonTrees;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MasumiKeyListTest extends MasumiTestBase {

  @Test
  void lists_keys_as_a_table_with_masked_tokens() {
    List<ObjectNode> keys = keys(2);
    keys.get(1).put("canPay", true).put("usageLimited", false).put("status", "Revoked");
    MasumiFixtures.stubList(wm, keys, 50);

    Result r = keyadm("key", "list");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.stdout())
        .isEqualTo(
            """
        ID                        PERMISSION  STATUS   LIMITED  CREDITS            NETWORKS  TOKEN
        cmkey0000000000000000001  read        active   yes      lovelace=10000000  preprod   **…12
        cmkey0000000000000000002  pay         revoked  no       lovelace=10000000  preprod   **…12
        """);
    assertThat(r.stderr()).isEmpty();
  }

  @Test
  void sends_the_token_header_and_take_and_nothing_else_for_auth() {
    MasumiFixtures.stubList(wm, keys(1), 50);

    keyadm("key", "list");

    wm.verify(
        getRequestedFor(urlPathEqualTo("/api/v1/api-key"))
            .withHeader("token", equalTo(MasumiFixtures.TOKEN))
            .withHeader("Authorization", absent())
            .withHeader("User-Agent", equalTo("keyadm/0.1.0"))
            .withQueryParam("take", equalTo("50"))
            .withQueryParam("cursorId", absent()));
  }

  @Test
  void json_output_is_the_provider_neutral_key_model() throws Exception {
    MasumiFixtures.stubList(wm, keys(1), 50);

    Result r = keyadm("key", "list", "-o", "json");

    assertThat(r.exitCode()).isZero();
    JsonNode arr = JsonTrees.parse(r.stdout());
    JsonNode k = arr.get(0);
    List<String> fields = new ArrayList<>();
    k.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactly(
            "id",
            "name",
            "provider",
            "status",
            "kind",
            "createdAt",
            "expiresAt",
            "lastUsedAt",
            "credits",
            "networks",
            "scopes",
            "raw");
    assertThat(k.get("provider").asText()).isEqualTo("masumi");
    assertThat(k.get("kind").asText()).isEqualTo("read");
    assertThat(k.get("name").isNull()).isTrue();
    assertThat(k.get("credits").toString())
        .isEqualTo("[{\"unit\":\"lovelace\",\"amount\":\"10000000\"}]");
    assertThat(k.get("networks").toString()).isEqualTo("[\"preprod\"]");
    assertThat(k.get("scopes").toString()).isEqualTo("[\"read\"]");
    assertThat(k.get("raw").get("RemainingUsageCredits").get(0).get("unit").asText()).isEmpty();
    assertThat(k.get("raw").get("token").asText()).isEqualTo("**…12");
  }

  @ParameterizedTest(name = "page size {0}")
  @ValueSource(ints = {1, 2, 3, 100})
  void follows_the_inclusive_cursor_over_many_pages_without_duplicates(int pageSize)
      throws Exception {
    List<ObjectNode> keys = keys(7);
    MasumiFixtures.stubList(wm, keys, pageSize, Math.min(100, pageSize + 1));

    Result r = keyadm("key", "list", "--page-size", String.valueOf(pageSize), "-o", "id");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.stdout().lines().toList())
        .containsExactlyElementsOf(keys.stream().map(k -> k.get("id").asText()).toList());
    List<LoggedRequest> requests = wm.findAll(getRequestedFor(urlPathEqualTo("/api/v1/api-key")));
    assertThat(requests.get(0).queryParameter("take").firstValue())
        .isEqualTo(String.valueOf(pageSize));
    assertThat(requests.get(0).queryParameter("cursorId").isPresent()).isFalse();
    if (requests.size() > 1) {
      assertThat(requests.get(1).queryParameter("take").firstValue())
          .isEqualTo(String.valueOf(pageSize + 1));
      assertThat(requests.get(1).queryParameter("cursorId").firstValue())
          .isEqualTo(keys.get(pageSize - 1).get("id").asText());
    }
    int expectedRequests =
        pageSize >= 7
            ? 1
            : 1
                + (int) Math.ceil((7.0 - pageSize) / pageSize)
                + ((7 - pageSize) % pageSize == 0 ? 1 : 0);
    assertThat(requests).hasSize(expectedRequests);
  }

  @Test
  void a_server_that_ignores_the_cursor_cannot_cause_an_endless_loop_or_duplicates() {
    List<ObjectNode> keys = keys(2);
    wm.stubFor(get(urlPathEqualTo("/api/v1/api-key")).willReturn(json(listPage(keys))));

    Result r = keyadm("key", "list", "--page-size", "2", "-o", "id");

    assertThat(r.exitCode()).isZero();
    assertThat(r.stdout().lines().toList())
        .containsExactly("cmkey0000000000000000001", "cmkey0000000000000000002");
    assertThat(wm.findAll(getRequestedFor(anyUrl()))).hasSize(2);
  }

  @Test
  void limit_stops_early() {
    MasumiFixtures.stubList(wm, keys(9), 2, 3);

    Result r = keyadm("key", "list", "--page-size", "2", "--limit", "3", "-o", "id");

    assertThat(r.stdout().lines().toList())
        .containsExactly(
            "cmkey0000000000000000001", "cmkey0000000000000000002", "cmkey0000000000000000003");
    assertThat(wm.findAll(getRequestedFor(anyUrl()))).hasSize(2);
  }

  @Test
  void an_empty_list_is_success_with_a_note_on_stderr() {
    MasumiFixtures.stubList(wm, List.of(), 50);

    Result r = keyadm("key", "list");

    assertThat(r.exitCode()).isZero();
    assertThat(r.stdout()).isEmpty();
    assertThat(r.stderr()).isEqualTo("no keys\n");
  }

  @Test
  void csv_has_a_header_and_rfc4180_quoting() {
    List<ObjectNode> keys = keys(1);
    keys.get(0).putArray("RemainingUsageCredits").addObject().put("unit", "").put("amount", "5");
    ((com.fasterxml.jackson.databind.node.ArrayNode) keys.get(0).get("RemainingUsageCredits"))
        .addObject()
        .put("unit", "c48cbb3d5e57ed56e276bc45f99ab39abe94e6cd7ac39fb402da47ad0014df105553444d")
        .put("amount", "7");
    MasumiFixtures.stubList(wm, keys, 50);

    Result r = keyadm("key", "list", "-o", "csv");

    assertThat(r.stdout())
        .isEqualTo(
            """
        id,permission,status,limited,credits,networks,token
        cmkey0000000000000000001,read,active,yes,"lovelace=5, c48cbb3d5e57ed56e276bc45f99ab39abe94e6cd7ac39fb402da47ad0014df105553444d=7",preprod,**…12
        """);
  }

  @Test
  void yaml_output_holds_the_same_model() {
    MasumiFixtures.stubList(wm, keys(1), 50);

    Result r = keyadm("key", "list", "-o", "yaml");

    assertThat(r.stdout())
        .startsWith(
            "- id: cmkey0000000000000000001\n  name: null\n  provider: masumi\n  status: active\n  kind: read\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Unauthorized, no authentication token provided",
        "Unauthorized, invalid authentication token provided",
        "Unauthorized, API key is revoked",
        "Unauthorized, admin access required"
      })
  void every_401_exits_3_quoting_the_server_and_naming_the_credential_source(String message) {
    wm.stubFor(get(urlPathEqualTo("/api/v1/api-key")).willReturn(json(401, error(message))));

    Result r = keyadm("key", "list");

    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.stderr())
        .isEqualTo(
            "keyadm: key list on 127.0.0.1:"
                + wm.getPort()
                + ": "
                + message
                + " (HTTP 401); credential from environment variable KEYADM_TOKEN\n");
  }

  @ParameterizedTest
  @CsvSource({
    "400, 'take: Number must be less than or equal to 100', 5",
    "404, 'Not Found', 4",
    "500, 'Internal Server Error', 6",
    "503, 'Service Unavailable', 6"
  })
  void server_errors_map_to_their_exit_codes_with_the_server_message(
      int status, String message, int exit) {
    wm.stubFor(get(urlPathEqualTo("/api/v1/api-key")).willReturn(json(status, error(message))));

    Result r = keyadm("key", "list");

    assertThat(r.exitCode()).isEqualTo(exit);
    assertThat(r.stderr())
        .isEqualTo(
            "keyadm: key list on 127.0.0.1:"
                + wm.getPort()
                + ": "
                + message
                + " (HTTP "
                + status
                + ")\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "101", "-1"})
  void a_page_size_masumi_cannot_serve_is_a_usage_error_before_any_request(String size) {
    Result r = keyadm("key", "list", "--page-size", size);

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr()).contains("--page-size");
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void no_token_anywhere_exits_3_and_says_where_it_looked() {
    Result r =
        new io.keyadm.CliRunner(home).run("--provider", "masumi", "--url", url(), "key", "list");

    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.stderr())
        .isEqualTo(
            "keyadm: key list on 127.0.0.1:"
                + wm.getPort()
                + ": no token found (looked at --token-file, $KEYADM_TOKEN)\n");
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void ids_are_unique_over_a_long_walk() {
    List<ObjectNode> keys = keys(25);
    MasumiFixtures.stubList(wm, keys, 4, 5);

    Result r = keyadm("key", "list", "--page-size", "4", "-o", "id");

    List<String> ids = r.stdout().lines().toList();
    assertThat(ids).hasSize(25);
    assertThat(new HashSet<>(ids)).hasSize(25);
  }
}
