package io.keyadm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyadm.CliRunner;
import io.keyadm.CliRunner.Result;
import io.keyadm.core.ApiKey;
import io.keyadm.core.CreatedKey;
import io.keyadm.core.KeyProvider;
import io.keyadm.core.KeyadmException;
import io.keyadm.core.ListQuery;
import io.keyadm.core.OptionValues;
import io.keyadm.core.StatusReport;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands run against a fake provider handed in through the factory: no server involved. */
class FakeProviderTest {

  static final String URL = "http://keys.example.test/api/v1";

  @TempDir Path home;
  final List<String> calls = new ArrayList<>();
  CliRunner cli;

  final KeyProvider fake =
      new KeyProvider() {
        @Override
        public StatusReport status() {
          calls.add("status");
          return new StatusReport(Map.of("status", "valid"), null);
        }

        @Override
        public List<ApiKey> listKeys(ListQuery query) {
          calls.add("list limit=" + query.limit() + " " + query.options().names());
          return List.of(key("f-1", "active"), key("f-2", "revoked"));
        }

        @Override
        public ApiKey getKey(String keyId) {
          calls.add("get " + keyId);
          throw KeyadmException.notFound("no key with id " + keyId);
        }

        @Override
        public CreatedKey createKey(OptionValues options) {
          calls.add("create " + options.all("--network"));
          return new CreatedKey(key("f-3", "active"), "f-secret-0123456789abcdef0123456789");
        }

        @Override
        public ApiKey revokeKey(String keyId) {
          calls.add("revoke " + keyId);
          return key(keyId, "revoked");
        }
      };

  static ApiKey key(String id, String status) {
    return new ApiKey(
        id,
        null,
        "masumi",
        status,
        "pay",
        Instant.parse("2026-01-01T00:00:00Z"),
        null,
        null,
        null,
        List.of("preprod"),
        null,
        null);
  }

  @BeforeEach
  void setUp() {
    cli = new CliRunner(home).opener((module, context) -> fake);
  }

  @Test
  void list_renders_what_the_provider_returns_with_the_modules_columns() {
    Result r =
        cli.run(
            "--provider", "masumi", "--url", URL, "key", "list", "--page-size", "7", "-o", "csv");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.stdout())
        .isEqualTo(
            "id,permission,status,limited,credits,networks,token\n"
                + "f-1,pay,active,,-,preprod,\n"
                + "f-2,pay,revoked,,-,preprod,\n");
    assertThat(calls).containsExactly("list limit=null [--page-size]");
  }

  @Test
  void create_hands_the_provider_its_options_and_a_bad_one_is_refused_before_the_provider() {
    Result ok =
        cli.run(
            "--provider",
            "masumi",
            "--url",
            URL,
            "key",
            "create",
            "--network",
            "preprod",
            "-o",
            "json");
    Result bad =
        cli.run("--provider", "masumi", "--url", URL, "key", "create", "--network", "testnet");

    assertThat(ok.exitCode()).as(ok.toString()).isZero();
    assertThat(ok.stdout()).contains("\"secret\" : \"f-secret-0123456789abcdef0123456789\"");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.stderr()).contains("invalid value for --network: 'testnet'");
    assertThat(calls).containsExactly("create [preprod]");
  }

  @Test
  void get_of_an_unknown_key_exits_4_and_revoke_needs_yes_without_a_terminal() {
    Result get = cli.run("--provider", "masumi", "--url", URL, "key", "get", "f-9");
    Result revoke = cli.run("--provider", "masumi", "--url", URL, "key", "revoke", "f-1");

    assertThat(get.exitCode()).isEqualTo(4);
    assertThat(get.stderr())
        .isEqualTo("keyadm: key get on keys.example.test:80: no key with id f-9\n");
    assertThat(revoke.exitCode()).isEqualTo(2);
    assertThat(revoke.stderr()).contains("confirmation required");
    assertThat(calls).containsExactly("get f-9");
  }
}
