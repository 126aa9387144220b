package io.keyadm.pers;

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
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.keyadm.testing.ApiServer.json;
import static io.keyadm.testing.Fixtures.fixture;
import static io.keyadm.testing.Fixtures.tree;
import static io.keyadm.testing.JsonTrees.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.CliRunner.Result;
import io.keyadm.sandbox.SandboxJwts;
import io.keyadm.testing.Api;
import io.keyadm.testing.ApiTest;
import io.keyadm.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PersTest extends ApiTest {

  static final String PROJECT_KEY =
      "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90";
  static final String BUSINESS_KEY = "biz-key-0123456789abcdef";

  /** Valid until 2026-11-22T12:10:00Z; the test clock is 12:00. */
  static final String JWT =
      SandboxJwts.jwt(
          "{\"sub\":\"admin-7\",\"tenantId\":\"tenant-42\",\"type\":\"TENANT_ADMIN_JWT\",\"iat\":1795348800,\"exp\":1795349400}");

  static final String EXPIRED_JWT =
      SandboxJwts.jwt("{\"sub\":\"admin-7\",\"tenantId\":\"tenant-42\",\"exp\":1795340000}");

  static final String KEYS = fixture("pers", "keys.json");
  static final String KEY_CREATED = fixture("pers", "key-created.json");
  static final String PRIVATE_KEY = tree("pers", "key-created.json").get("privateKey").asText();
  static final String KEY_ID = tree("pers", "key-revoked.json").get("apiKey").get("id").asText();
  static final String TENANT_JWT = tree("pers", "tenant-created.json").get("jwt").asText();
  static final String TENANT_API_KEY =
      tree("pers", "tenant-created.json").get("apiPrivateKey").asText();
  static final String TENANT_PROJECT_KEY =
      tree("pers", "tenant-created.json").get("projectApiKey").asText();

  PersTest() {
    super(Api.PERS);
  }

  @BeforeEach
  void giveTheCredentials() {
    cli.env("KEYADM_TOKEN", JWT).env("KEYADM_PROJECT_KEY", PROJECT_KEY);
  }

  /** A tenant as POST /tenants answers it, with both one-time secrets. */
  static ObjectNode tenantCreated() {
    return Fixtures.object("pers", "tenant-created.json");
  }

  @Test
  void key_list_table_derives_status_from_revocation_expiry_and_the_clock() {
    wm.stubFor(get(urlPathEqualTo("/v2/api-keys")).willReturn(json(200, KEYS)));

    Result r = keyadm("key", "list", "--include-revoked");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.stdout())
        .isEqualTo(
            """
        ID                                    NAME         TYPE               STATUS   CREATED               EXPIRES               LAST USED             PREVIEW
        f47ac10b-58cc-4372-a567-0e02b2c3d479  Integration  TENANT_SYSTEM_JWT  active   2025-11-22T10:30:00Z  2027-11-22T10:30:00Z  2026-11-20T14:30:00Z  eyJhbGci...xMjM
        9b2d7f1e-0000-4000-8000-000000000002               TENANT_SYSTEM_JWT  expired  2025-01-01T00:00:00Z  2026-01-01T00:00:00Z  -                     eyJhbGci...AAA2
        9b2d7f1e-0000-4000-8000-000000000003  Old          TENANT_SYSTEM_JWT  revoked  2025-01-01T00:00:00Z  -                     -                     eyJhbGci...AAA3
        """);
  }

  @Test
  void key_list_sends_bearer_project_key_business_key_and_the_filters() {
    wm.stubFor(get(urlPathEqualTo("/v2/api-keys")).willReturn(json(200, "[]")));

    keyadm("key", "list", "--type", "TENANT_SYSTEM_JWT");
    cli.env("KEYADM_BUSINESS_KEY", BUSINESS_KEY);
    keyadm("key", "list", "--include-revoked");

    var requests = wm.findAll(getRequestedFor(urlPathEqualTo("/v2/api-keys")));
    assertThat(requests.get(0).getHeader("Authorization")).isEqualTo("Bearer " + JWT);
    assertThat(requests.get(0).getHeader("x-project-key")).isEqualTo(PROJECT_KEY);
    assertThat(requests.get(0).containsHeader("x-api-key")).isFalse();
    assertThat(requests.get(0).queryParameter("type").firstValue()).isEqualTo("TENANT_SYSTEM_JWT");
    assertThat(requests.get(0).queryParameter("includeRevoked").isPresent()).isFalse();
    assertThat(requests.get(1).getHeader("x-api-key")).isEqualTo(BUSINESS_KEY);
    assertThat(requests.get(1).queryParameter("includeRevoked").firstValue()).isEqualTo("true");
    assertThat(requests.get(1).queryParameter("page").isPresent()).isFalse();
  }

  @Test
  void key_list_accepts_an_object_wrapping_the_array_and_prints_the_json_model() throws Exception {
    wm.stubFor(
        get(urlPathEqualTo("/v2/api-keys"))
            .willReturn(json(200, "{\"data\":" + KEYS + ",\"page\":1,\"total\":3}")));

    Result r = keyadm("key", "list", "-o", "json");

    JsonNode arr = parse(r.stdout());
    assertThat(arr).hasSize(3);
    assertThat(arr.get(0).get("name").asText()).isEqualTo("Integration");
    assertThat(arr.get(0).get("kind").asText()).isEqualTo("TENANT_SYSTEM_JWT");
    assertThat(arr.get(0).get("createdAt").asText()).isEqualTo("2025-11-22T10:30:00Z");
    assertThat(arr.get(0).get("lastUsedAt").asText()).isEqualTo("2026-11-20T14:30:00Z");
    assertThat(arr.get(1).get("status").asText()).isEqualTo("expired");
    assertThat(arr.get(2).get("expiresAt").isNull()).isTrue();
    assertThat(arr.get(0).get("credits").isArray()).isTrue();
  }

  @Test
  void key_get_finds_the_key_in_the_list_including_revoked_ones() {
    wm.stubFor(get(urlPathEqualTo("/v2/api-keys")).willReturn(json(200, KEYS)));

    Result found = keyadm("key", "get", "9b2d7f1e-0000-4000-8000-000000000003");
    Result absent = keyadm("key", "get", "00000000-0000-4000-8000-000000000000");

    assertThat(found.stdout()).contains("status:     revoked");
    wm.verify(
        getRequestedFor(urlPathEqualTo("/v2/api-keys"))
            .withQueryParam("includeRevoked", equalTo("true")));
    assertThat(absent.exitCode()).isEqualTo(4);
    assertThat(absent.stderr()).contains("no key with id 00000000-0000-4000-8000-000000000000");
  }

  @Test
  void key_create_sends_the_name_and_shows_the_private_key_once() {
    wm.stubFor(post(urlEqualTo("/v2/api-keys")).willReturn(json(201, KEY_CREATED)));

    Result r = keyadm("key", "create", "--name", "ci");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    wm.verify(
        postRequestedFor(urlEqualTo("/v2/api-keys"))
            .withHeader("Authorization", equalTo("Bearer " + JWT))
            .withHeader("x-project-key", equalTo(PROJECT_KEY))
            .withRequestBody(equalToJson("{\"name\":\"ci\"}")));
    assertThat(r.stdout().split(Pattern.quote(PRIVATE_KEY), -1)).hasSize(2);
    assertThat(r.stdout()).contains("secret:     " + PRIVATE_KEY);
    assertThat(r.stderr()).contains("Store the secret now");
  }

  @Test
  void key_create_json_carries_the_secret_once_and_raw_masked() throws Exception {
    wm.stubFor(post(urlEqualTo("/v2/api-keys")).willReturn(json(201, KEY_CREATED)));

    Result r = keyadm("key", "create", "--name", "ci", "-o", "json");

    JsonNode n = parse(r.stdout());
    assertThat(n.get("secret").asText()).isEqualTo(PRIVATE_KEY);
    assertThat(n.get("raw").get("privateKey").asText()).isEqualTo("eyJh…Pcm8");
  }

  @Test
  void key_create_without_a_name_is_a_usage_error_before_any_request() {
    Result r = keyadm("key", "create");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr()).contains("missing --name");
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void key_revoke_deletes_by_path_and_confirms_with_is_revoked() throws Exception {
    wm.stubFor(
        delete(urlEqualTo("/v2/api-keys/" + KEY_ID))
            .willReturn(json(200, fixture("pers", "key-revoked.json"))));

    Result r = keyadm("key", "revoke", KEY_ID, "--yes", "-o", "json");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(parse(r.stdout()).get(0).get("outcome").asText()).isEqualTo("revoked");
    wm.verify(
        deleteRequestedFor(urlEqualTo("/v2/api-keys/" + KEY_ID))
            .withHeader("Authorization", equalTo("Bearer " + JWT)));
  }

  @Test
  void rfc7807_errors_become_one_line_with_the_correlation_id() {
    wm.stubFor(
        delete(urlEqualTo("/v2/api-keys/k-9"))
            .willReturn(
                json(
                    404,
                    """
        {"status":404,"title":"Resource Not Found","detail":"API key k-9 not found","message":"API key k-9 not found","code":"API_KEY_NOT_FOUND",
         "category":"DOMAIN_RULE","timestamp":"2026-11-22T12:00:00Z","correlationId":"req-abc-123","retryable":false}""")));

    Result r = keyadm("key", "revoke", "k-9", "--yes");

    assertThat(r.exitCode()).isEqualTo(4);
    assertThat(r.stderr())
        .isEqualTo(
            "keyadm: key revoke on 127.0.0.1:"
                + wm.getPort()
                + ": API key k-9 not found (API_KEY_NOT_FOUND) (HTTP 404) [req-abc-123]\n");
  }

  @Test
  void nestjs_errors_with_a_message_list_and_422_exits_5() {
    wm.stubFor(
        post(urlEqualTo("/v2/api-keys"))
            .willReturn(
                json(
                    422,
                    """
        {"statusCode":422,"message":["name must be shorter than or equal to 64 characters","name must be a string"],"error":"Unprocessable Entity"}""")));

    Result r = keyadm("key", "create", "--name", "x".repeat(80));

    assertThat(r.exitCode()).isEqualTo(5);
    assertThat(r.stderr())
        .endsWith(
            ": name must be shorter than or equal to 64 characters; name must be a string (HTTP 422)\n");
  }

  @Test
  void a_401_says_admin_tokens_last_15_minutes() {
    wm.stubFor(
        get(urlPathEqualTo("/v2/api-keys"))
            .willReturn(
                json(
                    401,
                    "{\"statusCode\":401,\"message\":\"Unauthorized\",\"error\":\"Unauthorized\"}")));

    Result r = keyadm("key", "list");

    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.stderr())
        .contains("Unauthorized (HTTP 401)")
        .contains("admin access tokens last 15 minutes")
        .contains("credential from environment variable KEYADM_TOKEN");
  }

  @Test
  void status_decodes_the_jwt_and_checks_it_with_one_call() {
    wm.stubFor(get(urlPathEqualTo("/v2/api-keys")).willReturn(json(200, KEYS)));

    Result r = keyadm("status");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.stdout())
        .isEqualTo(
            """
        subject:     admin-7
        tenant:      tenant-42
        type:        TENANT_ADMIN_JWT
        issued:      2026-11-22T12:00:00Z
        expires:     2026-11-22T12:10:00Z
        expires in:  10m
        credential:  environment variable KEYADM_TOKEN
        status:      valid
        api keys:    3
        """);
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
  }

  @Test
  void status_of_an_expired_jwt_exits_3_with_the_hint_and_sends_nothing() {
    cli.env("KEYADM_TOKEN", EXPIRED_JWT);

    Result r = keyadm("status");

    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.stdout()).contains("status:      expired");
    assertThat(r.stderr())
        .contains("the admin JWT expired at 2026-11-22T09:33:20Z")
        .contains("15 minutes");
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void status_json_has_the_claims() throws Exception {
    wm.stubFor(get(urlPathEqualTo("/v2/api-keys")).willReturn(json(200, "[]")));

    JsonNode n = parse(keyadm("status", "-o", "json").stdout());

    assertThat(n.get("subject").asText()).isEqualTo("admin-7");
    assertThat(n.get("raw").get("claims").get("tenantId").asText()).isEqualTo("tenant-42");
  }

  @Test
  void tenant_create_delivers_the_one_time_secrets_in_a_table() {
    cli.env("KEYADM_BUSINESS_KEY", BUSINESS_KEY);
    wm.stubFor(post(urlEqualTo("/v2/tenants")).willReturn(json(201, tenantCreated())));

    Result r = keyadm("tenant", "create", "--name", "Acme Rewards");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    wm.verify(
        postRequestedFor(urlEqualTo("/v2/tenants"))
            .withHeader("x-project-key", equalTo(PROJECT_KEY))
            .withHeader("x-api-key", equalTo(BUSINESS_KEY))
            .withRequestBody(equalToJson("{\"projectName\":\"Acme Rewards\"}")));
    assertThat(r.stdout())
        .containsPattern("(?m)^jwt:\\s+" + TENANT_JWT + "$")
        .containsPattern("(?m)^apiPrivateKey:\\s+" + TENANT_API_KEY + "$");
    assertThat(r.stdout().split(TENANT_JWT, -1)).hasSize(2);
    assertThat(r.stderr()).isEqualTo("Store the secrets now: they cannot be shown again.\n");
  }

  @Test
  void tenant_create_json_puts_the_secrets_in_a_secrets_object_once() throws Exception {
    wm.stubFor(post(urlEqualTo("/v2/tenants")).willReturn(json(201, tenantCreated())));

    Result r = keyadm("tenant", "create", "--name", "Acme Rewards", "-o", "json");

    JsonNode n = parse(r.stdout());
    assertThat(n.get("secrets").get("jwt").asText()).isEqualTo(TENANT_JWT);
    assertThat(n.get("secrets").get("apiPrivateKey").asText()).isEqualTo(TENANT_API_KEY);
    assertThat(n.get("jwt").asText()).isNotEqualTo(TENANT_JWT).contains("…");
    assertThat(r.stdout().split(TENANT_JWT, -1)).hasSize(2);
  }

  @Test
  void tenant_create_save_secret_writes_json_0600_and_keeps_stdout_clean_and_save_profile_works()
      throws Exception {
    wm.stubFor(post(urlEqualTo("/v2/tenants")).willReturn(json(201, tenantCreated())));
    Path file = home.resolve("tenant-secrets.json");

    Result r =
        keyadm(
            "tenant",
            "create",
            "--name",
            "Acme Rewards",
            "--save-secret",
            file.toString(),
            "--save-profile",
            "acme");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.stdout()).doesNotContain(TENANT_JWT).doesNotContain(TENANT_API_KEY);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    JsonNode saved = parse(Files.readString(file));
    assertThat(saved.get("jwt").asText()).isEqualTo(TENANT_JWT);
    assertThat(saved.get("apiPrivateKey").asText()).isEqualTo(TENANT_API_KEY);
    String config = Files.readString(cli.configFile());
    assertThat(config)
        .contains("acme:")
        .contains("provider: pers")
        .contains("token: " + TENANT_JWT)
        .contains("project-key: " + TENANT_PROJECT_KEY);
  }

  @Test
  void tenant_create_without_the_jwt_in_the_answer_fails_loudly() {
    wm.stubFor(
        post(urlEqualTo("/v2/tenants")).willReturn(json(201, fixture("pers", "tenant.json"))));

    Result r = keyadm("tenant", "create", "--name", "Acme Rewards");

    assertThat(r.exitCode()).isEqualTo(6);
    assertThat(r.stderr()).contains("without the new jwt (tenant tenant-new)");
  }

  @Test
  void tenant_update_sends_only_the_fields_given_with_secrets_from_files() throws Exception {
    wm.stubFor(
        put(urlEqualTo("/v2/tenants"))
            .willReturn(
                json(
                    200,
                    Fixtures.object("pers", "tenant.json")
                        .put("stripeApiKey", "sk_live_0123456789abcdef"))));
    Path stripe = home.resolve("stripe");
    Files.writeString(stripe, "sk_live_0123456789abcdef\n");

    Result r =
        keyadm(
            "tenant",
            "update",
            "--description",
            "Loyalty",
            "--allow-jwt-for-unauthenticated-users",
            "true",
            "--stripe-api-key-file",
            stripe.toString());

    assertThat(r.exitCode()).as(r.toString()).isZero();
    wm.verify(
        putRequestedFor(urlEqualTo("/v2/tenants"))
            .withHeader("Authorization", equalTo("Bearer " + JWT))
            .withRequestBody(
                equalToJson(
                    """
        {"projectDescription":"Loyalty","allowJWTForUnauthenticatedUsers":true,"stripeApiKey":"sk_live_0123456789abcdef"}""")));
    assertThat(r.stdout()).contains("stripeApiKey:").doesNotContain("sk_live_0123456789abcdef");
    assertThat(keyadm("tenant", "update").exitCode()).isEqualTo(2);
    assertThat(
            keyadm("tenant", "update", "--allow-jwt-for-unauthenticated-users", "maybe").exitCode())
        .isEqualTo(2);
  }

  @Test
  void tenant_show_client_config_and_login_token_use_the_project_key() throws Exception {
    wm.stubFor(
        get(urlEqualTo("/v2/tenants/public"))
            .willReturn(json(200, fixture("pers", "tenant-public.json"))));
    wm.stubFor(
        get(urlEqualTo("/v2/tenants/client-config"))
            .willReturn(json(200, fixture("pers", "tenant-client-config.json"))));
    wm.stubFor(
        get(urlEqualTo("/v2/tenants/login-token"))
            .willReturn(json(200, fixture("pers", "login-token.json"))));

    Result show = keyadm("tenant", "show");
    Result config = keyadm("tenant", "client-config", "-o", "json");
    Result login = keyadm("tenant", "login-token", "-o", "id");

    assertThat(show.stdout())
        .isEqualTo(
            "projectName:  Acme\nacronym:      A\nid:           t1\ncreatedAt:    2026-01-01T00:00:00Z\n");
    assertThat(parse(config.stdout()).get("clientIpLocation").get("country_code").asText())
        .isEqualTo("DE");
    assertThat(login.stdout()).isEqualTo("login-token-value-123\n");
    wm.verify(
        getRequestedFor(urlEqualTo("/v2/tenants/public"))
            .withHeader("x-project-key", equalTo(PROJECT_KEY)));
  }

  @Test
  void tenant_api_key_and_jwt_create_send_their_bodies_and_deliver_once() throws Exception {
    wm.stubFor(
        post(urlEqualTo("/v2/tenants/api-keys"))
            .willReturn(json(201, tenantCreated().without("jwt"))));
    wm.stubFor(
        post(urlEqualTo("/v2/tenants/jwt-tokens"))
            .willReturn(json(201, tenantCreated().without("apiPrivateKey"))));

    Result key = keyadm("tenant", "api-key", "create", "--name", "backend", "-o", "json");
    Result jwt = keyadm("tenant", "jwt", "create", "--testnet");

    wm.verify(
        postRequestedFor(urlEqualTo("/v2/tenants/api-keys"))
            .withRequestBody(equalToJson("{\"keyName\":\"backend\"}")));
    wm.verify(
        postRequestedFor(urlEqualTo("/v2/tenants/jwt-tokens"))
            .withRequestBody(equalToJson("{\"isTestnet\":true}")));
    assertThat(parse(key.stdout()).get("secrets").get("apiPrivateKey").asText())
        .isEqualTo(TENANT_API_KEY);
    assertThat(jwt.stdout()).containsPattern("(?m)^jwt:\\s+" + TENANT_JWT + "$");
  }

  @Test
  void commands_pers_does_not_have_exit_2_naming_who_has_them() {
    Result patch = keyadm("key", "patch", "k-1", "--limited");
    Result rpc = keyadm("rpc-keys", "list");

    assertThat(patch.exitCode()).isEqualTo(2);
    assertThat(patch.stderr())
        .contains("'key patch' is not available for provider pers (available for: masumi)");
    assertThat(rpc.exitCode()).isEqualTo(2);
    assertThat(rpc.stderr())
        .contains("'rpc-keys list' is not available for provider pers (available for: masumi)");
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void debug_shows_no_jwt_project_key_business_key_or_one_time_secret() {
    cli.env("KEYADM_BUSINESS_KEY", BUSINESS_KEY);
    wm.stubFor(post(urlEqualTo("/v2/tenants")).willReturn(json(201, tenantCreated())));

    Result r = keyadm("--debug", "tenant", "create", "--name", "Acme Rewards", "-o", "json");

    assertThat(r.stderr())
        .contains("> POST")
        .contains("< 201")
        .doesNotContain(JWT)
        .doesNotContain(PROJECT_KEY)
        .doesNotContain(BUSINESS_KEY)
        .doesNotContain(TENANT_JWT)
        .doesNotContain(TENANT_API_KEY);
    wm.verify(
        postRequestedFor(urlEqualTo("/v2/tenants"))
            .withHeader("Authorization", equalTo("Bearer " + JWT)));
    wm.verify(0, getRequestedFor(anyUrl()).withHeader("x-api-key", absent()));
  }
}
