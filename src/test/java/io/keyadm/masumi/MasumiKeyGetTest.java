package io.keyadm.masumi;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.keyadm.masumi.MasumiFixtures.error;
import static io.keyadm.testing.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.CliRunner.Result;
import io.keyadm.testing.JsonTrees;
import java.util.List;
import org.junit.jupiter.api.Test;

class MasumiKeyGetTest extends MasumiTestBase {

  @Test
  void shows_one_key_found_through_the_list_as_a_table() {
    List<ObjectNode> keys = MasumiFixtures.keys(3);
    keys.get(1).putArray("ChainIdLimit").add("eip155:1").add("cardano:preprod");
    keys.get(1).putArray("WalletScopes").addObject().put("hotWalletId", "cmwallet1");
    MasumiFixtures.stubLookup(wm, keys);

    Result r = keyadm("key", "get", "cmkey0000000000000000002");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.stdout())
        .isEqualTo(
            """
            id:             cmkey0000000000000000002
            permission:     read
            status:         active
            limited:        yes
            credits:        lovelace=10000000
            networks:       preprod
            token:          **…12
            chain ids:      eip155:1,cardano:preprod
            wallet scopes:  cmwallet1
            """);
    // Found with one request: the inclusive cursor answers exactly the key asked for.
    wm.verify(
        1,
        getRequestedFor(urlPathEqualTo("/api/v1/api-key"))
            .withHeader("token", equalTo(MasumiFixtures.TOKEN))
            .withQueryParam("take", equalTo("1"))
            .withQueryParam("cursorId", equalTo("cmkey0000000000000000002")));
    assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/api/v1/api-key")))).hasSize(1);
  }

  @Test
  void an_unknown_id_is_answered_by_one_request_however_many_keys_there_are() {
    MasumiFixtures.stubLookup(wm, MasumiFixtures.keys(3));

    Result r = keyadm("key", "get", "cmmissing0000000000000001");

    assertThat(r.exitCode()).isEqualTo(4);
    assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/api/v1/api-key"))))
        .singleElement()
        .satisfies(
            q ->
                assertThat(q.getUrl())
                    .isEqualTo("/api/v1/api-key?take=1&cursorId=cmmissing0000000000000001"));
  }

  @Test
  void a_soft_deleted_id_answers_the_next_row_which_is_not_taken_for_it() {
    List<ObjectNode> keys = MasumiFixtures.keys(3);
    MasumiFixtures.stubLookup(wm, keys);
    // Masumi 0.28: the cursor of a soft-deleted key starts at the next visible row.
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/api-key"))
            .withQueryParam("take", equalTo("1"))
            .withQueryParam("cursorId", equalTo("cmdeleted000000000000001"))
            .willReturn(json(MasumiFixtures.listPage(keys.subList(2, 3)))));

    Result r = keyadm("key", "get", "cmdeleted000000000000001");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(4);
    assertThat(r.stderr()).endsWith(": no key with id cmdeleted000000000000001\n");
    assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/api/v1/api-key"))))
        .extracting(q -> q.getUrl())
        .containsExactly(
            "/api/v1/api-key?take=1&cursorId=cmdeleted000000000000001", "/api/v1/api-key?take=1");
  }

  @Test
  void a_server_that_ignores_the_cursor_is_walked_page_by_page() {
    List<ObjectNode> keys = MasumiFixtures.keys(150);
    // Older releases page by token and answer the first rows whatever cursorId says.
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/api-key"))
            .withQueryParam("take", equalTo("1"))
            .willReturn(json(MasumiFixtures.listPage(keys.subList(0, 1)))));
    MasumiFixtures.stubList(wm, keys, 100);

    Result r = keyadm("key", "get", "cmkey0000000000000000140");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.stdout()).startsWith("id:             cmkey0000000000000000140\n");
  }

  @Test
  void json_is_one_object_of_the_key_model() throws Exception {
    MasumiFixtures.stubLookup(wm, MasumiFixtures.keys(2));

    JsonNode n =
        JsonTrees.parse(keyadm("key", "get", "cmkey0000000000000000001", "-o", "json").stdout());

    assertThat(n.isObject()).isTrue();
    assertThat(n.get("id").asText()).isEqualTo("cmkey0000000000000000001");
    assertThat(n.get("raw").get("id").asText()).isEqualTo("cmkey0000000000000000001");
  }

  @Test
  void an_absent_key_exits_4_and_names_the_id() {
    MasumiFixtures.stubLookup(wm, MasumiFixtures.keys(2));

    Result r = keyadm("key", "get", "cmmissing");

    assertThat(r.exitCode()).isEqualTo(4);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.stderr())
        .isEqualTo("keyadm: key get on 127.0.0.1:" + wm.getPort() + ": no key with id cmmissing\n");
  }

  @Test
  void a_non_admin_token_exits_3_quoting_the_server() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/api-key"))
            .willReturn(json(401, error("Unauthorized, admin access required"))));

    Result r = keyadm("key", "get", "cmkey0000000000000000001");

    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.stderr()).contains("Unauthorized, admin access required (HTTP 401)");
  }

  @Test
  void rpc_keys_with_a_non_admin_token_exit_3() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/rpc-api-keys"))
            .willReturn(json(401, error("Unauthorized, admin access required"))));

    Result r = keyadm("rpc-keys", "list");

    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.stderr())
        .isEqualTo(
            "keyadm: rpc-keys list on 127.0.0.1:"
                + wm.getPort()
                + ": Unauthorized, admin access required (HTTP 401); credential from environment variable KEYADM_TOKEN\n");
  }
}
