package io.keyadm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.keyadm.CliRunner;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionTest {

  @TempDir Path home;

  @Test
  void the_committed_bash_script_is_the_generated_one() throws Exception {
    CliRunner.Result r = new CliRunner(home).run("completion", "bash");

    assertThat(r.exitCode()).isZero();
    assertThat(r.stdout())
        .as(
            "completions/keyadm.bash is stale: regenerate with 'keyadm completion bash > completions/keyadm.bash'")
        .isEqualTo(Files.readString(Path.of("completions", "keyadm.bash")));
  }

  @Test
  void the_committed_zsh_script_is_the_generated_one() throws Exception {
    CliRunner.Result r = new CliRunner(home).run("completion", "zsh");
    Files.writeString(Path.of("target", "_keyadm.generated"), r.stdout());

    assertThat(r.stdout())
        .as(
            "completions/_keyadm is stale: regenerate with 'keyadm completion zsh > completions/_keyadm'")
        .isEqualTo(Files.readString(Path.of("completions", "_keyadm")));
    assertThat(r.stdout())
        .startsWith("#compdef keyadm\n")
        .contains("--limit'[Stop after this many keys.]:n:'");
  }

  @Test
  void an_unknown_shell_is_a_usage_error() {
    assertThat(new CliRunner(home).run("completion", "fish").exitCode()).isEqualTo(2);
  }

  @Test
  void bash_registers_the_function_and_completes_commands_options_and_profile_names()
      throws Exception {
    Path config = home.resolve("config/keyadm/config.yaml");
    Files.createDirectories(config.getParent());
    Files.writeString(
        config,
        "current-profile: prod\nprofiles:\n  prod:\n    provider: masumi\n  staging-eu:\n    provider: pers\n");
    String script =
        """
        source completions/keyadm.bash 2>/dev/null
        complete -p keyadm
        c() { COMP_WORDS=("$@"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMPREPLY=(); _keyadm_complete 2>/dev/null; echo "${COMPREPLY[*]}"; }
        c keyadm st
        c keyadm key ""
        c keyadm key create --per
        c keyadm -p ""
        c keyadm profile use st
        c keyadm key list -o ""
        """;
    List<String> lines = shell("bash", script);

    assertThat(lines)
        .containsExactly(
            "complete -o default -F _keyadm_complete keyadm",
            "status",
            "list get create patch revoke rotate",
            "--permission",
            "sandbox-masumi sandbox-pers sandbox-nft prod staging-eu",
            "staging-eu",
            "table json yaml csv id");
  }

  @Test
  void zsh_loads_the_script_and_defines_the_completion_functions() throws Exception {
    assumeTrue(onPath("zsh"), "zsh is not installed");
    Path config = home.resolve("config/keyadm/config.yaml");
    Files.createDirectories(config.getParent());
    Files.writeString(config, "profiles:\n  prod:\n    provider: masumi\n");
    String script =
        """
        zsh -n completions/_keyadm && echo syntax-ok
        fpath=(completions $fpath)
        autoload -Uz compinit && compinit -u -d "$HOME/.zcompdump"
        echo "registered: $_comps[keyadm]"
        eval "$(sed '$d' completions/_keyadm)"
        whence -w _keyadm_key_create _keyadm_profiles
        echo "profiles: $(_keyadm_profile_names | tr '\\n' ' ')"
        """;
    List<String> lines = shell("zsh", script);

    assertThat(lines)
        .containsExactly(
            "syntax-ok",
            "registered: _keyadm",
            "_keyadm_key_create: function",
            "_keyadm_profiles: function",
            "profiles: sandbox-masumi sandbox-pers sandbox-nft prod ");
  }

  @Test
  void zsh_completes_commands_options_and_profile_names_at_a_real_prompt() throws Exception {
    assumeTrue(onPath("zsh"), "zsh is not installed");
    Path config = home.resolve("config/keyadm/config.yaml");
    Files.createDirectories(config.getParent());
    Files.writeString(config, "profiles:\n  prod:\n    provider: masumi\n");

    assertThat(zshCandidates("keyadm key "))
        .containsExactlyInAnyOrder("list", "get", "create", "patch", "revoke", "rotate");
    assertThat(zshCandidates("keyadm key create --per")).containsExactly("--permission");
    assertThat(zshCandidates("keyadm -p "))
        .containsExactlyInAnyOrder("sandbox-masumi", "sandbox-pers", "sandbox-nft", "prod");
    assertThat(zshCandidates("keyadm key list -o "))
        .containsExactlyInAnyOrder("table", "json", "yaml", "csv", "id");
  }

  /**
   * Types {@code line} and TAB into an interactive zsh in a pseudo-terminal, with compadd wrapped
   * to print each candidate it is given.
   */
  private java.util.Set<String> zshCandidates(String line) throws Exception {
    String script =
        """
        zmodload zsh/zpty
        zpty z zsh -f -i
        zpty -w z 'PROMPT=; fpath=(completions $fpath); autoload -Uz compinit; compinit -u -d $HOME/.zcd'
        zpty -w z 'zstyle ":completion:*" insert-tab false'
        zpty -w z 'compadd() { local -a _hits; builtin compadd -A _hits "$@"; local h; for h in $_hits; do print -r -- "HIT:$h"; done; builtin compadd "$@" }'
        zpty -w -n z "$LINE"$'\\t'
        sleep 1.5
        out=
        while zpty -r -t z chunk; do out+=$chunk; done
        print -r -- $out | tr -d '\\r' | grep -a -o 'HIT:[^[:space:]]*'
        zpty -d z
        """;
    ProcessBuilder pb = new ProcessBuilder("zsh", "-f", "-c", script).redirectErrorStream(true);
    pb.environment().put("HOME", home.toString());
    pb.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
    pb.environment().put("LINE", line);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    java.util.Set<String> hits = new java.util.TreeSet<>();
    out.lines()
        .filter(l -> l.startsWith("HIT:") && !l.contains("$"))
        .forEach(l -> hits.add(l.substring(4)));
    return hits;
  }

  private List<String> shell(String shell, String script) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(shell, "-c", script).redirectErrorStream(true);
    pb.environment().put("HOME", home.toString());
    pb.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return out.lines().toList();
  }

  private static boolean onPath(String cmd) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, cmd))) return true;
    }
    return false;
  }
}
