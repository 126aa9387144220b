package io.keyadm.acme;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.keyadm.CliRunner;
import io.keyadm.CliRunner.Result;
import io.keyadm.provider.ProviderModule;
import io.keyadm.provider.Providers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What adding a provider means: a module and its provider, one line in the registry, and every
 * command of keyadm works for it — with no change anywhere else.
 */
class AcmeProviderTest {

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
          .build();

  static final String TOKEN = "acme_live_4f9c2d7e1b8a6053c9e4f7a2d1b0c8e5";
  static final String SECRET = "acme_sk_" + "7d3e9a1c5b8f2046".repeat(4);
  static final String KEYS =
      """
      [{"id":"ak_01HZX3","label":"deploy","createdAt":"2026-11-01T08:00:00Z","revoked":false},
       {"id":"ak_01HZX4","label":null,"createdAt":"2026-10-01T08:00:00Z","revoked":true}]""";

  @TempDir Path home;
  CliRunner cli;

  @BeforeEach
  void setUp() {
    List<ProviderModule> modules = new ArrayList<>(Providers.builtIn().all());
    modules.add(new AcmeModule());
    cli = new CliRunner(home).providers(new Providers(modules)).env("KEYADM_TOKEN", TOKEN);
  }

  Result keyadm(String... args) {
    List<String> all =
        new ArrayList<>(
            List.of("--provider", "acme", "--url", "http://127.0.0.1:" + wm.getPort() + "/v1"));
    all.addAll(List.of(args));
    return cli.run(all.toArray(String[]::new));
  }

  static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  @Test
  void key_list_prints_the_modules_columns_and_the_neutral_json() throws Exception {
    wm.stubFor(get(urlEqualTo("/v1/keys")).willReturn(json(KEYS)));

    Result table = keyadm("key", "list");
    Result json = keyadm("key", "list", "-o", "json");

    assertThat(table.exitCode()).as(table.toString()).isZero();
    assertThat(table.stdout())
        .isEqualTo(
            """
            ID         LABEL   STATUS   CREATED
            ak_01HZX3  deploy  active   2026-11-01T08:00:00Z
            ak_01HZX4          revoked  2026-10-01T08:00:00Z
            """);
    JsonNode arr = new ObjectMapper().readTree(json.stdout());
    assertThat(arr).hasSize(2);
    assertThat(arr.get(0).get("provider").asText()).isEqualTo("acme");
    assertThat(arr.get(1).get("status").asText()).isEqualTo("revoked");
    wm.verify(
        2,
        getRequestedFor(urlEqualTo("/v1/keys"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
  }

  @Test
  void key_create_takes_its_own_option_and_delivers_the_secret_once() throws Exception {
    wm.stubFor(
        post(urlEqualTo("/v1/keys"))
            .willReturn(
                json(
                    "{\"id\":\"ak_01HZX5\",\"label\":\"ci\",\"createdAt\":\"2026-11-22T12:00:00Z\",\"revoked\":false,\"secret\":\""
                        + SECRET
                        + "\"}")));

    Result table = keyadm("key", "create", "--label", "ci");
    Result json = keyadm("key", "create", "--label", "ci", "-o", "json");

    assertThat(table.exitCode()).as(table.toString()).isZero();
    assertThat(table.stdout().split(Pattern.quote(SECRET), -1)).hasSize(2);
    assertThat(table.stderr()).contains("Store the secret now");
    assertThat(json.stdout().split(Pattern.quote(SECRET), -1)).hasSize(2);
    JsonNode n = new ObjectMapper().readTree(json.stdout());
    assertThat(n.get("secret").asText()).isEqualTo(SECRET);
    assertThat(n.get("raw").get("secret").asText()).isNotEqualTo(SECRET);
    wm.verify(
        2,
        postRequestedFor(urlEqualTo("/v1/keys"))
            .withRequestBody(equalToJson("{\"label\":\"ci\"}")));
  }

  @Test
  void key_revoke_and_status() {
    wm.stubFor(delete(urlEqualTo("/v1/keys/ak_01HZX3")).willReturn(json("{}")));
    wm.stubFor(get(urlEqualTo("/v1/keys")).willReturn(json(KEYS)));

    Result revoke = keyadm("key", "revoke", "ak_01HZX3", "--yes", "-o", "id");
    Result status = keyadm("status");

    assertThat(revoke.exitCode()).as(revoke.toString()).isZero();
    assertThat(revoke.stdout()).isEqualTo("ak_01HZX3\n");
    wm.verify(
        deleteRequestedFor(urlEqualTo("/v1/keys/ak_01HZX3"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    assertThat(status.exitCode()).as(status.toString()).isZero();
    assertThat(status.stdout()).isEqualTo("status:  valid\nkeys:    2\n");
  }

  @Test
  void its_create_option_has_its_own_help_heading() {
    Result help = cli.run("key", "create", "--help");

    assertThat(help.exitCode()).isZero();
    assertThat(help.stdout())
        .containsPattern("(?m)^Acme options:\\n\\s+--label=<label>\\s+A label for the new key\\.$");
    assertThat(help.stdout()).contains("Masumi options:").contains("PERS options:");
  }

  @Test
  void options_and_commands_it_does_not_have_are_refused_with_the_generated_message() {
    Result credit = keyadm("key", "create", "--credit", "lovelace=5");
    Result patch = keyadm("key", "patch", "ak_01HZX3", "--limited");
    cli.env("KEYADM_TOKEN", "masumi-payment-admin-abcdefghijklmnopqrstuvwx");
    Result label =
        cli.run(
            "--provider",
            "masumi",
            "--url",
            "http://127.0.0.1:" + wm.getPort() + "/api/v1",
            "key",
            "create",
            "--label",
            "x");

    assertThat(credit.exitCode()).isEqualTo(2);
    assertThat(credit.stderr())
        .isEqualTo(
            "keyadm: key create: --credit is not supported by acme (available for: masumi)\n");
    assertThat(patch.exitCode()).isEqualTo(2);
    assertThat(patch.stderr())
        .contains("'key patch' is not available for provider acme (available for: masumi)");
    assertThat(label.exitCode()).isEqualTo(2);
    assertThat(label.stderr())
        .isEqualTo(
            "keyadm: key create: --label is not supported by masumi (available for: acme)\n");
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void completion_offers_it_as_a_provider() {
    Result bash = cli.run("completion", "bash");
    Result zsh = cli.run("completion", "zsh");

    assertThat(bash.stdout()).contains("compgen -W \"masumi pers nft acme\"");
    assertThat(bash.stdout()).contains("sandbox-masumi sandbox-pers sandbox-nft");
    assertThat(zsh.stdout()).contains("(masumi pers nft acme)");
    assertThat(zsh.stdout()).contains("--label'[A label for the new key.]");
  }
}
