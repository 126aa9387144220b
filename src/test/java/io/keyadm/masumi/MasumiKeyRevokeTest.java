package io.keyadm.masumi;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.keyadm.masumi.MasumiFixtures.error;
import static io.keyadm.masumi.MasumiFixtures.listPage;
import static io.keyadm.masumi.MasumiFixtures.success;
import static io.keyadm.testing.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.CliRunner.Result;
import io.keyadm.testing.JsonTrees;
import java.util.List;
import org.junit.jupiter.api.Test;

class MasumiKeyRevokeTest extends MasumiTestBase {

  static final String ID = "cmkey0000000000000000001";

  private void stubDelete(String id, int status, String body) {
    wm.stubFor(
        delete(urlEqualTo("/api/v1/api-key"))
            .withRequestBody(equalToJson("{\"id\":\"" + id + "\"}"))
            .willReturn(json(status, body)));
  }

  private String revoked(String id) {
    ObjectNode k = MasumiFixtures.key(id);
    k.put("status", "Revoked");
    return success(k);
  }

  @Test
  void deletes_with_the_id_in_a_json_body() {
    stubDelete(ID, 200, revoked(ID));

    Result r = keyadm("key", "revoke", ID, "--yes");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    wm.verify(
        deleteRequestedFor(urlEqualTo("/api/v1/api-key"))
            .withHeader("token", equalTo(MasumiFixtures.TOKEN))
            .withHeader("Content-Type", equalToIgnoreCase("application/json; charset=utf-8"))
            .withRequestBody(equalToJson("{\"id\":\"cmkey0000000000000000001\"}", false, false)));
    assertThat(r.stdout()).contains(ID).contains("revoked");
  }

  @Test
  void json_output_reports_each_key() throws Exception {
    stubDelete(ID, 200, revoked(ID));

    Result r = keyadm("key", "revoke", ID, "--yes", "-o", "json");

    assertThat(JsonTrees.parse(r.stdout()))
        .isEqualTo(
            JsonTrees.parse(
                "[{\"id\":\"cmkey0000000000000000001\",\"outcome\":\"revoked\",\"message\":null}]"));
  }

  @Test
  void an_unknown_id_exits_4_with_a_clear_message_instead_of_the_servers_500() {
    stubDelete("cmnope", 500, error("Internal Server Error"));
    MasumiFixtures.stubLookup(wm, List.of(MasumiFixtures.key(ID)));

    Result r = keyadm("key", "revoke", "cmnope", "--yes");

    assertThat(r.exitCode()).isEqualTo(4);
    assertThat(r.stderr())
        .isEqualTo("keyadm: key revoke on 127.0.0.1:" + wm.getPort() + ": no key with id cmnope\n");
  }

  @Test
  void a_500_for_a_key_that_exists_is_a_server_failure() {
    stubDelete(ID, 500, error("Internal Server Error"));
    MasumiFixtures.stubLookup(wm, List.of(MasumiFixtures.key(ID)));

    Result r = keyadm("key", "revoke", ID, "--yes");

    assertThat(r.exitCode()).isEqualTo(6);
  }

  /**
   * Masumi's DELETE is a soft delete: the key becomes Revoked and leaves the list, and a second
   * DELETE of it answers 200 with the key again (masumi.md; MasumiEmulator does the same). The
   * server here moves from one state to the other on the first DELETE.
   */
  @Test
  void revoking_an_already_revoked_key_is_success() {
    String deleteBody = "{\"id\":\"" + ID + "\"}";
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/api-key"))
            .inScenario("soft delete")
            .whenScenarioStateIs(STARTED)
            .willReturn(json(listPage(List.of(MasumiFixtures.key(ID))))));
    wm.stubFor(
        delete(urlEqualTo("/api/v1/api-key"))
            .withRequestBody(equalToJson(deleteBody))
            .inScenario("soft delete")
            .whenScenarioStateIs(STARTED)
            .willReturn(json(revoked(ID)))
            .willSetStateTo("revoked"));
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/api-key"))
            .inScenario("soft delete")
            .whenScenarioStateIs("revoked")
            .willReturn(json(listPage(List.of()))));
    wm.stubFor(
        delete(urlEqualTo("/api/v1/api-key"))
            .withRequestBody(equalToJson(deleteBody))
            .inScenario("soft delete")
            .whenScenarioStateIs("revoked")
            .willReturn(json(revoked(ID))));

    Result first = keyadm("key", "revoke", ID, "--yes");
    Result again = keyadm("key", "revoke", ID, "--yes");

    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(again.stdout())
        .isEqualTo(first.stdout())
        .isEqualTo(
            """
        ID                        OUTCOME
        cmkey0000000000000000001  revoked
        """);
    assertThat(again.stderr()).isEmpty();
    assertThat(wm.findAll(anyRequestedFor(anyUrl())))
        .extracting(r -> r.getMethod() + " " + r.getUrl() + " " + r.getBodyAsString())
        .containsExactly(
            "GET /api/v1/api-key-status ",
            "DELETE /api/v1/api-key " + deleteBody,
            "GET /api/v1/api-key-status ",
            "DELETE /api/v1/api-key " + deleteBody);
    assertThat(wm.getAllScenarios().getScenarios().get(0).getState()).isEqualTo("revoked");
  }

  @Test
  void without_a_terminal_yes_is_required_and_nothing_is_sent() {
    Result r = keyadm("key", "revoke", ID);

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr())
        .isEqualTo(
            "keyadm: key revoke: confirmation required: rerun with --yes (stdin is not a terminal)\n");
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void on_a_terminal_it_asks_and_a_no_sends_nothing() {
    Result r =
        cli.interactive(false).run("--provider", "masumi", "--url", url(), "key", "revoke", ID);

    assertThat(r.prompted()).isTrue();
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void on_a_terminal_a_yes_revokes() {
    stubDelete(ID, 200, revoked(ID));

    Result r =
        cli.interactive(true).run("--provider", "masumi", "--url", url(), "key", "revoke", ID);

    assertThat(r.stderr()).contains("[prompt] Revoke key " + ID + " on masumi?");
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void some_failures_among_several_keys_exit_8_after_revoking_the_rest() {
    stubDelete(ID, 200, revoked(ID));
    stubDelete("cmnope", 500, error("Internal Server Error"));
    MasumiFixtures.stubLookup(wm, List.of(MasumiFixtures.key(ID)));

    Result r = keyadm("key", "revoke", ID, "cmnope", "--yes", "-o", "id");

    assertThat(r.exitCode()).isEqualTo(8);
    assertThat(r.stdout()).isEqualTo(ID + "\n");
    assertThat(r.stderr())
        .contains("keyadm: key revoke cmnope: no key with id cmnope\n")
        .contains("1 of 2 keys could not be revoked");
  }
}
