package io.keyadm.nft;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.keyadm.testing.ApiServer.json;
import static io.keyadm.testing.Fixtures.fixture;
import static io.keyadm.testing.Fixtures.tree;
import static io.keyadm.testing.JsonTrees.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyadm.CliRunner.Result;
import io.keyadm.testing.Api;
import io.keyadm.testing.ApiTest;
import io.keyadm.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NftTest extends ApiTest {

  static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.nft-user-token.sig0123";
  static final String KEYS = fixture("nft", "keys.json");
  static final String SECRET_1 = tree("nft", "keys.json").get(0).get("apiKey").asText();
  static final String SECRET_2 = tree("nft", "keys.json").get(1).get("apiKey").asText();
  static final String NEW_SECRET = tree("nft", "key-created.json").get("apiKey").asText();

  NftTest() {
    super(Api.NFT);
  }

  @BeforeEach
  void giveTheToken() {
    cli.env("KEYADM_TOKEN", TOKEN);
  }

  @Test
  void key_list_table_masks_the_secrets_and_derives_expiry_with_the_clock() {
    wm.stubFor(get(urlEqualTo("/api/v1/api-keys/my")).willReturn(json(200, KEYS)));

    Result r = keyadm("key", "list");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.stdout())
        .isEqualTo(
            """
        ID                        SCOPES       ORG                       CREATED BY                STATUS   CREATED                   EXPIRES
        67aaf3d7ac6656e91a4a9845  read         674ecdcc923de3913822c5fe  67a98689bc4810c0e57b07d7  active   2025-02-11T06:53:11.624Z  2027-03-08T00:00:00Z
        673433b805edbee750b37795  read,create  674ecdcc923de3913822c5fe  67a98689bc4810c0e57b07d7  expired  2024-11-13T05:06:00.217Z  2026-03-08T00:00:00Z
        """);
    wm.verify(
        getRequestedFor(urlEqualTo("/api/v1/api-keys/my"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
  }

  @Test
  void key_list_json_masks_key_and_api_key_unless_show_secrets() throws Exception {
    wm.stubFor(get(urlEqualTo("/api/v1/api-keys/my")).willReturn(json(200, KEYS)));

    Result masked = keyadm("key", "list", "-o", "json");
    Result shown = keyadm("key", "list", "-o", "json", "--show-secrets");

    assertThat(masked.stdout()).doesNotContain(SECRET_1).doesNotContain(SECRET_2);
    JsonNode k = parse(masked.stdout()).get(0);
    assertThat(k.get("raw").get("apiKey").asText()).isEqualTo("nftk…cdef");
    assertThat(k.get("scopes").toString()).isEqualTo("[\"read\"]");
    assertThat(k.get("kind").asText()).isEqualTo("api-key");
    assertThat(shown.stdout()).contains(SECRET_1);
  }

  @Test
  void key_list_for_a_user_and_a_wrapped_array() {
    wm.stubFor(
        get(urlEqualTo("/api/v1/api-keys/user/67a98689bc4810c0e57b07d7"))
            .willReturn(
                json(
                    200,
                    "{\"status\":\"success\",\"data\":"
                        + KEYS
                        + ",\"pagination\":{\"page\":1,\"total\":2}}")));

    Result r = keyadm("key", "list", "--user", "67a98689bc4810c0e57b07d7", "-o", "id");

    assertThat(r.stdout()).isEqualTo("67aaf3d7ac6656e91a4a9845\n673433b805edbee750b37795\n");
  }

  @Test
  void the_configured_header_and_scheme_are_honoured() {
    wm.stubFor(get(urlEqualTo("/api/v1/api-keys/my")).willReturn(json(200, "[]")));
    cli.run(
        "profile",
        "add",
        "bare",
        "--provider",
        "nft",
        "--url",
        url(),
        "--token-env",
        "KEYADM_TOKEN",
        "--auth-header",
        "token",
        "--auth-scheme",
        "");
    cli.run(
        "profile",
        "add",
        "apikey",
        "--provider",
        "nft",
        "--url",
        url(),
        "--token-env",
        "KEYADM_TOKEN",
        "--auth-header",
        "api-key",
        "--auth-scheme",
        "Token");

    assertThat(cli.run("-p", "bare", "key", "list").exitCode()).isZero();
    assertThat(cli.run("-p", "apikey", "key", "list").exitCode()).isZero();

    wm.verify(
        getRequestedFor(urlEqualTo("/api/v1/api-keys/my"))
            .withHeader("token", equalTo(TOKEN))
            .withHeader("Authorization", absent()));
    wm.verify(
        getRequestedFor(urlEqualTo("/api/v1/api-keys/my"))
            .withHeader("api-key", equalTo("Token " + TOKEN)));
  }

  @Test
  void key_get_shows_one_key_and_404_exits_4() {
    wm.stubFor(
        get(urlEqualTo("/api/v1/api-keys/67aaf3d7ac6656e91a4a9845"))
            .willReturn(json(200, tree("nft", "keys.json").get(0))));
    wm.stubFor(
        get(urlEqualTo("/api/v1/api-keys/67aaf3d7ac6656e91a4a9999"))
            .willReturn(json(404, "{\"status\":\"fail\",\"message\":\"Api key not found\"}")));

    Result found = keyadm("key", "get", "67aaf3d7ac6656e91a4a9845");
    Result missing = keyadm("key", "get", "67aaf3d7ac6656e91a4a9999");

    assertThat(found.stdout()).contains("scopes:      read").doesNotContain(SECRET_1);
    assertThat(missing.exitCode()).isEqualTo(4);
    assertThat(missing.stderr()).contains("no key with id 67aaf3d7ac6656e91a4a9999");
  }

  @Test
  void key_create_sends_expiresAT_and_prints_the_secret_once() {
    wm.stubFor(
        post(urlEqualTo("/api/v1/api-keys"))
            .willReturn(json(200, fixture("nft", "key-created.json"))));

    Result r = keyadm("key", "create", "--expires-in", "30d");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    wm.verify(
        postRequestedFor(urlEqualTo("/api/v1/api-keys"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withRequestBody(equalToJson("{\"expiresAT\":\"2026-12-22T12:00:00Z\"}")));
    assertThat(r.stdout().split(NEW_SECRET, -1)).hasSize(2);
    assertThat(r.stdout()).containsPattern("(?m)^secret:\\s+" + NEW_SECRET + "$");
    assertThat(r.stderr()).isEqualTo("Store the secret now: it cannot be shown again.\n");
  }

  @Test
  void key_create_warns_when_the_server_ignored_the_expiry() {
    wm.stubFor(post(urlEqualTo("/api/v1/api-keys")).willReturn(json(200, createdWithoutExpiry())));

    Result r = keyadm("key", "create", "--expires-at", "2027-01-01T00:00:00Z", "-o", "json");

    assertThat(r.exitCode()).isZero();
    wm.verify(
        postRequestedFor(urlEqualTo("/api/v1/api-keys"))
            .withRequestBody(equalToJson("{\"expiresAT\":\"2027-01-01T00:00:00Z\"}")));
    assertThat(r.stderr())
        .contains(
            "keyadm: warning: asked for expiry 2027-01-01T00:00:00Z but the server stored none");
  }

  @Test
  void key_create_without_expiry_sends_an_empty_object() {
    wm.stubFor(post(urlEqualTo("/api/v1/api-keys")).willReturn(json(200, createdWithoutExpiry())));

    keyadm("key", "create", "-o", "json");

    wm.verify(postRequestedFor(urlEqualTo("/api/v1/api-keys")).withRequestBody(equalToJson("{}")));
  }

  @Test
  void bad_expiry_input_exits_2_before_any_request() {
    assertThat(keyadm("key", "create", "--expires-in", "soon").stderr())
        .contains("invalid value for --expires-in");
    assertThat(keyadm("key", "create", "--expires-at", "tomorrow").stderr())
        .contains("invalid value for --expires-at");
    assertThat(keyadm("key", "create", "--expires-at", "2020-01-01T00:00:00Z").stderr())
        .contains("is not in the future");
    assertThat(
            keyadm("key", "create", "--expires-at", "2027-01-01T00:00:00Z", "--expires-in", "1d")
                .stderr())
        .contains("conflict");
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void key_revoke_deletes_by_path() {
    wm.stubFor(
        delete(urlEqualTo("/api/v1/api-keys/67aaf3d7ac6656e91a4a9845"))
            .willReturn(json(200, fixture("nft", "key-deleted.json"))));

    Result r = keyadm("key", "revoke", "67aaf3d7ac6656e91a4a9845", "--yes");

    assertThat(r.exitCode()).isZero();
    assertThat(r.stdout()).contains("67aaf3d7ac6656e91a4a9845").contains("revoked");
    wm.verify(
        deleteRequestedFor(urlEqualTo("/api/v1/api-keys/67aaf3d7ac6656e91a4a9845"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
  }

  @Test
  void key_create_rejected_by_the_server_exits_5_with_its_message() {
    wm.stubFor(
        post(urlEqualTo("/api/v1/api-keys"))
            .willReturn(
                json(
                    400, "{\"status\":\"fail\",\"message\":\"expiresAT must be in the future\"}")));

    Result r = keyadm("key", "create", "--expires-in", "1s");

    assertThat(r.exitCode()).isEqualTo(5);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.stderr())
        .isEqualTo(
            "keyadm: key create on 127.0.0.1:"
                + wm.getPort()
                + ": expiresAT must be in the future (HTTP 400)\n");
  }

  @Test
  void key_revoke_of_an_unknown_key_exits_4() {
    wm.stubFor(
        delete(urlEqualTo("/api/v1/api-keys/67aaf3d7ac6656e91a4a9999"))
            .willReturn(json(404, "{\"status\":\"fail\",\"message\":\"Api key not found\"}")));

    Result r = keyadm("key", "revoke", "67aaf3d7ac6656e91a4a9999", "--yes");

    assertThat(r.exitCode()).isEqualTo(4);
    assertThat(r.stderr()).endsWith(": no key with id 67aaf3d7ac6656e91a4a9999\n");
  }

  @Test
  void status_counts_the_keys_and_names_the_nearest_expiry() throws Exception {
    wm.stubFor(get(urlEqualTo("/api/v1/api-keys/my")).willReturn(json(200, KEYS)));

    Result r = keyadm("status");
    Result json = keyadm("status", "-o", "json");

    assertThat(r.stdout())
        .isEqualTo(
            """
        status:          valid
        keys:            2
        active:          1
        expired:         1
        nearest expiry:  2027-03-08T00:00:00Z
        """);
    assertThat(parse(json.stdout()).get("nearestExpiry").asText())
        .isEqualTo("2027-03-08T00:00:00Z");
  }

  @Test
  void status_gives_different_hints_for_401_and_403() {
    wm.stubFor(
        get(urlEqualTo("/api/v1/api-keys/my"))
            .willReturn(json(401, "{\"status\":\"fail\",\"message\":\"Invalid token\"}")));
    Result unauthorized = keyadm("status");
    wm.stubFor(
        get(urlEqualTo("/api/v1/api-keys/my"))
            .willReturn(json(403, "{\"status\":\"error\",\"error\":{\"message\":\"Forbidden\"}}")));
    Result forbidden = keyadm("status");

    assertThat(unauthorized.exitCode()).isEqualTo(3);
    assertThat(unauthorized.stderr())
        .contains("Invalid token (HTTP 401); the token is missing, invalid or expired");
    assertThat(forbidden.exitCode()).isEqualTo(3);
    assertThat(forbidden.stderr())
        .contains("Forbidden (HTTP 403); the token is valid but its role lacks");
  }

  @Test
  void error_bodies_of_any_shape_give_one_line() {
    wm.stubFor(
        get(urlEqualTo("/api/v1/api-keys/my"))
            .willReturn(
                aResponse().withStatus(400).withBody("<html><body>Bad Request</body></html>")));
    Result html = keyadm("key", "list");
    wm.stubFor(
        get(urlEqualTo("/api/v1/api-keys/my"))
            .willReturn(json(400, "{\"errors\":[{\"msg\":\"userId is invalid\"}]}")));
    Result validator = keyadm("key", "list");

    assertThat(html.exitCode()).isEqualTo(5);
    assertThat(html.stderr().lines()).hasSize(1);
    assertThat(html.stderr()).endsWith(": Bad Request (HTTP 400)\n");
    assertThat(validator.stderr()).endsWith(": userId is invalid (HTTP 400)\n");
  }

  @Test
  void commands_nft_does_not_have_exit_2_naming_who_has_them() {
    assertThat(keyadm("key", "patch", "67aaf3d7ac6656e91a4a9845", "--limited").stderr())
        .contains("(available for: masumi)");
    assertThat(keyadm("rpc-keys", "list").stderr()).contains("(available for: masumi)");
    Result tenant = keyadm("tenant", "show");
    assertThat(tenant.exitCode()).isEqualTo(2);
    assertThat(tenant.stderr())
        .contains("'tenant' is not available for provider nft (available for: pers)");
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void debug_shows_neither_the_token_nor_the_key_secrets() {
    wm.stubFor(get(urlEqualTo("/api/v1/api-keys/my")).willReturn(json(200, KEYS)));

    Result r = keyadm("--debug", "key", "list");

    assertThat(r.stderr())
        .contains("> Authorization: ██")
        .doesNotContain(TOKEN)
        .doesNotContain(SECRET_1)
        .doesNotContain(SECRET_2);
  }

  /** A created key as the platform stores it when it ignored the expiry asked for. */
  private static JsonNode createdWithoutExpiry() {
    return Fixtures.object("nft", "key-created.json").without("expiresAt");
  }
}
