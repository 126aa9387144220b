package io.keyadm.masumi;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.keyadm.masumi.MasumiFixtures.error;
import static io.keyadm.masumi.MasumiFixtures.success;
import static io.keyadm.testing.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.CliRunner.Result;
import io.keyadm.testing.JsonTrees;
import java.util.List;
import org.junit.jupiter.api.Test;

class MasumiKeyPatchTest extends MasumiTestBase {

  static final String ID = "cmkey0000000000000000001";

  private ObjectNode existing(String status, boolean limited, boolean admin) {
    ObjectNode k = MasumiFixtures.key(ID);
    k.put("status", status).put("usageLimited", limited);
    if (admin) k.put("canAdmin", true).put("canPay", true);
    MasumiFixtures.stubLookup(wm, List.of(k));
    wm.stubFor(patch(urlEqualTo("/api/v1/api-key")).willReturn(json(success(k))));
    return k;
  }

  @Test
  void patching_the_credits_of_a_revoked_key_leaves_it_revoked() {
    existing("Revoked", true, false);

    Result r = keyadm("key", "patch", ID, "--add-credit", "lovelace=1000");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    wm.verify(
        patchRequestedFor(urlEqualTo("/api/v1/api-key"))
            .withHeader("token", equalTo(MasumiFixtures.TOKEN))
            .withRequestBody(
                equalToJson(
                    """
            {"id":"cmkey0000000000000000001","status":"Revoked","usageLimited":true,
             "UsageCreditsToAddOrRemove":[{"unit":"","amount":"1000"}]}""",
                    false,
                    false)));
  }

  @Test
  void patching_an_unlimited_key_leaves_it_unlimited() {
    existing("Active", false, false);

    keyadm("key", "patch", ID, "--network", "mainnet");

    wm.verify(
        patchRequestedFor(urlEqualTo("/api/v1/api-key"))
            .withRequestBody(
                equalToJson(
                    """
        {"id":"cmkey0000000000000000001","status":"Active","usageLimited":false,"NetworkLimit":["Mainnet"]}""",
                    false,
                    false)));
  }

  @Test
  void status_and_limits_change_only_when_named_and_usage_limited_is_a_boolean() {
    existing("Active", true, false);

    keyadm(
        "key",
        "patch",
        ID,
        "--status",
        "revoked",
        "--unlimited",
        "--remove-credit",
        "lovelace=5",
        "--chain-id",
        "eip155:1");

    wm.verify(
        patchRequestedFor(urlEqualTo("/api/v1/api-key"))
            .withRequestBody(
                equalToJson(
                    """
        {"id":"cmkey0000000000000000001","status":"Revoked","usageLimited":false,
         "UsageCreditsToAddOrRemove":[{"unit":"","amount":"-5"}],"ChainIdLimit":["eip155:1"]}""",
                    false,
                    false)));
  }

  @Test
  void demoting_an_admin_keeps_its_networks() {
    ObjectNode k = existing("Active", false, true);
    k.putArray("NetworkLimit").add("Preprod").add("Mainnet");
    MasumiFixtures.stubLookup(wm, List.of(k));

    keyadm("key", "patch", ID, "--permission", "read");

    wm.verify(
        patchRequestedFor(urlEqualTo("/api/v1/api-key"))
            .withRequestBody(
                equalToJson(
                    """
        {"id":"cmkey0000000000000000001","status":"Active","usageLimited":false,"canRead":true,"canPay":false,"canAdmin":false,
         "NetworkLimit":["Preprod","Mainnet"]}""",
                    false,
                    false)));
  }

  @Test
  void a_new_token_comes_from_a_file_or_stdin_never_an_option_value_and_is_not_printed() {
    existing("Active", true, false);
    String token = "my-own-token-0123456789";

    Result r =
        cli.stdin(token + "\n")
            .run(
                "--provider",
                "masumi",
                "--url",
                url(),
                "--debug",
                "key",
                "patch",
                ID,
                "--new-token-file",
                "-");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    wm.verify(
        patchRequestedFor(urlEqualTo("/api/v1/api-key"))
            .withRequestBody(
                equalToJson("{\"id\":\"" + ID + "\",\"token\":\"" + token + "\"}", false, true)));
    assertThat(r.stdout() + r.stderr()).doesNotContain(token).doesNotContain(MasumiFixtures.TOKEN);
  }

