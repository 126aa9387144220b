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
    MasumiFixtures.stubList(wm, keys, 100);

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
    wm.verify(
        getRequestedFor(urlPathEqualTo("/api/v1/api-key"))
            .withHeader("token", equalTo(MasumiFixtures.TOKEN))
            .withQueryParam("take", equalTo("100")));
  }

  @Test
  void json_is_one_object_of_the_key_model() throws Exception {
    MasumiFixtures.stubList(wm, MasumiFixtures.keys(2), 100);

    JsonNode n =
        JsonTrees.parse(keyadm("key", "get", "cmkey0000000000000000001", "-o", "json").stdout());

    assertThat(n.isObject()).isTrue();
    assertThat(n.get("id").asText()).isEqualTo("cmkey0000000000000000001");
    assertThat(n.get("raw").get("id").asText()).isEqualTo("cmkey0000000000000000001");
  }

  @Test
  void an_absent_key_exits_4_and_names_the_id() {
    MasumiFixtures.stubList(wm, MasumiFixtures.keys(2), 100);

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
