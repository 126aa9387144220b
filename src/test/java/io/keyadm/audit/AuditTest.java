package io.keyadm.audit;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.keyadm.testing.ApiServer.json;
import static io.keyadm.testing.Fixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.keyadm.CliRunner;
import io.keyadm.CliRunner.Result;
import io.keyadm.sandbox.SandboxJwts;
import io.keyadm.testing.ApiServer;
import io.keyadm.testing.JsonTrees;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** keyadm audit against one WireMock server per provider, a server that is down, and a 401. */
class AuditTest {

  @RegisterExtension static final WireMockExtension masumi = ApiServer.loopback();
  @RegisterExtension static final WireMockExtension pers = ApiServer.loopback();
  @RegisterExtension static final WireMockExtension nft = ApiServer.loopback();

  static final String MASUMI_TOKEN = "masumi-payment-admin-0a1b2c3d4e5f6a7b8c9d0e1f";
  static final String PROJECT_KEY =
      "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90";

  /** Expires 2026-11-22T12:10:00Z, ten minutes after the test clock. */
  static final String JWT =
      SandboxJwts.jwt(
          "{\"sub\":\"admin-7\",\"tenantId\":\"tenant-42\",\"type\":\"TENANT_ADMIN_JWT\",\"iat\":1795348800,\"exp\":1795349400}");

  static final String NFT_TOKEN = "nft-user-token-6f1c0a9e3b2d4c5e";

  @TempDir Path home;
  CliRunner cli;

  @BeforeEach
  void serversAndProfiles() throws IOException {
    masumi.stubFor(
        get(urlPathEqualTo("/api/v1/api-key-status"))
            .willReturn(json(fixture("audit", "masumi-status.json"))));
    masumi.stubFor(
        get(urlPathEqualTo("/api/v1/api-key"))
            .willReturn(json(fixture("audit", "masumi-keys.json"))));
    pers.stubFor(
        get(urlPathEqualTo("/v2/api-keys")).willReturn(json(fixture("audit", "pers-keys.json"))));
    nft.stubFor(
        get(urlPathEqualTo("/api/v1/api-keys/my"))
            .willReturn(json(401, "{\"status\":\"error\",\"message\":\"Invalid token\"}")));
    cli = new CliRunner(home).env("MASUMI_TOKEN", MASUMI_TOKEN);
    config("");
  }

  void config(String extra) throws IOException {
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    String text =
        extra
            + "current-profile: payments\n"
            + "profiles:\n"
            + "  payments:\n    provider: masumi\n    url: "
            + ApiServer.url(masumi, "/api/v1")
            + "\n    token-env: MASUMI_TOKEN\n"
            + "  loyalty:\n    provider: pers\n    url: "
            + ApiServer.url(pers, "/v2")
            + "\n    token: "
            + JWT
            + "\n    project-key: "
            + PROJECT_KEY
            + "\n"
            + "  nft-rejected:\n    provider: nft\n    url: "
            + ApiServer.url(nft, "/api/v1")
            + "\n    token: "
            + NFT_TOKEN
            + "\n"
            + "  nft-down:\n    provider: nft\n    url: http://127.0.0.1:"
            + closed
            + "/api/v1\n    token: "
            + NFT_TOKEN
            + "\n";
    Files.createDirectories(cli.configFile().getParent());
    Files.writeString(cli.configFile(), text);
    Files.setPosixFilePermissions(cli.configFile(), PosixFilePermissions.fromString("rw-------"));
  }

  Result audit(String... args) {
    List<String> all = new ArrayList<>(List.of("--retries", "0", "--timeout", "5s", "audit"));
    all.addAll(List.of(args));
    return cli.run(all.toArray(String[]::new));
  }

  static List<String> rules(Result r, String profile) {
    List<String> rules = new ArrayList<>();
    for (JsonNode f : JsonTrees.parse(r.stdout()))
      if (profile.equals(f.path("profile").asText()))
        rules.add(
            f.get("rule").asText()
                + " "
                + f.get("severity").asText()
                + " "
                + f.get("keyId").asText());
    return rules;
  }

