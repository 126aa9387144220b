package io.keyadm.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyadm.CliRunner;
import io.keyadm.cli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What 'mvn package' ships: the tarball's layout and a man page for every command. */
class DistributionIT {

  @TempDir Path home;

  @Test
  void the_tarball_holds_launcher_libraries_completions_man_pages_license_and_readme()
      throws Exception {
    Path tar = Path.of("target", "keyadm-0.1.0.tar.gz");
    Proc.Result list =
        Proc.exec(home, Map.of(), null, List.of("tar", "tvzf", tar.toAbsolutePath().toString()));

    assertThat(list.exitCode()).isZero();
    assertThat(list.stdout())
        .containsPattern("-rwxr-xr-x .* keyadm-0.1.0/bin/keyadm\\n")
        .contains(
            "keyadm-0.1.0/lib/keyadm.jar",
            "keyadm-0.1.0/lib/okhttp-4.12.0.jar",
            "keyadm-0.1.0/completions/keyadm.bash",
            "keyadm-0.1.0/completions/_keyadm",
            "keyadm-0.1.0/man/man1/keyadm.1",
            "keyadm-0.1.0/man/man1/keyadm-key-create.1",
            "keyadm-0.1.0/LICENSE",
            "keyadm-0.1.0/README.md")
        .doesNotContain("picocli-4.7.7.jar")
        .doesNotContain("keyadm.jsa");
  }

  @Test
  void every_command_has_a_man_page() {
    CommandLine tree = Cli.commandLine(new CliRunner(home).services());
    List<String> pages = new ArrayList<>();
    collect(tree, pages);

    assertThat(pages).hasSizeGreaterThan(25);
    for (String page : pages) {
      assertThat(Path.of("target", "keyadm", "man", "man1", page + ".1")).as(page).exists();
    }
  }

  @Test
  void the_launched_tarball_runs_from_wherever_it_is_unpacked() throws Exception {
    Proc.Result untar =
        Proc.exec(
            home,
            Map.of(),
            null,
            List.of(
                "tar",
                "xzf",
                Path.of("target", "keyadm-0.1.0.tar.gz").toAbsolutePath().toString()));
    assertThat(untar.exitCode()).isZero();

    Proc.Result r =
        Proc.exec(
            home,
            Map.of(),
            null,
            List.of(
                home.resolve("keyadm-0.1.0/bin/keyadm").toString(), "-p", "sandbox-nft", "status"));

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.stdout()).startsWith("status:");
    assertThat(Files.isExecutable(home.resolve("keyadm-0.1.0/bin/keyadm"))).isTrue();
  }

  private static void collect(CommandLine cmd, List<String> pages) {
    pages.add(cmd.getCommandSpec().qualifiedName("-"));
    cmd.getSubcommands().values().forEach(sub -> collect(sub, pages));
  }
}
