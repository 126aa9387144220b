package io.keyadm.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyadm.provider.masumi.sandbox.MasumiSandbox;
import io.keyadm.provider.nft.sandbox.NftSandbox;
import io.keyadm.provider.pers.sandbox.PersSandbox;
import io.keyadm.testing.JsonTrees;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged bin/keyadm, as a real process, against a real 'keyadm sandbox serve'. */
class SandboxEndToEndIT {

  @TempDir static Path home;
  static Process server;
  static final Map<String, String> urls = new HashMap<>();

  @BeforeAll
  static void serve() throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(
            Proc.KEYADM.toString(),
            "sandbox",
            "serve",
            "--port",
            "0",
            "--state-dir",
            home.resolve("served").toString());
    pb.environment().put("HOME", home.toString());
    pb.redirectError(home.resolve("serve.err").toFile());
    server = pb.start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    for (int i = 0; i < 3; i++) {
      String[] parts = out.readLine().trim().split("\\s+");
      urls.put(parts[0], parts[1]);
    }
  }

  @AfterAll
  static void stop() throws Exception {
    server.destroy();
    assertThat(server.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(server.exitValue()).as("sandbox serve stops cleanly on SIGTERM").isZero();
    String err = Files.readString(home.resolve("serve.err"));
    assertThat(err).contains("Sandbox stopped.");
  }

  private static Proc.Result keyadm(String provider, Map<String, String> env, String... args) {
    List<String> all =
        new ArrayList<>(List.of("--provider", provider, "--url", urls.get(provider)));
    all.addAll(List.of(args));
    return Proc.run(home, env, null, all.toArray(String[]::new));
  }

  @Test
  void serve_prints_one_line_per_provider_with_base_url_and_credentials() {
    assertThat(urls.get("masumi")).matches("http://127\\.0\\.0\\.1:\\d+/masumi/api/v1");
    assertThat(urls.get("pers")).endsWith("/pers/v2");
    assertThat(urls.get("nft")).endsWith("/nft/api/v1");
  }

  @Test
  void masumi_create_list_get_patch_revoke_list() throws Exception {
    Map<String, String> env = Map.of("KEYADM_TOKEN", MasumiSandbox.ADMIN_TOKEN);

    Proc.Result created =
        keyadm(
            "masumi",
            env,
            "key",
            "create",
            "--permission",
            "pay",
            "--credit",
            "lovelace=1000",
            "-o",
            "json");
    assertThat(created.exitCode()).as(created.toString()).isZero();
    assertThat(created.stderr()).isEmpty();
    JsonNode key = JsonTrees.parse(created.stdout());
    String id = key.get("id").asText();
    assertThat(key.get("secret").asText()).startsWith("masumi-payment-");

    Proc.Result list = keyadm("masumi", env, "key", "list", "-o", "id");
    assertThat(list.stdout().lines()).contains(id);

    Proc.Result revokedByPatch = keyadm("masumi", env, "key", "patch", id, "--status", "revoked");
    assertThat(revokedByPatch.exitCode()).as(revokedByPatch.toString()).isZero();
    Proc.Result credits =
        keyadm("masumi", env, "key", "patch", id, "--add-credit", "lovelace=500", "-o", "json");
    JsonNode patched = JsonTrees.parse(credits.stdout());
    assertThat(patched.get("status").asText())
        .as("patching credits leaves a revoked key revoked")
        .isEqualTo("revoked");
    assertThat(patched.get("credits").get(0).get("amount").asText()).isEqualTo("1500");

    Proc.Result get = keyadm("masumi", env, "key", "get", id);
    assertThat(get.stdout())
        .containsPattern("(?m)^status:\\s+revoked$")
        .containsPattern("(?m)^limited:\\s+yes$");

    Proc.Result revoke = keyadm("masumi", env, "key", "revoke", id, "--yes");
    assertThat(revoke.exitCode()).isZero();
    assertThat(keyadm("masumi", env, "key", "list", "-o", "id").stdout().lines())
        .doesNotContain(id);
    Proc.Result unknown = keyadm("masumi", env, "key", "revoke", "cmdoesnotexist", "--yes");
    assertThat(unknown.exitCode()).isEqualTo(4);
    assertThat(unknown.stderr()).endsWith("no key with id cmdoesnotexist\n");
  }

  @Test
  void pers_create_list_get_revoke_list() throws Exception {
    Map<String, String> env =
        Map.of(
            "KEYADM_TOKEN", PersSandbox.ADMIN_JWT, "KEYADM_PROJECT_KEY", PersSandbox.PROJECT_KEY);

    Proc.Result created = keyadm("pers", env, "key", "create", "--name", "e2e", "-o", "json");
    assertThat(created.exitCode()).as(created.toString()).isZero();
    String id = JsonTrees.parse(created.stdout()).get("id").asText();
    assertThat(keyadm("pers", env, "key", "list", "-o", "id").stdout().lines()).contains(id);
    assertThat(keyadm("pers", env, "key", "get", id).stdout())
        .containsPattern("(?m)^name:\\s+e2e$");
    assertThat(keyadm("pers", env, "key", "revoke", id, "--yes").exitCode()).isZero();
    assertThat(keyadm("pers", env, "key", "list", "-o", "id").stdout().lines()).doesNotContain(id);
    assertThat(keyadm("pers", env, "key", "list", "--include-revoked", "-o", "id").stdout().lines())
        .contains(id);
    Proc.Result status = keyadm("pers", env, "status");
    assertThat(status.exitCode()).isZero();
    assertThat(status.stdout()).containsPattern("(?m)^status:\\s+valid$");
  }

  @Test
  void pers_tenant_create_saves_a_profile_that_works_at_once() throws Exception {
    Map<String, String> env = Map.of("KEYADM_PROJECT_KEY", PersSandbox.PROJECT_KEY);
    Path secrets = home.resolve("acme-secrets.json");

    Proc.Result created =
        keyadm(
            "pers",
            env,
            "tenant",
            "create",
            "--name",
            "Acme E2E",
            "--save-secret",
            secrets.toString(),
            "--save-profile",
            "acme");
    assertThat(created.exitCode()).as(created.toString()).isZero();
    assertThat(JsonTrees.parse(Files.readString(secrets)).get("jwt").asText()).startsWith("eyJ");

    Proc.Result list = Proc.run(home, Map.of(), null, "-p", "acme", "key", "list", "-o", "json");
    assertThat(list.exitCode()).as(list.toString()).isZero();
    assertThat(JsonTrees.parse(list.stdout())).hasSize(1);
  }

  @Test
  void nft_create_list_get_revoke_list() throws Exception {
    Map<String, String> env = Map.of("KEYADM_TOKEN", NftSandbox.OWNER_TOKEN);

    Proc.Result created = keyadm("nft", env, "key", "create", "--expires-in", "30d", "-o", "json");
    assertThat(created.exitCode()).as(created.toString()).isZero();
    assertThat(created.stderr()).isEmpty();
    String id = JsonTrees.parse(created.stdout()).get("id").asText();
    assertThat(keyadm("nft", env, "key", "list", "-o", "id").stdout().lines()).contains(id);
    assertThat(keyadm("nft", env, "key", "get", id).stdout())
        .containsPattern("(?m)^status:\\s+active$");
    assertThat(keyadm("nft", env, "key", "revoke", id, "--yes").exitCode()).isZero();
    assertThat(keyadm("nft", env, "key", "list", "-o", "id").stdout().lines()).doesNotContain(id);
    Proc.Result wrong = keyadm("nft", Map.of("KEYADM_TOKEN", "not-a-token"), "status");
    assertThat(wrong.exitCode()).isEqualTo(3);
  }

  @Test
  void twenty_keyadm_processes_creating_keys_at_once_make_exactly_twenty() throws Exception {
    Path isolated = Files.createTempDirectory(home, "parallel");
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      List<Future<Proc.Result>> runs = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        runs.add(
            pool.submit(
                () ->
                    Proc.run(
                        isolated,
                        Map.of(),
                        null,
                        "-p",
                        "sandbox-masumi",
                        "key",
                        "create",
                        "-o",
                        "json")));
      }
      List<String> ids = new ArrayList<>();
      for (Future<Proc.Result> f : runs) {
        assertThat(f.get().exitCode()).as(f.get().toString()).isZero();
        ids.add(JsonTrees.parse(f.get().stdout()).get("id").asText());
      }
      assertThat(ids).doesNotHaveDuplicates();
      Proc.Result list =
          Proc.run(isolated, Map.of(), null, "-p", "sandbox-masumi", "key", "list", "-o", "id");
      assertThat(list.stdout().lines()).hasSize(21).containsAll(ids);
    } finally {
      pool.shutdownNow();
    }
  }
}
