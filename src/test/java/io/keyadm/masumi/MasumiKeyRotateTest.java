package io.keyadm.masumi;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.keyadm.masumi.MasumiFixtures.error;
import static io.keyadm.masumi.MasumiFixtures.success;
import static io.keyadm.testing.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.CliRunner.Result;
import io.keyadm.testing.JsonTrees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MasumiKeyRotateTest extends MasumiTestBase {

  static final String OLD = "cmold0000000000000000001";
  static final String NEW = "cmnew0000000000000000001";
  static final String ADMIN = "cmadmin00000000000000001";
  static final String SECRET = "masumi-payment-q1w2e3r4t5y6u7i8o9p0a1s2";

  @BeforeEach
  void stubTheServer() {
    ObjectNode old = MasumiFixtures.key(OLD);
    old.put("permission", "ReadAndPay").put("canPay", true);
    old.putArray("ChainIdLimit").add("cardano:preprod").add("eip155:1");
    old.put("walletScopeEnabled", true)
        .putArray("WalletScopes")
        .addObject()
        .put("hotWalletId", "cmwallet0001");
    MasumiFixtures.stubLookup(wm, List.of(old));
    wm.stubFor(
        get(urlEqualTo("/api/v1/api-key-status"))
            .withHeader("token", equalTo(MasumiFixtures.TOKEN))
            .willReturn(json(MasumiFixtures.fixture("status-admin.json"))));
    ObjectNode created = MasumiFixtures.key(NEW).put("token", SECRET);
    wm.stubFor(post(urlEqualTo("/api/v1/api-key")).willReturn(json(success(created))));
    stubDelete(OLD, 200);
    stubDelete(NEW, 200);
  }

  private void stubDelete(String id, int status) {
    ObjectNode k = MasumiFixtures.key(id).put("status", "Revoked");
    wm.stubFor(
        delete(urlEqualTo("/api/v1/api-key"))
            .withRequestBody(equalToJson("{\"id\":\"" + id + "\"}"))
            .willReturn(json(status, status == 200 ? success(k) : error("Internal Server Error"))));
  }

  private List<String> requests() {
    return wm.findAll(anyRequestedFor(anyUrl())).stream()
        .map(
            r ->
                r.getMethod()
                    + " "
                    + r.getUrl()
                    + (r.getBodyAsString().isEmpty() ? "" : " " + r.getBodyAsString()))
        .toList();
  }

  private static final String LOOKUP = "GET /api/v1/api-key?take=1&cursorId=" + OLD;
  private static final String WHO = "GET /api/v1/api-key-status";
  private static final String DELETE_OLD = "DELETE /api/v1/api-key {\"id\":\"" + OLD + "\"}";
  private static final String DELETE_NEW = "DELETE /api/v1/api-key {\"id\":\"" + NEW + "\"}";

  @Test
  void copies_the_old_keys_settings_delivers_the_secret_and_revokes_the_old_key() {
    Result r = keyadm("key", "rotate", OLD, "--yes");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.stdout())
        .isEqualTo(
            """
        old:          cmold0000000000000000001
        new:          cmnew0000000000000000001
        revoked old:  yes
        verified:     no
        secret:       masumi-payment-q1w2e3r4t5y6u7i8o9p0a1s2
        """);
    assertThat(r.stderr()).isEqualTo("Store the secret now: it cannot be shown again.\n");
    wm.verify(
        postRequestedFor(urlEqualTo("/api/v1/api-key"))
            .withHeader("token", equalTo(MasumiFixtures.TOKEN))
            .withRequestBody(
                equalToJson(
                    """
            {"UsageCredits":[{"unit":"","amount":"10000000"}],
             "usageLimited":"true","canRead":true,"canPay":true,"canAdmin":false,
             "NetworkLimit":["Preprod"],"ChainIdLimit":["eip155:1"],
             "walletScopeEnabled":"true","WalletScopeHotWalletIds":["cmwallet0001"]}""",
                    false,
                    false)));
    assertThat(requests().subList(1, requests().size()))
        .containsExactly(WHO, requests().get(2), DELETE_OLD);
    assertThat(requests().get(0)).isEqualTo(LOOKUP);
    assertThat(requests().get(2)).startsWith("POST /api/v1/api-key ");
  }

  @Test
  void credit_replaces_the_remaining_credits() {
    Result r = keyadm("key", "rotate", OLD, "--yes", "--credit", "lovelace=42");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    wm.verify(
        postRequestedFor(urlEqualTo("/api/v1/api-key"))
            .withRequestBody(
                equalToJson(
                    "{\"UsageCredits\":[{\"unit\":\"\",\"amount\":\"42\"}],\"usageLimited\":\"true\"}",
                    false,
                    true)));
  }

  @Test
  void json_output_has_the_old_id_the_new_key_the_secret_and_what_was_done() {
    Result r = keyadm("key", "rotate", OLD, "--yes", "-o", "json");

    JsonNode n = JsonTrees.parse(r.stdout());
    assertThat(n.get("old").asText()).isEqualTo(OLD);
    assertThat(n.get("new").get("id").asText()).isEqualTo(NEW);
    assertThat(n.get("new").get("raw").get("token").asText()).isNotEqualTo(SECRET);
    assertThat(n.get("new").has("secret")).isFalse();
    assertThat(n.get("secret").asText()).isEqualTo(SECRET);
    assertThat(n.get("verified").asBoolean()).isFalse();
    assertThat(n.get("oldRevoked").asBoolean()).isTrue();
    assertThat(r.stdout().split(SECRET, -1)).hasSize(2);
  }

  @Test
  void a_failed_create_changes_nothing() {
    wm.stubFor(
        post(urlEqualTo("/api/v1/api-key"))
            .willReturn(json(400, error("UsageCredits: Invalid amount"))));

    Result r = keyadm("key", "rotate", OLD, "--yes");

    assertThat(r.exitCode()).isEqualTo(5);
    assertThat(r.stdout()).isEmpty();
    assertThat(requests()).doesNotContain(DELETE_OLD, DELETE_NEW);
  }

  @Test
  void exec_gets_the_secret_on_stdin_and_stdout_carries_none() throws Exception {
    Path file = home.resolve("got");
    Result r = keyadm("key", "rotate", OLD, "--yes", "--exec", "cat > '" + file + "'; echo stored");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(Files.readString(file)).isEqualTo(SECRET + "\n");
    assertThat(r.stdout()).doesNotContain(SECRET).contains("revoked old:  yes");
    assertThat(r.stderr())
        .isEqualTo("stored\nSecret of key " + NEW + " delivered to the --exec command.\n");
  }

  @Test
  void a_failing_exec_revokes_the_successor_and_leaves_the_old_key() {
    Result r = keyadm("key", "rotate", OLD, "--yes", "--exec", "cat >/dev/null; exit 3");

    assertThat(r.exitCode()).isEqualTo(6);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.stderr())
        .isEqualTo(
            "keyadm: key rotate on 127.0.0.1:"
                + wm.getPort()
                + ": --exec command exited with code 3; the successor "
                + NEW
                + " was revoked again and key "
                + OLD
                + " is untouched\n");
    assertThat(requests()).contains(DELETE_NEW).doesNotContain(DELETE_OLD);
  }

  @Test
  void an_exec_that_outlives_its_timeout_is_killed_and_rolled_back() {
    Result r =
        keyadm("key", "rotate", OLD, "--yes", "--exec", "sleep 30", "--exec-timeout", "300ms");

    assertThat(r.exitCode()).isEqualTo(6);
    assertThat(r.stderr()).contains("--exec command did not finish within 300ms; the successor");
    assertThat(requests()).contains(DELETE_NEW).doesNotContain(DELETE_OLD);
  }

  @Test
  void a_failed_rollback_names_the_successor_to_revoke_by_hand() {
    stubDelete(NEW, 500);
    MasumiFixtures.stubLookup(wm, List.of(MasumiFixtures.key(NEW)));

    Result r = keyadm("key", "rotate", OLD, "--yes", "--exec", "exit 1");

    assertThat(r.exitCode()).isEqualTo(6);
    assertThat(r.stderr())
        .contains("revoke key " + NEW + " by hand with 'keyadm key revoke " + NEW + "'")
        .contains("key " + OLD + " is untouched");
    assertThat(requests()).doesNotContain(DELETE_OLD);
  }

  @Test
  void verify_calls_the_status_route_with_the_successor_and_a_refusal_rolls_back() {
    wm.stubFor(
        get(urlEqualTo("/api/v1/api-key-status"))
            .withHeader("token", equalTo(SECRET))
            .willReturn(json(401, error("Unauthorized, invalid authentication token provided"))));

    Result r = keyadm("key", "rotate", OLD, "--yes", "--verify");

    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.stderr())
        .contains("the successor " + NEW + " was revoked again and key " + OLD + " is untouched");
    assertThat(requests()).contains(DELETE_NEW).doesNotContain(DELETE_OLD);
  }

  @Test
  void verify_that_succeeds_is_reported() {
    wm.stubFor(
        get(urlEqualTo("/api/v1/api-key-status"))
            .withHeader("token", equalTo(SECRET))
            .willReturn(json(success(MasumiFixtures.key(NEW)))));

    Result r = keyadm("key", "rotate", OLD, "--yes", "--verify", "-o", "json");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(JsonTrees.parse(r.stdout()).get("verified").asBoolean()).isTrue();
  }

  @Test
  void a_failed_revoke_of_the_old_key_exits_8_with_the_successor_delivered() {
    stubDelete(OLD, 500);

    Result r = keyadm("key", "rotate", OLD, "--yes");

    assertThat(r.exitCode()).isEqualTo(8);
    assertThat(r.stdout())
        .contains("secret:       " + SECRET)
        .contains("revoked old:  no (still active)");
    assertThat(r.stderr())
        .endsWith(
            ": successor "
                + NEW
                + " is live and delivered, but the old key "
                + OLD
                + " could not be revoked: Internal Server Error (HTTP 500); revoke it with 'keyadm key revoke "
                + OLD
                + "'\n");
  }

  @Test
  void keep_old_sends_no_delete_and_says_the_old_key_is_active() {
    Result r = keyadm("key", "rotate", OLD, "--yes", "--keep-old");

    assertThat(r.exitCode()).isZero();
    assertThat(r.stderr()).contains("Key " + OLD + " is still active.");
    assertThat(requests()).doesNotContain(DELETE_OLD);
  }

  @Test
  void without_a_terminal_yes_is_required_before_any_request() {
    Result r = keyadm("key", "rotate", OLD);

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr()).contains("confirmation required");
    assertThat(requests()).isEmpty();
  }

  @Test
  void jq_is_refused_when_the_secret_would_go_to_stdout() {
    Result r = keyadm("key", "rotate", OLD, "--yes", "--jq", ".new.id");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr())
        .isEqualTo(
            "keyadm: key rotate: --jq could drop the one-time secret: add --save-secret <file> or --exec <command>\n");
    assertThat(requests()).isEmpty();
  }

  @Test
  void jq_with_save_secret_prints_the_field_raw() throws Exception {
    Path file = home.resolve("secret");
    Result r =
        keyadm("key", "rotate", OLD, "--yes", "--save-secret", file.toString(), "--jq", ".new.id");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.stdout()).isEqualTo(NEW + "\n");
    assertThat(Files.readString(file)).isEqualTo(SECRET + "\n");
  }

  @Test
  void rotating_the_credential_in_use_needs_update_profile() {
    MasumiFixtures.stubLookup(wm, List.of(MasumiFixtures.key(ADMIN)));

    Result r = keyadm("key", "rotate", ADMIN, "--yes");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr())
        .contains("key " + ADMIN + " is the credential keyadm is using: add --update-profile");
    assertThat(requests()).noneMatch(q -> q.startsWith("POST") || q.startsWith("DELETE"));
  }

  @Test
  void update_profile_stores_the_successor_in_the_config_file_before_the_old_key_goes()
      throws Exception {
    MasumiFixtures.stubLookup(wm, List.of(MasumiFixtures.key(ADMIN)));
    stubDelete(ADMIN, 200);
    Path tokenFile = home.resolve("t");
    Files.writeString(tokenFile, MasumiFixtures.TOKEN + "\n");
    cli.env("KEYADM_TOKEN", "");
    Result add =
        cli.run(
            "profile",
            "add",
            "prod",
            "--provider",
            "masumi",
            "--url",
            url(),
            "--token-file",
            tokenFile.toString());
    assertThat(add.exitCode()).as(add.toString()).isZero();

    Result r =
        cli.run(
            "-p",
            "prod",
            "--retries",
            "0",
            "key",
            "rotate",
            ADMIN,
            "--yes",
            "--update-profile",
            "-o",
            "json");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(Files.readString(cli.configFile()))
        .contains(SECRET)
        .doesNotContain(MasumiFixtures.TOKEN);
    assertThat(requests()).endsWith("DELETE /api/v1/api-key {\"id\":\"" + ADMIN + "\"}");
  }

  @Test
  void update_profile_with_a_token_from_the_environment_says_what_to_update() {
    Result r = keyadm("key", "rotate", OLD, "--yes", "--update-profile");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr()).contains("--update-profile needs a profile of the config file");
    assertThat(requests()).isEmpty();
  }
}