  @Test
  void an_unknown_key_exits_4_without_patching() {
    MasumiFixtures.stubLookup(wm, List.of());

    Result r = keyadm("key", "patch", "cmnope", "--add-credit", "lovelace=1");

    assertThat(r.exitCode()).isEqualTo(4);
    assertThat(r.stderr()).contains("no key with id cmnope");
    wm.verify(0, patchRequestedFor(anyUrl()));
  }

  @Test
  void a_key_hidden_from_the_list_can_be_patched_when_status_and_limit_are_both_given() {
    MasumiFixtures.stubLookup(wm, List.of());
    wm.stubFor(
        patch(urlEqualTo("/api/v1/api-key")).willReturn(json(success(MasumiFixtures.key(ID)))));

    Result r = keyadm("key", "patch", ID, "--status", "revoked", "--unlimited");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    wm.verify(
        patchRequestedFor(urlEqualTo("/api/v1/api-key"))
            .withRequestBody(
                equalToJson(
                    """
        {"id":"cmkey0000000000000000001","status":"Revoked","usageLimited":false}""",
                    false,
                    false)));
  }

  @Test
  void a_key_removed_with_revoke_is_never_set_active_again() {
    // The server would make it Active while every list keeps hiding it.
    MasumiFixtures.stubLookup(wm, List.of());

    Result r = keyadm("key", "patch", ID, "--status", "active", "--limited");

    assertThat(r.exitCode()).isEqualTo(5);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.stderr())
        .isEqualTo(
            "keyadm: key patch on 127.0.0.1:"
                + wm.getPort()
                + ": key "
                + ID
                + " is not in the key list (unknown, or removed with 'key revoke'); Masumi would"
                + " make a removed key active yet invisible in every list, so it is not"
                + " re-activated; create a new key instead\n");
    wm.verify(0, patchRequestedFor(anyUrl()));
  }

  @Test
  void the_hint_for_a_hidden_key_does_not_suggest_re_activating_it() {
    MasumiFixtures.stubLookup(wm, List.of());

    Result r = keyadm("key", "patch", ID, "--limited");

    assertThat(r.exitCode()).isEqualTo(4);
    assertThat(r.stderr())
        .endsWith(
            ": no key with id "
                + ID
                + " in the key list; a key removed with 'key revoke' can only be patched with"
                + " --status revoked and --limited/--unlimited\n")
        .doesNotContain("--status active");
    wm.verify(0, patchRequestedFor(anyUrl()));
  }

  @Test
  void the_same_unit_twice_is_refused_before_any_request() {
    Result r =
        keyadm("key", "patch", ID, "--add-credit", "lovelace=5", "--remove-credit", "lovelace=2");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr())
        .isEqualTo(
            "keyadm: key patch: --add-credit/--remove-credit: the unit 'lovelace' is named twice; give each"
                + " unit once\n");
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void nothing_to_change_and_conflicts_are_usage_errors_before_any_request() {
    assertThat(keyadm("key", "patch", ID).exitCode()).isEqualTo(2);
    assertThat(keyadm("key", "patch", ID, "--limited", "--unlimited").exitCode()).isEqualTo(2);
    assertThat(keyadm("key", "patch", ID, "--status", "paused").exitCode()).isEqualTo(2);
    assertThat(keyadm("key", "patch", "bad id!", "--limited").exitCode()).isEqualTo(2);
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void a_server_rejection_exits_5_with_its_message() {
    existing("Active", true, false);
    wm.stubFor(patch(urlEqualTo("/api/v1/api-key")).willReturn(json(400, error("Invalid amount"))));

    Result r = keyadm("key", "patch", ID, "--remove-credit", "lovelace=99999999999");

    assertThat(r.exitCode()).isEqualTo(5);
    assertThat(r.stderr()).endsWith(": Invalid amount (HTTP 400)\n");
  }

  @Test
  void table_and_json_show_the_patched_key() throws Exception {
    existing("Active", true, false);

    Result table = keyadm("key", "patch", ID, "--limited");
    Result json = keyadm("key", "patch", ID, "--limited", "-o", "json");

    assertThat(table.stdout())
        .startsWith(
            "id:             cmkey0000000000000000001\npermission:     read\nstatus:         active\n");
    assertThat(JsonTrees.parse(json.stdout()).get("id").asText()).isEqualTo(ID);
  }
}