  @Test
  void masumi_findings_fire_on_the_keys_that_earn_them_and_on_no_other() {
    Result r = audit("-p", "payments", "-o", "json");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(9);
    assertThat(r.stderr()).isEmpty();
    assertThat(rules(r, "payments"))
        .containsExactly(
            "unlimited-pay error cmpay0000000000000000pay1",
            "admin-keys warning null",
            "no-credits info cmpay0000000000000000pay2");
    masumi.verify(
        getRequestedFor(urlPathEqualTo("/api/v1/api-key"))
            .withHeader("token", equalTo(MASUMI_TOKEN)));
    JsonNode first = JsonTrees.parse(r.stdout()).get(0);
    assertThat(first.get("key").get("raw").get("token").asText()).isEqualTo("**…01");
    assertThat(first.get("provider").asText()).isEqualTo("masumi");
  }

  @Test
  void pers_findings_expiry_use_and_the_admin_jwt_that_expires_soon() {
    Result r = audit("-p", "loyalty", "-o", "json");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(9);
    assertThat(rules(r, "loyalty"))
        .containsExactly(
            "expired-not-revoked error 7c1e2f3a-4b5c-4d6e-8f70-000000000001",
            "expiring-soon warning 7c1e2f3a-4b5c-4d6e-8f70-000000000002",
            "unused warning 7c1e2f3a-4b5c-4d6e-8f70-000000000004",
            "credential warning null",
            "no-expiry info 7c1e2f3a-4b5c-4d6e-8f70-000000000003");
    pers.verify(
        getRequestedFor(urlPathEqualTo("/v2/api-keys"))
            .withHeader("Authorization", equalTo("Bearer " + JWT))
            .withHeader("x-project-key", equalTo(PROJECT_KEY)));
    assertThat(r.stdout()).doesNotContain(JWT).doesNotContain(PROJECT_KEY);
  }

  @Test
  void a_server_that_is_down_and_a_rejected_token_are_findings_and_the_others_are_audited() {
    Result r =
        audit(
            "-p",
            "nft-down",
            "-p",
            "nft-rejected",
            "-p",
            "loyalty",
            "--parallel",
            "2",
            "-o",
            "csv");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(9);
    List<String> lines = r.stdout().lines().toList();
    assertThat(lines.get(0)).isEqualTo("profile,provider,severity,rule,key,message");
    assertThat(lines.get(1)).startsWith("nft-down,nft,error,unreachable,-,127.0.0.1:");
    assertThat(lines.get(2))
        .startsWith("nft-rejected,nft,error,credential,-,rejected by " + ApiServer.host(nft) + ": ")
        .contains("Invalid token");
    assertThat(lines.get(3)).startsWith("loyalty,pers,error,expired-not-revoked,");
    assertThat(r.stdout()).doesNotContain(NFT_TOKEN);
    nft.verify(
        getRequestedFor(urlPathEqualTo("/api/v1/api-keys/my"))
            .withHeader("Authorization", equalTo("Bearer " + NFT_TOKEN)));
  }

  @Test
  void the_table_groups_by_profile_worst_first_and_ends_with_the_counts() {
    Result r = audit("-p", "loyalty", "--rule", "expired-not-revoked,no-expiry");

    assertThat(r.exitCode()).isEqualTo(9);
    assertThat(r.stdout())
        .isEqualTo(
            """
            PROFILE  PROVIDER  SEVERITY  RULE                 KEY                                   MESSAGE
            loyalty  pers      error     expired-not-revoked  7c1e2f3a-4b5c-4d6e-8f70-000000000001  key 7c1e2f3a-4b5c-4d6e-8f70-000000000001 (Checkout (old)) expir…
            loyalty  pers      info      no-expiry            7c1e2f3a-4b5c-4d6e-8f70-000000000003  key 7c1e2f3a-4b5c-4d6e-8f70-000000000003 (Reporting) never expi…
            1 error, 0 warnings, 1 info (1 profile, 5 keys)
            """);
  }

