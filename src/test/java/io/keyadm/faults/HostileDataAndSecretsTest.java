package io.keyadm.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.keyadm.testing.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.keyadm.CliRunner;
import io.keyadm.CliRunner.Result;
import io.keyadm.sandbox.SandboxJwts;
import io.keyadm.testing.Api;
import io.keyadm.testing.ApiServer;
import io.keyadm.testing.JsonTrees;
import io.keyadm.testing.Keyadm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostileDataAndSecretsTest {

  @RegisterExtension static WireMockExtension wm = ApiServer.loopback();

  static final String MASUMI_TOKEN = "masumi-payment-admin-Zq8secretTOKEN4rk2p9x";
  static final String JWT =
      SandboxJwts.jwt("{\"sub\":\"a\",\"tenantId\":\"t\",\"exp\":4102444800}");
  static final String PROJECT_KEY = "c0ffee" + "ab".repeat(29);
  static final String BUSINESS_KEY = "biz-SECRET-8f7e6d5c4b3a";
  static final String NEW_KEY_SECRET = "masumi-payment-ONE-TIME-s3cr3t-000000";
  static final String PERS_PRIVATE = "eyJhbGciOiJIUzI1NiJ9.ONE-TIME-PRIVATE.c2ln";
  static final String TENANT_JWT = "eyJhbGciOiJIUzI1NiJ9.TENANT-ONE-TIME.c2ln";
  static final String TENANT_API = "tenant-api-ONE-TIME-secret-1234";
  static final String RPC_SECRET = "mainnetRPCsecretBlockfrost0000000099";
  static final List<String> SECRETS =
      List.of(
          MASUMI_TOKEN,
          JWT,
          PROJECT_KEY,
          BUSINESS_KEY,
          NEW_KEY_SECRET,
          PERS_PRIVATE,
          TENANT_JWT,
          TENANT_API,
          RPC_SECRET);

  @TempDir Path home;
  CliRunner cli;

  /** keyadm against each API on the server, with its default retries. */
  Keyadm masumi;

  Keyadm pers;

  @BeforeEach
  void setUp() {
    cli = new CliRunner(home).env("KEYADM_TOKEN", MASUMI_TOKEN);
    masumi = Keyadm.against(wm, Api.MASUMI, cli).withOptions();
    pers = Keyadm.against(wm, Api.PERS, cli).withOptions();
  }

  static final String HOSTILE =
      "evil\u001b[31mRED\u001b[0m \u001b]8;;https://phish.example\u0007click\u001b]8;;\u0007 "
          + "\u001b]52;c;cm0gLXJmIH4=\u0007 over\rwrite \u202eesrever\u202c "
          + "A".repeat(10_000);

  private void stubHostilePersKeys() {
    ObjectNode k =
        JsonTrees.object()
            .put("id", "k-1")
            .put("type", "TENANT_SYSTEM_JWT")
            .put("name", HOSTILE)
            .put("createdAt", "2026-01-01T00:00:00Z")
            .put("isRevoked", false)
            .put("shortenedPrivateKey", "eyJh\u001b[2J...x");
    wm.stubFor(get(urlPathEqualTo("/v2/api-keys")).willReturn(json(200, JsonTrees.array().add(k))));
  }

  @Test
  void table_output_neutralises_escape_sequences_and_stays_width_bounded() {
    stubHostilePersKeys();

    cli.env("KEYADM_TOKEN", JWT).env("KEYADM_PROJECT_KEY", PROJECT_KEY);

    Result r = pers.run("key", "list");

    assertThat(r.exitCode()).isZero();
    assertThat(r.stdout())
        .doesNotContain("\u001b")
        .doesNotContain("\u0007")
        .doesNotContain("\r")
        .doesNotContain("\u202e");
    assertThat(r.stdout().lines().mapToInt(String::length).max().getAsInt()).isLessThan(400);
  }

  @Test
  void table_output_fits_a_narrow_terminal() {
    stubHostilePersKeys();

    cli.env("KEYADM_TOKEN", JWT).env("KEYADM_PROJECT_KEY", PROJECT_KEY).width(80);

    Result r = pers.run("key", "get", "k-1");

    assertThat(r.stdout().lines().mapToInt(String::length).max().getAsInt())
        .isLessThanOrEqualTo(80);
  }

  @Test
  void json_output_escapes_them() throws Exception {
    stubHostilePersKeys();

    cli.env("KEYADM_TOKEN", JWT).env("KEYADM_PROJECT_KEY", PROJECT_KEY);

    Result r = pers.run("key", "list", "-o", "json");

    assertThat(r.stdout())
        .doesNotContain("\u001b")
        .doesNotContain("\u0007")
        .doesNotContain("\u202e")
        .contains("\\u001B[31m")
        .contains("\\u202e");
    assertThat(JsonTrees.parse(r.stdout()).get(0).get("name").asText()).isEqualTo(HOSTILE);
  }

  @Test
  void an_error_message_from_the_server_is_neutralised_too() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/api-key"))
            .willReturn(
                json(
                    400,
                    "{\"status\":\"error\",\"error\":{\"message\":\"bad \\u001b]52;c;ZXZpbA==\\u0007 take\\r\\nX-Injected: 1\"}}")));

    Result r = masumi.run("key", "list");

    assertThat(r.exitCode()).isEqualTo(5);
    assertThat(r.stderr().lines()).hasSize(1);
    assertThat(r.stderr()).doesNotContain("\u001b").doesNotContain("\u0007");
  }

  @Test
  void secrets_echoed_back_in_an_error_body_are_scrubbed() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/api-key"))
            .willReturn(
                json(
                    401,
                    "{\"status\":\"error\",\"error\":{\"message\":\"Unauthorized, invalid authentication token provided: "
                        + MASUMI_TOKEN
                        + "\"}}")));

    Result r = masumi.run("--debug", "key", "list");

    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.stderr())
        .doesNotContain(MASUMI_TOKEN)
        .contains("invalid authentication token provided: ██");
  }

  /**
   * Every command, traced with --debug: none of the credentials or secrets appears anywhere on
   * stderr.
   */
  @Test
  void a_debug_run_of_every_command_shows_no_secret() throws Exception {
    ObjectNode key =
        JsonTrees.object()
            .put("id", "cmkey1")
            .put("token", "*****0000")
            .put("canAdmin", false)
            .put("usageLimited", true)
            .put("status", "Active");
    ObjectNode created = key.deepCopy().put("token", NEW_KEY_SECRET);
    ObjectNode list = JsonTrees.object().put("status", "success");
    list.putObject("data").putArray("ApiKeys").add(key);
    wm.stubFor(get(urlPathEqualTo("/api/v1/api-key")).willReturn(json(200, list)));
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/api-key-status"))
            .willReturn(json(200, "{\"status\":\"success\",\"data\":" + key + "}")));
    wm.stubFor(
        post(urlEqualTo("/api/v1/api-key"))
            .willReturn(json(200, "{\"status\":\"success\",\"data\":" + created + "}")));
    wm.stubFor(
        patch(urlEqualTo("/api/v1/api-key"))
            .willReturn(json(200, "{\"status\":\"success\",\"data\":" + key + "}")));
    wm.stubFor(
        delete(urlEqualTo("/api/v1/api-key"))
            .willReturn(json(200, "{\"status\":\"success\",\"data\":" + key + "}")));
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/rpc-api-keys"))
            .willReturn(
                json(
                    200,
                    "{\"status\":\"success\",\"data\":{\"RpcProviderKeys\":[{\"id\":\"r1\",\"rpcProviderApiKey\":\""
                        + RPC_SECRET
                        + "\"}]}}")));
    String tenant =
        "{\"id\":\"t1\",\"projectName\":\"A\",\"projectApiKey\":\""
            + PROJECT_KEY
            + "\",\"jwt\":\""
            + TENANT_JWT
            + "\",\"apiPrivateKey\":\""
            + TENANT_API
            + "\"}";
    wm.stubFor(post(urlEqualTo("/v2/tenants")).willReturn(json(201, tenant)));
    wm.stubFor(put(urlEqualTo("/v2/tenants")).willReturn(json(200, tenant)));
    wm.stubFor(post(urlEqualTo("/v2/tenants/api-keys")).willReturn(json(201, tenant)));
    wm.stubFor(post(urlEqualTo("/v2/tenants/jwt-tokens")).willReturn(json(201, tenant)));
    wm.stubFor(
        get(urlEqualTo("/v2/tenants/public"))
            .willReturn(json(200, "{\"id\":\"t1\",\"projectName\":\"A\"}")));
    wm.stubFor(get(urlPathEqualTo("/v2/api-keys")).willReturn(json(200, "[]")));
    wm.stubFor(
        post(urlEqualTo("/v2/api-keys"))
            .willReturn(
                json(
                    201,
                    "{\"id\":\"k1\",\"name\":\"n\",\"privateKey\":\"" + PERS_PRIVATE + "\"}")));
    wm.stubFor(
        delete(urlEqualTo("/v2/api-keys/k1"))
            .willReturn(
                json(200, "{\"valid\":true,\"apiKey\":{\"id\":\"k1\",\"isRevoked\":true}}")));
    Path stripe = home.resolve("stripe");
    Files.writeString(stripe, "sk_live_STRIPE-secret-0001\n");

    List<List<String>> masumiCommands =
        List.of(
            List.of("key", "list"),
            List.of("key", "get", "cmkey1"),
            List.of("key", "create", "-o", "json"),
            List.of("key", "patch", "cmkey1", "--limited"),
            List.of("key", "revoke", "cmkey1", "--yes", "--force"),
            List.of("status"),
            List.of("rpc-keys", "list"));
    List<List<String>> persCommands =
        List.of(
            List.of("key", "list"),
            List.of("key", "create", "--name", "n"),
            List.of("key", "revoke", "k1", "--yes"),
            List.of("status"),
            List.of("tenant", "create", "--name", "A", "-o", "json"),
            List.of("tenant", "update", "--stripe-api-key-file", stripe.toString()),
            List.of("tenant", "show"),
            List.of("tenant", "api-key", "create", "--name", "x"),
            List.of("tenant", "jwt", "create"));
    CliRunner persCli =
        new CliRunner(home)
            .env("KEYADM_TOKEN", JWT)
            .env("KEYADM_PROJECT_KEY", PROJECT_KEY)
            .env("KEYADM_BUSINESS_KEY", BUSINESS_KEY);
    List<String> leaks = new ArrayList<>();
    for (List<String> args : masumiCommands) check(cli, Api.MASUMI, args, leaks);
    for (List<String> args : persCommands) check(persCli, Api.PERS, args, leaks);
    assertThat(leaks).isEmpty();
    assertThat(wm.findAll(anyRequestedFor(anyUrl())).size()).isGreaterThan(15);
  }

  private void check(CliRunner runner, Api api, List<String> args, List<String> leaks) {
    String provider = api.provider();
    Result r =
        Keyadm.against(wm, api, runner).withOptions("--debug").run(args.toArray(String[]::new));
    if (r.exitCode() != 0) leaks.add(provider + " " + args + " failed: " + r);
    if (!r.stderr().contains("> ")) leaks.add(provider + " " + args + ": no trace");
    for (String secret : SECRETS)
      if (r.stderr().contains(secret))
        leaks.add(provider + " " + args + " leaks " + secret + " in the trace");
    if (r.stderr().contains("sk_live_STRIPE-secret-0001"))
      leaks.add(provider + " " + args + " leaks the stripe key");
  }

  @Test
  void a_save_secret_path_that_cannot_be_a_file_is_refused_before_creating_anything()
      throws Exception {
    Path notADirectory = home.resolve("file");
    Files.writeString(notADirectory, "x");

    Result r =
        masumi.run("key", "create", "--save-secret", notADirectory.resolve("secret").toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr()).contains("--save-secret: " + notADirectory + " is not a directory");
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void a_save_secret_that_fails_after_the_create_fails_loudly_with_the_key_id() {
    ObjectNode created =
        JsonTrees.object().put("id", "cmnew7").put("token", NEW_KEY_SECRET).put("status", "Active");
    wm.stubFor(
        post(urlEqualTo("/api/v1/api-key"))
            .willReturn(json(200, "{\"status\":\"success\",\"data\":" + created + "}")));
    // Passes every check made before the create, then fails: the temporary file's name is too long.
    Path tooLong = home.resolve("s".repeat(250));

    Result r = masumi.run("key", "create", "--save-secret", tooLong.toString());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stderr())
        .contains("key cmnew7 was created but --save-secret: cannot write")
        .contains("keyadm key revoke cmnew7")
        .doesNotContain(NEW_KEY_SECRET);
    assertThat(r.stdout()).doesNotContain(NEW_KEY_SECRET);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "key get ../../etc/passwd",
        "key get -- -x",
        "key revoke a%2Fb --yes",
        "key list --limit 0",
        "key list --timeout 0",
        "key list --timeout soon",
        "key list --retries 11",
        "key list -o xml",
        "key create --credit lovelace=abc",
        "key create --credit lovelace=-5",
        "key create --permission root",
        "key create --network testnet",
        "key create --expires-in 3x",
        "key create --expires-at 2027-13-01T00:00:00Z",
        "key create --unlimited --credit lovelace=1",
        "key patch cmkey1 --limited --unlimited",
        "key patch cmkey1 --status paused",
        "key patch cmkey1 --add-credit usdm=1",
        "key list --page-size 0",
        "key revoke"
      })
  void bad_input_exits_2_before_any_http_call(String command) {
    Result r = masumi.run(command.split(" "));

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.stderr().lines()).hasSize(1);
    assertThat(r.stderr()).startsWith("keyadm: ");
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }
}
