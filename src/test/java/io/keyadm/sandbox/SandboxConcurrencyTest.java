package io.keyadm.sandbox;

import static io.keyadm.sandbox.SandboxHttp.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.keyadm.CliRunner;
import io.keyadm.provider.Providers;
import io.keyadm.provider.masumi.sandbox.MasumiSandbox;
import io.keyadm.testing.JsonTrees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxConcurrencyTest {

  @TempDir Path home;

  @Test
  void twenty_concurrent_creates_through_separate_sandboxes_on_one_state_make_exactly_twenty_keys()
      throws Exception {
    Path state = home.resolve("state");
    List<SandboxServer> servers = new ArrayList<>();
    for (int i = 0; i < 4; i++)
      servers.add(
          SandboxServer.start("127.0.0.1", 0, state, 0, Providers.builtIn().sandboxParts()));
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      List<Future<SandboxHttp.Reply>> replies = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        String url = servers.get(i % servers.size()).baseUrl("masumi") + "/api-key";
        replies.add(
            pool.submit(
                () ->
                    send(
                        "POST",
                        url,
                        Map.of("token", MasumiSandbox.ADMIN_TOKEN),
                        "{\"UsageCredits\":[]}")));
      }
      HashSet<String> ids = new HashSet<>();
      for (Future<SandboxHttp.Reply> f : replies) {
        assertThat(f.get().status()).isEqualTo(200);
        ids.add(f.get().data().get("id").asText());
      }
      assertThat(ids).hasSize(20);
      var list =
          send(
              "GET",
              servers.get(0).baseUrl("masumi") + "/api-key?take=100",
              Map.of("token", MasumiSandbox.ADMIN_TOKEN),
              null);
      assertThat(list.data().get("ApiKeys")).hasSize(21);
      assertThat(JsonTrees.parse(Files.readString(state.resolve("masumi.json"))).get("keys"))
          .hasSize(21);
    } finally {
      pool.shutdownNow();
      servers.forEach(SandboxServer::stop);
    }
  }

  @Test
  void twenty_concurrent_keyadm_runs_with_the_built_in_profile_make_exactly_twenty_keys()
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      List<Future<CliRunner.Result>> runs = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        runs.add(
            pool.submit(
                () ->
                    new CliRunner(home)
                        .run("-p", "sandbox-masumi", "key", "create", "-o", "json")));
      }
      for (Future<CliRunner.Result> r : runs)
        assertThat(r.get().exitCode()).as(r.get().toString()).isZero();
      CliRunner.Result list =
          new CliRunner(home).run("-p", "sandbox-masumi", "key", "list", "-o", "id");
      assertThat(list.stdout().lines()).hasSize(21).doesNotHaveDuplicates();
    } finally {
      pool.shutdownNow();
    }
  }
}