  @Test
  void fail_on_sets_the_exit_code() {
    assertThat(audit("-p", "loyalty", "--rule", "no-expiry").exitCode()).isZero();
    assertThat(audit("-p", "loyalty", "--rule", "no-expiry", "--fail-on", "warning").exitCode())
        .isZero();
    assertThat(audit("-p", "loyalty", "--rule", "no-expiry", "--fail-on", "info").exitCode())
        .isEqualTo(9);
    assertThat(audit("-p", "loyalty", "--rule", "unused", "--fail-on", "warning").exitCode())
        .isEqualTo(9);
    Result bad = audit("-p", "loyalty", "--fail-on", "fatal");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.stderr())
        .isEqualTo(
            "keyadm: audit: invalid value for --fail-on: 'fatal' (expected error, warning or info)\n");
  }

  @Test
  void thresholds_come_from_options_then_the_profile_section_then_the_global_one()
      throws IOException {
    // Defaults: Legacy import (last used 144d ago) is unused, 2 admin keys allowed.
    assertThat(rules(audit("-p", "loyalty", "--rule", "unused", "-o", "json"), "loyalty"))
        .hasSize(1);
    config("audit:\n  unused-for: 200d\n  max-admin-keys: 5\n");
    assertThat(rules(audit("-p", "loyalty", "--rule", "unused", "-o", "json"), "loyalty"))
        .isEmpty();
    assertThat(rules(audit("-p", "payments", "--rule", "admin-keys", "-o", "json"), "payments"))
        .isEmpty();
    assertThat(
            rules(
                audit("-p", "loyalty", "--rule", "unused", "--unused-for", "100d", "-o", "json"),
                "loyalty"))
        .hasSize(1);
    Files.writeString(
        cli.configFile(),
        Files.readString(cli.configFile())
            .replace(
                "    token-env: MASUMI_TOKEN\n",
                "    token-env: MASUMI_TOKEN\n    audit:\n      max-admin-keys: 1\n"));
    assertThat(rules(audit("-p", "payments", "--rule", "admin-keys", "-o", "json"), "payments"))
        .hasSize(1);
    assertThat(
            rules(
                audit(
                    "-p",
                    "payments",
                    "--rule",
                    "admin-keys",
                    "--max-admin-keys",
                    "3",
                    "-o",
                    "json"),
                "payments"))
        .isEmpty();
  }

  @Test
  void a_bad_threshold_in_the_config_file_is_a_usage_error_naming_it() throws IOException {
    config("audit:\n  unused-for: soon\n");
    Result r = audit("-p", "loyalty");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr())
        .isEqualTo(
            "keyadm: audit: invalid value for 'unused-for' in audit of "
                + cli.configFile()
                + ": 'soon' (expected <n>ms|s|m|h|d, e.g. 30s or 12h)\n");
  }

  @Test
  void id_output_lists_the_keys_found_once_each_for_key_revoke() {
    Result r = audit("-p", "loyalty", "-o", "id", "--rule", "expired-not-revoked,unused");

    assertThat(r.exitCode()).isEqualTo(9);
    assertThat(r.stdout())
        .isEqualTo("7c1e2f3a-4b5c-4d6e-8f70-000000000001\n7c1e2f3a-4b5c-4d6e-8f70-000000000004\n");
  }

  @Test
  void all_profiles_audits_every_profile_of_the_config_file() {
    Result r = audit("--all-profiles", "-o", "json");

    assertThat(r.exitCode()).isEqualTo(9);
    List<String> profiles = new ArrayList<>();
    for (JsonNode f : JsonTrees.parse(r.stdout()))
      if (!profiles.contains(f.get("profile").asText())) profiles.add(f.get("profile").asText());
    assertThat(profiles).containsExactly("payments", "loyalty", "nft-rejected", "nft-down");
  }
}
