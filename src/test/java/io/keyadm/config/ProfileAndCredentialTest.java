package io.keyadm.config;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.keyadm.testing.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.keyadm.CliRunner;
import io.keyadm.CliRunner.Result;
import io.keyadm.testing.Api;
import io.keyadm.testing.ApiServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ProfileAndCredentialTest {

  @RegisterExtension static WireMockExtension wm = ApiServer.loopback();

  @TempDir Path home;
  CliRunner cli;

  static final String STATUS =
      "{\"status\":\"success\",\"data\":{\"id\":\"cmadmin\",\"canAdmin\":true,\"usageLimited\":false,\"status\":\"Active\"}}";

  @BeforeEach
  void setUp() {
    cli = new CliRunner(home);
    wm.stubFor(get(urlPathEqualTo("/api/v1/api-key-status")).willReturn(json(STATUS)));
  }

  String url() {
    return ApiServer.url(wm, Api.MASUMI);
  }

  private String tokenSeenByServer() {
    return wm.findAll(getRequestedFor(urlPathEqualTo("/api/v1/api-key-status")))
        .get(0)
        .getHeader("token");
  }

  @Test
  void a_token_file_is_stored_in_a_0600_config_file_and_the_first_profile_becomes_current()
      throws Exception {
    Path tokenFile = home.resolve("token");
    Files.writeString(tokenFile, "stored-token-123456\n");

    Result r =
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

    assertThat(r.exitCode()).as(r.toString()).isZero();
    Path config = cli.configFile();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config.getParent())))
        .isEqualTo("rwx------");
    assertThat(Files.readString(config))
        .contains("current-profile: prod")
        .contains("token: stored-token-123456");
    assertThat(cli.run("status").exitCode()).isZero();
    assertThat(tokenSeenByServer()).isEqualTo("stored-token-123456");
  }

  @Test
  void profile_list_and_show_never_print_a_stored_secret() throws Exception {
    Path tokenFile = home.resolve("token");
    Files.writeString(tokenFile, "stored-token-123456\n");
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

    Result list = cli.run("profile", "list");
    Result show = cli.run("profile", "show", "prod");
    Result json = cli.run("profile", "show", "prod", "-o", "json");

    assertThat(list.stdout())
        .contains("*        prod", "token: stored")
        .doesNotContain("stored-token-123456");
    assertThat(list.stdout()).contains("sandbox-masumi");
    assertThat(show.stdout())
        .contains("token:     (stored in config file)")
        .doesNotContain("stored-token-123456");
    assertThat(json.stdout()).doesNotContain("stored-token-123456");
  }

  @Test
  void a_token_from_stdin_is_stored_and_no_option_takes_a_secret_value() throws Exception {
    Result added =
        cli.stdin("stdin-token-0000000\n")
            .run(
                "profile", "add", "s", "--provider", "masumi", "--url", url(), "--token-file", "-");

    assertThat(added.exitCode()).as(added.toString()).isZero();
    assertThat(Files.readString(cli.configFile())).contains("token: stdin-token-0000000");
    for (String option :
        List.of("--token", "--project-key", "--business-key", "--token-value", "--password")) {
      Result r =
          cli.run(
              "profile",
              "add",
              "x",
              "--provider",
              "masumi",
              "--url",
              url(),
              option,
              "secret-on-argv");
      assertThat(r.exitCode()).as(option).isEqualTo(2);
      assertThat(r.stderr())
          .startsWith("keyadm: profile add: unknown option '" + option + "'")
          .doesNotContain("secret-on-argv");
    }
    for (String arg : List.of("--token=secret-on-argv", "--tokn=secret-on-argv")) {
      Result r = cli.run("key", "list", arg);
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.stderr()).doesNotContain("secret-on-argv");
    }
  }

  @Test
  void the_chain_takes_the_first_source_found() throws Exception {
    Path tokenFile = home.resolve("token");
    Files.writeString(tokenFile, "from-file-0000000\n");
    cli.env("PROFILE_TOKEN", "from-profile-env-00");
    cli.run(
        "profile",
        "add",
        "p",
        "--provider",
        "masumi",
        "--url",
        url(),
        "--token-env",
        "PROFILE_TOKEN");

    cli.run("status");
    assertThat(tokenSeenByServer()).isEqualTo("from-profile-env-00");

    wm.resetRequests();
    cli.env("KEYADM_TOKEN", "from-keyadm-env-00");
    cli.run("status");
    assertThat(tokenSeenByServer()).isEqualTo("from-keyadm-env-00");

    wm.resetRequests();
    cli.run("status", "--token-file", tokenFile.toString());
    assertThat(tokenSeenByServer()).isEqualTo("from-file-0000000");

    wm.resetRequests();
    Result stdin = cli.stdin("from-stdin-00000\n").run("status", "--token-file", "-");
    assertThat(stdin.exitCode()).isZero();
    assertThat(tokenSeenByServer()).isEqualTo("from-stdin-00000");
  }

  @Test
  void a_token_command_beats_a_token_env_and_its_failure_exits_3() {
    cli.env("PROFILE_TOKEN", "from-profile-env-00");
    cli.run(
        "profile",
        "add",
        "cmd",
        "--provider",
        "masumi",
        "--url",
        url(),
        "--token-command",
        "echo from-command-000; echo second-line");

    assertThat(cli.run("-p", "cmd", "status").exitCode()).isZero();
    assertThat(tokenSeenByServer()).isEqualTo("from-command-000");

    cli.run(
        "profile",
        "add",
        "broken",
        "--provider",
        "masumi",
        "--url",
        url(),
        "--token-command",
        "exit 7");
    Result r = cli.run("-p", "broken", "status");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.stderr()).contains("the token-command of profile broken failed with exit code 7");
  }

  @Test
  void a_missing_token_env_variable_exits_3_naming_it() {
    cli.run(
        "profile",
        "add",
        "p",
        "--provider",
        "masumi",
        "--url",
        url(),
        "--token-env",
        "NOT_SET_ANYWHERE");

    Result r = cli.run("status");

    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.stderr()).contains("$NOT_SET_ANYWHERE, which is not set");
  }

  @Test
  void a_world_readable_config_file_gets_a_warning() throws Exception {
    cli.env("T", "x-token-000000000");
    cli.run("profile", "add", "p", "--provider", "masumi", "--url", url(), "--token-env", "T");
    Files.setPosixFilePermissions(cli.configFile(), PosixFilePermissions.fromString("rw-r--r--"));

    Result r = cli.run("profile", "list");

    assertThat(r.stderr())
        .contains("keyadm: warning: " + cli.configFile() + " is accessible by group or others")
        .contains("chmod 600");
  }

  @Test
  void use_show_and_remove() {
    cli.env("T", "x-token-000000000");
    cli.run("profile", "add", "a", "--provider", "masumi", "--url", url(), "--token-env", "T");
    cli.run(
        "profile",
        "add",
        "b",
        "--provider",
        "nft",
        "--url",
        "https://nft.example/api/v1",
        "--token-env",
        "T",
        "--auth-header",
        "token",
        "--auth-scheme",
        "");

    assertThat(cli.run("profile", "show").stdout()).containsPattern("(?m)^name:\\s+a$");
    assertThat(cli.run("profile", "use", "b").exitCode()).isZero();
    assertThat(cli.run("profile", "show", "-o", "json").stdout())
        .contains("\"auth-header\" : \"token\"")
        .contains("\"current\" : true");
    assertThat(cli.run("profile", "remove", "b").exitCode()).isZero();
    assertThat(cli.run("profile", "show", "b").exitCode()).isEqualTo(4);
  }

  @Test
  void unknown_profiles_exit_4_and_built_in_ones_cannot_be_changed() {
    Result unknown = cli.run("-p", "nope", "key", "list");
    assertThat(unknown.exitCode()).isEqualTo(4);
    assertThat(unknown.stderr())
        .isEqualTo("keyadm: key list: no profile named 'nope' (see 'keyadm profile list')\n");

    assertThat(cli.run("profile", "remove", "sandbox-masumi").exitCode()).isEqualTo(2);
    assertThat(
            cli.run("profile", "add", "sandbox-pers", "--provider", "pers", "--url", url())
                .exitCode())
        .isEqualTo(2);
  }

  @Test
  void profile_add_validates_before_writing() {
    assertThat(cli.run("profile", "add", "x", "--url", url()).stderr())
        .contains("missing --provider");
    assertThat(cli.run("profile", "add", "x", "--provider", "stripe", "--url", url()).stderr())
        .contains("unknown provider 'stripe'");
    assertThat(cli.run("profile", "add", "x", "--provider", "masumi", "--url", "ftp://x").stderr())
        .contains("invalid value for --url");
    assertThat(
            cli.run(
                    "profile",
                    "add",
                    "x",
                    "--provider",
                    "masumi",
                    "--url",
                    url(),
                    "--auth-header",
                    "token")
                .stderr())
        .contains("for nft profiles only");
    assertThat(
            cli.run(
                    "profile",
                    "add",
                    "x",
                    "--provider",
                    "masumi",
                    "--url",
                    url(),
                    "--token-env",
                    "A",
                    "--token-command",
                    "b")
                .stderr())
        .contains("give one of");
    assertThat(
            cli.run("profile", "add", "bad name", "--provider", "masumi", "--url", url()).stderr())
        .contains("invalid profile name");
    assertThat(Files.exists(cli.configFile())).isFalse();
  }

  @Test
  void every_level_has_help_with_the_exit_codes() {
    for (String[] args :
        List.of(
            new String[] {"--help"},
            new String[] {"key", "--help"},
            new String[] {"key", "list", "--help"},
            new String[] {"tenant", "api-key", "create", "--help"},
            new String[] {"-o", "json", "profile", "add", "-h"})) {
      Result r = cli.run(args);
      assertThat(r.exitCode()).as(String.join(" ", args)).isZero();
      assertThat(r.stdout())
          .startsWith("Usage: keyadm")
          .contains("Exit codes:")
          .contains("  3    authentication or permission failure");
    }
    assertThat(cli.run("--help").stdout())
        .contains("Commands:")
        .contains("  key ")
        .contains("  sandbox ");
    assertThat(cli.run("key", "--help").stdout()).contains("  list ").contains("  revoke ");
  }

  @Test
  void colour_only_on_a_terminal_and_never_with_no_color_or_the_option() {
    CliRunner terminal = new CliRunner(home).interactive(true).width(100);
    CliRunner pipe = new CliRunner(home);

    assertThat(terminal.run("-p", "sandbox-nft", "key", "list").stdout())
        .contains("\u001b[32mactive\u001b[0m");
    assertThat(pipe.run("-p", "sandbox-nft", "key", "list").stdout()).doesNotContain("\u001b");
    assertThat(terminal.run("-p", "sandbox-nft", "key", "list", "--no-color").stdout())
        .doesNotContain("\u001b");
    assertThat(terminal.env("NO_COLOR", "1").run("-p", "sandbox-nft", "key", "list").stdout())
        .doesNotContain("\u001b");
  }

  @Test
  void usage_mistakes_get_one_line_and_a_suggestion() {
    assertThat(cli.run().stderr()).isEqualTo("keyadm: missing command (see 'keyadm --help')\n");
    assertThat(cli.run("kye", "list").stderr())
        .isEqualTo(
            "keyadm: unexpected arguments 'kye', 'list'; did you mean 'key'? (see 'keyadm --help')\n");
    assertThat(cli.run("key", "lst").stderr())
        .contains("did you mean 'list'?")
        .endsWith("(see 'keyadm key --help')\n");
    assertThat(cli.run("key").stderr())
        .isEqualTo(
            "keyadm: key: missing subcommand (one of: list, get, create, patch, revoke, rotate) (see 'keyadm key --help')\n");
    assertThat(cli.run("key", "list", "--limt", "3").exitCode()).isEqualTo(2);
  }

  @Test
  void no_profile_at_all_is_a_usage_error_with_a_way_forward() {
    Result r = cli.run("key", "list");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr()).contains("no profile selected").contains("-p sandbox-masumi");
  }

  @Test
  void the_profile_comes_from_the_environment_too() {
    cli.env("T", "x-token-000000000");
    cli.run("profile", "add", "a", "--provider", "masumi", "--url", url(), "--token-env", "T");
    cli.run(
        "profile",
        "add",
        "b",
        "--provider",
        "masumi",
        "--url",
        "http://127.0.0.1:1/api/v1",
        "--token-env",
        "T");

    Result r = cli.env("KEYADM_PROFILE", "a").run("status");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    wm.verify(
        getRequestedFor(urlPathEqualTo("/api/v1/api-key-status"))
            .withHeader("token", equalTo("x-token-000000000")));
  }

  @Test
  void global_options_work_before_and_after_the_subcommand() {
    cli.env("KEYADM_TOKEN", "x-token-000000000");
    Result before = cli.run("--provider", "masumi", "--url", url(), "-o", "json", "status");
    Result after = cli.run("status", "-o", "json", "--url", url(), "--provider", "masumi");

    assertThat(before.exitCode()).isZero();
    assertThat(after.stdout()).isEqualTo(before.stdout());
  }
}
