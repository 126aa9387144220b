package io.keyadm.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keyadm.core.KeyadmException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The credential chain alone: first found wins, in the documented order. */
class CredentialChainTest {

  static final Secret PROJECT_KEY = Secret.named("project-key", "the project key");
  static final String FROM_FILE = "masumi-payment-admin-fromfile0000000000001";
  static final String FROM_ENV = "masumi-payment-admin-fromenv00000000000002";
  static final String FROM_COMMAND = "masumi-payment-admin-fromcommand000000003";
  static final String FROM_PROFILE_ENV = "masumi-payment-admin-fromprofileenv000004";
  static final String STORED = "masumi-payment-admin-stored000000000000005";

  @TempDir Path dir;
  final Map<String, String> env = new HashMap<>();

  CredentialChain chain(String stdin) {
    return new CredentialChain(
        env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
  }

  static Profile profile(String... settings) {
    Map<String, String> s = new HashMap<>();
    for (int i = 0; i < settings.length; i += 2) s.put(settings[i], settings[i + 1]);
    return new Profile("prod", s);
  }

  @Test
  void each_link_wins_over_the_ones_after_it() throws Exception {
    Path file = Files.writeString(dir.resolve("token"), FROM_FILE + "\nsecond line\n");
    env.put("KEYADM_TOKEN", FROM_ENV);
    env.put("PROD_TOKEN", FROM_PROFILE_ENV);
    Profile all =
        profile(
            "token-command",
            "printf '%s\\n' " + FROM_COMMAND,
            "token-env",
            "PROD_TOKEN",
            "token",
            STORED);

    assertThat(chain("").find(Secret.TOKEN, file.toString(), all).value()).isEqualTo(FROM_FILE);
    assertThat(chain("").find(Secret.TOKEN, null, all).value()).isEqualTo(FROM_ENV);
    env.remove("KEYADM_TOKEN");
    assertThat(chain("").find(Secret.TOKEN, null, all).value()).isEqualTo(FROM_COMMAND);
    assertThat(
            chain("")
                .find(Secret.TOKEN, null, profile("token-env", "PROD_TOKEN", "token", STORED))
                .value())
        .isEqualTo(FROM_PROFILE_ENV);
    assertThat(chain("").find(Secret.TOKEN, null, profile("token", STORED)).value())
        .isEqualTo(STORED);
    assertThat(chain("").find(Secret.TOKEN, null, profile())).isNull();
  }

  @Test
  void the_source_is_named_and_the_value_never_is() {
    env.put("KEYADM_TOKEN", FROM_ENV);

    Credential c = chain("").find(Secret.TOKEN, null, null);

    assertThat(c.source()).isEqualTo("environment variable KEYADM_TOKEN");
    assertThat(c.toString()).doesNotContain(FROM_ENV);
  }

  @Test
  void a_declared_secret_uses_its_own_option_variable_and_config_keys() {
    env.put("KEYADM_PROJECT_KEY", "a".repeat(64));

    assertThat(PROJECT_KEY.fileOption()).isEqualTo("--project-key-file");
    assertThat(chain("").find(PROJECT_KEY, null, null).value()).isEqualTo("a".repeat(64));
    env.clear();
    assertThat(chain("").find(PROJECT_KEY, null, profile("project-key", "b".repeat(64))).value())
        .isEqualTo("b".repeat(64));
  }

  @Test
  void stdin_is_read_once_for_one_secret() {
    CredentialChain chain = chain(FROM_FILE + "\n");

    assertThat(chain.find(Secret.TOKEN, "-", null).value()).isEqualTo(FROM_FILE);
    assertThatThrownBy(() -> chain.find(PROJECT_KEY, "-", null))
        .isInstanceOf(KeyadmException.class)
        .hasMessageContaining("standard input was already read");
  }

  @Test
  void a_missing_credential_says_where_it_looked_and_exits_3() {
    assertThatThrownBy(() -> chain("").require(Secret.TOKEN, null, profile()))
        .isInstanceOf(KeyadmException.class)
        .hasMessage("no token found (looked at --token-file, $KEYADM_TOKEN and profile prod)")
        .extracting(e -> ((KeyadmException) e).exitCode())
        .isEqualTo(3);
  }

  @Test
  void a_token_env_that_is_not_set_is_an_authentication_failure_naming_the_variable() {
    assertThatThrownBy(() -> chain("").find(Secret.TOKEN, null, profile("token-env", "NOPE")))
        .isInstanceOf(KeyadmException.class)
        .hasMessage("profile prod reads its token from $NOPE, which is not set");
  }

  @Test
  void a_failing_or_silent_token_command_is_an_authentication_failure() {
    assertThatThrownBy(() -> chain("").find(Secret.TOKEN, null, profile("token-command", "exit 3")))
        .hasMessage("the token-command of profile prod failed with exit code 3");
    assertThatThrownBy(() -> chain("").find(Secret.TOKEN, null, profile("token-command", "true")))
        .hasMessage("the token-command of profile prod printed nothing on stdout");
  }
}
