package io.keyadm.masumi;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.keyadm.masumi.MasumiFixtures.error;
import static io.keyadm.masumi.MasumiFixtures.success;
import static io.keyadm.testing.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.CliRunner;
import io.keyadm.CliRunner.Result;
import io.keyadm.testing.JsonTrees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MasumiKeyCreateTest extends MasumiTestBase {

  static final String SECRET = "masumi-payment-q1w2e3r4t5y6u7i8o9p0a1s2";

  private void stubCreated(boolean admin) {
    ObjectNode key = MasumiFixtures.key("cmnew0000000000000000001");
    key.put("token", SECRET);
    if (admin)
      key.put("canAdmin", true)
          .put("canPay", true)
          .put("usageLimited", false)
          .put("permission", "Admin");
    wm.stubFor(post(urlEqualTo("/api/v1/api-key")).willReturn(json(success(key))));
  }

  @Test
  void sends_the_types_the_server_demands() {
    stubCreated(false);

    Result r =
        keyadm(
            "key",
            "create",
            "--permission",
            "pay",
            "--credit",
            "lovelace=5000000",
            "--credit",
            "c48cbb3d5e57ed56e276bc45f99ab39abe94e6cd7ac39fb402da47ad0014df105553444d=12",
            "--network",
            "preprod",
            "--chain-id",
            "eip155:1",
            "--wallet-scope",
            "cmwallet0001");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    wm.verify(
        postRequestedFor(urlEqualTo("/api/v1/api-key"))
            .withHeader("token", equalTo(MasumiFixtures.TOKEN))
            .withHeader("Content-Type", equalToIgnoreCase("application/json; charset=utf-8"))
            .withRequestBody(
                equalToJson(
                    """
            {"UsageCredits":[{"unit":"","amount":"5000000"},
                             {"unit":"c48cbb3d5e57ed56e276bc45f99ab39abe94e6cd7ac39fb402da47ad0014df105553444d","amount":"12"}],
             "usageLimited":"true","canRead":true,"canPay":true,"canAdmin":false,
             "NetworkLimit":["Preprod"],"ChainIdLimit":["eip155:1"],
             "walletScopeEnabled":"true","WalletScopeHotWalletIds":["cmwallet0001"]}""",
                    false,
                    false)));
  }

  @Test
  void an_admin_key_is_made_unlimited_without_being_asked() {
    stubCreated(true);

    keyadm("key", "create", "--permission", "admin");

    wm.verify(
        postRequestedFor(urlEqualTo("/api/v1/api-key"))
            .withRequestBody(
                equalToJson(
                    """
        {"UsageCredits":[],"usageLimited":"false","canRead":true,"canPay":true,"canAdmin":true}""",
                    false,
                    false)));
  }

  @Test
  void the_default_is_a_read_key_with_no_credits() {
    stubCreated(false);

    keyadm("key", "create");

    wm.verify(
        postRequestedFor(urlEqualTo("/api/v1/api-key"))
            .withRequestBody(
                equalToJson(
                    """
        {"UsageCredits":[],"usageLimited":"true","canRead":true,"canPay":false,"canAdmin":false}""",
                    false,
                    false)));
  }

  @Test
  void table_output_shows_the_secret_once_with_a_note_to_store_it() {
    stubCreated(false);

    Result r = keyadm("key", "create", "--unlimited");

    assertThat(r.stdout()).contains("secret:         " + SECRET + "\n");
    assertThat(r.stdout().split(SECRET, -1)).hasSize(2);
    assertThat(r.stdout())
        .contains(
            "token:          masu…SECRET_TAIL"
                .replace("SECRET_TAIL", SECRET.substring(SECRET.length() - 4)));
    assertThat(r.stderr()).isEqualTo("Store the secret now: it cannot be shown again.\n");
  }

  @Test
  void json_output_has_the_secret_field_and_a_masked_raw() throws Exception {
    stubCreated(false);

    Result r = keyadm("key", "create", "-o", "json");

    JsonNode n = JsonTrees.parse(r.stdout());
    assertThat(n.get("secret").asText()).isEqualTo(SECRET);
    assertThat(n.get("raw").get("token").asText()).isEqualTo("masu…a1s2");
    assertThat(r.stdout().split(SECRET, -1)).hasSize(2);
    assertThat(r.stderr()).isEmpty();
  }

  @Test
  void save_secret_writes_a_0600_file_and_keeps_the_secret_off_stdout() throws Exception {
    stubCreated(false);
    Path file = home.resolve("secret.txt");

    Result r = keyadm("key", "create", "--save-secret", file.toString(), "-o", "json");

    assertThat(r.exitCode()).isZero();
    assertThat(Files.readString(file)).isEqualTo(SECRET + "\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(r.stdout()).doesNotContain(SECRET);
    assertThat(JsonTrees.parse(r.stdout()).get("secret").isNull()).isTrue();
    assertThat(r.stderr()).contains("saved to " + file);
  }

  @Test
  void save_secret_refuses_an_existing_file_before_creating_anything() throws Exception {
    Path file = home.resolve("exists.txt");
    Files.writeString(file, "old");

    Result r = keyadm("key", "create", "--save-secret", file.toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr()).contains("already exists (add --force");
    assertThat(Files.readString(file)).isEqualTo("old");
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void output_id_without_save_secret_is_refused_before_creating_anything() {
    Result r = keyadm("key", "create", "-o", "id");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr()).contains("-o id prints no secret");
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void a_closed_stdout_fails_loudly_with_the_key_id_to_revoke() {
    stubCreated(false);
    CliRunner broken = cli.stdout(CliRunner.brokenPipe());

    Result r = broken.run("--provider", "masumi", "--url", url(), "key", "create");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stderr())
        .contains(
            "key cmnew0000000000000000001 was created but its secret could not be written to stdout")
        .contains("keyadm key revoke cmnew0000000000000000001")
        .doesNotContain(SECRET);
  }

  @Test
  void a_400_shows_the_server_message_and_exits_5() {
    wm.stubFor(
        post(urlEqualTo("/api/v1/api-key"))
            .willReturn(json(400, error("Admin API keys cannot have usage limits"))));

    Result r = keyadm("key", "create");

    assertThat(r.exitCode()).isEqualTo(5);
    assertThat(r.stderr())
        .isEqualTo(
            "keyadm: key create on 127.0.0.1:"
                + wm.getPort()
                + ": Admin API keys cannot have usage limits (HTTP 400)\n");
  }

  @Test
  void a_created_key_without_a_token_is_reported_with_its_id() {
    ObjectNode key = MasumiFixtures.key("cmnew0000000000000000009");
    key.remove("token");
    wm.stubFor(post(urlEqualTo("/api/v1/api-key")).willReturn(json(success(key))));

    Result r = keyadm("key", "create");

    assertThat(r.exitCode()).isEqualTo(6);
    assertThat(r.stderr())
        .contains("key cmnew0000000000000000009 was created but the server returned no token")
        .contains("keyadm key revoke cmnew0000000000000000009");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "lovelace=abc",
        "lovelace=-5",
        "lovelace=",
        "=5",
        "lovelace",
        "xyz=5",
        "lovelace=0",
        "lovelace=1.5"
      })
  void bad_credits_exit_2_naming_the_option_before_any_request(String credit) {
    Result r = keyadm("key", "create", "--credit", credit);

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr()).startsWith("keyadm: key create: invalid ").contains("--credit");
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--permission=owner",
        "--network=testnet",
        "--chain-id=cardano:mainnet",
        "--chain-id=nonsense"
      })
  void bad_enum_values_exit_2_before_any_request(String option) {
    Result r = keyadm("key", "create", option);

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr()).contains(option.substring(0, option.indexOf('=')));
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void unlimited_with_credits_conflicts() {
    Result r = keyadm("key", "create", "--unlimited", "--credit", "lovelace=5");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr()).contains("--unlimited and --credit conflict");
  }

  @Test
  void an_admin_key_with_credits_is_refused_they_could_never_be_spent() {
    Result r = keyadm("key", "create", "--permission", "admin", "--credit", "lovelace=5");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr())
        .isEqualTo(
            "keyadm: key create: --permission admin and --credit conflict: admin keys are always"
                + " unlimited\n");
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void the_same_unit_twice_in_credit_is_refused_not_summed() {
    Result r = keyadm("key", "create", "--credit", "lovelace=5", "--credit", "lovelace=7");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr())
        .isEqualTo(
            "keyadm: key create: --credit: the unit 'lovelace' is named twice; give each unit"
                + " once\n");
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void a_500_with_a_wallet_scope_names_the_likely_unknown_wallet_and_exits_5() {
    wm.stubFor(
        post(urlEqualTo("/api/v1/api-key")).willReturn(json(500, error("Internal Server Error"))));

    Result r = keyadm("key", "create", "--wallet-scope", "cmwallet0000000000000009");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(5);
    assertThat(r.stderr())
        .startsWith("keyadm: key create on 127.0.0.1:" + wm.getPort() + ": Internal Server Error")
        .contains("the likely cause is a --wallet-scope id that is not a hot wallet of this server")
        .endsWith("check with 'keyadm key list' before trying again\n");
    wm.verify(
        1,
        postRequestedFor(urlEqualTo("/api/v1/api-key"))
            .withRequestBody(
                equalToJson(
                    """
        {"walletScopeEnabled":"true","WalletScopeHotWalletIds":["cmwallet0000000000000009"]}""",
                    false,
                    true)));
  }

  @Test
  void a_500_without_a_wallet_scope_stays_a_server_failure() {
    wm.stubFor(
        post(urlEqualTo("/api/v1/api-key")).willReturn(json(500, error("Internal Server Error"))));

    Result r = keyadm("key", "create");

    assertThat(r.exitCode()).isEqualTo(6);
    assertThat(r.stderr()).doesNotContain("wallet");
  }

  @Test
  void options_of_other_providers_are_refused() {
    Result r = keyadm("key", "create", "--name", "ci");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr()).contains("--name is not supported by masumi");
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }
}
