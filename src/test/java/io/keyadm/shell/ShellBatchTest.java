package io.keyadm.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyadm.CliRunner;
import io.keyadm.CliRunner.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code keyadm shell} fed from a pipe: one run, many commands, against one embedded sandbox. */
class ShellBatchTest {

  @TempDir Path home;

  private Result shell(String lines, String... globals) {
    String[] args = new String[globals.length + 1];
    System.arraycopy(globals, 0, args, 0, globals.length);
    args[globals.length] = "shell";
    return new CliRunner(home).stdin(lines).run(args);
  }

  @Test
  void runs_each_line_with_the_session_defaults_and_a_line_option_wins() {
    Result r =
        shell("key list\n\n# a comment\nkey list -o json\n", "-p", "sandbox-masumi", "-o", "id");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.stdout()).startsWith("cm0000000000sandboxadmin0\n[ {\n");
    assertThat(r.stdout()).contains("\"id\" : \"cm0000000000sandboxadmin0\"");
    assertThat(r.stderr()).isEmpty();
  }

  @Test
  void stops_at_the_first_failing_line_and_exits_with_its_code() {
    Result r =
        shell(
            "key list -o id\nkey get cmnotthere000000000000001\nkey list -o id\n",
            "-p",
            "sandbox-masumi");

    assertThat(r.exitCode()).isEqualTo(4);
    assertThat(r.stdout()).isEqualTo("cm0000000000sandboxadmin0\n");
    assertThat(r.stderr()).endsWith(": no key with id cmnotthere000000000000001\n");
    assertThat(r.stderr().lines()).hasSize(1);
  }

  @Test
  void a_line_that_does_not_parse_is_a_usage_error() {
    Result r = shell("key lst\nkey list -o id\n", "-p", "sandbox-masumi");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.stderr()).startsWith("keyadm: ");
    assertThat(r.stderr().lines()).hasSize(1);
  }
}
