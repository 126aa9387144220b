package io.keyadm.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher: any directory, symlinks, JAVA_HOME, exit codes. */
class LauncherIT {

  @TempDir Path home;

  @Test
  void runs_from_any_directory_and_through_a_symlink() throws Exception {
    Path link = home.resolve("bin-link");
    Files.createSymbolicLink(link, Proc.KEYADM);

    Proc.Result r = Proc.exec(home, Map.of(), null, List.of(link.toString(), "--version"));

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.stdout()).isEqualTo("keyadm 0.1.0\n");
  }

  @Test
  void runs_from_a_directory_whose_path_has_spaces() throws Exception {
    Path dir = home.resolve("Program Files/key adm");
    Files.createDirectories(dir);
    // The build's own layout, archives included: their paths are options of the JVM.
    Proc.Result copy =
        Proc.exec(
            home,
            Map.of(),
            null,
            List.of("cp", "-R", Proc.KEYADM.getParent().getParent().toString(), dir.toString()));
    assertThat(copy.exitCode()).as(copy.toString()).isZero();
    String keyadm = dir.resolve("keyadm/bin/keyadm").toString();
    Map<String, String> env = Map.of("XDG_CACHE_HOME", home.resolve("cache dir").toString());

    Proc.Result version = Proc.exec(home, env, null, List.of(keyadm, "--version"));
    Proc.Result list =
        Proc.exec(home, env, null, List.of(keyadm, "-p", "sandbox-masumi", "key", "list"));
    // KEYADM_JAVA_OPTS is still split into several options.
    Proc.Result opts =
        Proc.exec(
            home,
            Map.of(
                "KEYADM_JAVA_OPTS", "-Xshare:off -Xlog:class+load=info", "KEYADM_NO_ARCHIVE", "1"),
            null,
            List.of(keyadm, "--version"));

    assertThat(version.exitCode()).as(version.toString()).isZero();
    assertThat(version.stdout()).isEqualTo("keyadm 0.1.0\n");
    assertThat(version.stderr()).isEmpty();
    assertThat(list.exitCode()).as(list.toString()).isZero();
    assertThat(list.stdout()).startsWith("ID ").contains("cm0000000000sandboxadmin0");
    assertThat(opts.exitCode()).as(opts.toString()).isZero();
    assertThat(opts.stdout())
        .contains("java.lang.Object source: jrt:/java.base")
        .contains("\nkeyadm 0.1.0\n");
  }

  @Test
  void passes_exit_codes_through() {
    assertThat(Proc.run(home, Map.of(), null, "key", "list").exitCode()).isEqualTo(2);
    assertThat(Proc.run(home, Map.of(), null, "-p", "nope", "key", "list").exitCode()).isEqualTo(4);
    assertThat(
            Proc.run(home, Map.of("KEYADM_TOKEN", "wrong"), null, "-p", "sandbox-nft", "status")
                .exitCode())
        .isEqualTo(3);
  }

  @Test
  void honours_java_home() {
    Proc.Result bad =
        Proc.exec(
            home,
            Map.of("JAVA_HOME", home.toString()),
            null,
            List.of(Proc.KEYADM.toString(), "--version"));
    Proc.Result good =
        Proc.exec(
            home,
            Map.of("JAVA_HOME", System.getProperty("java.home")),
            null,
            List.of(Proc.KEYADM.toString(), "--version"));

    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.stderr())
        .isEqualTo(
            "keyadm: JAVA_HOME is "
                + home
                + ", but "
                + home
                + "/bin/java is not an executable Java\n");
    assertThat(good.exitCode()).isZero();
  }

  @Test
  void a_create_with_stdout_closed_fails_loudly_with_the_key_id() {
    Proc.Result r =
        Proc.exec(
            home,
            Map.of(),
            null,
            List.of("sh", "-c", Proc.KEYADM + " -p sandbox-masumi key create >&-"));

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stderr())
        .containsPattern(
            "key (cm\\w+) was created but its secret could not be written to stdout; the secret is lost: "
                + "revoke it with 'keyadm key revoke cm\\w+'")
        .doesNotContain("masumi-payment-");
  }

  @Test
  void the_built_in_sandbox_profiles_work_with_no_setup() {
    Proc.Result masumi = Proc.run(home, Map.of(), null, "-p", "sandbox-masumi", "key", "list");
    Proc.Result pers = Proc.run(home, Map.of(), null, "-p", "sandbox-pers", "key", "list");
    Proc.Result nft = Proc.run(home, Map.of(), null, "-p", "sandbox-nft", "key", "list");

    assertThat(masumi.exitCode()).as(masumi.toString()).isZero();
    assertThat(masumi.stdout()).startsWith("ID ").contains("cm0000000000sandboxadmin0");
    assertThat(pers.stdout()).contains("Integration (seeded)");
    assertThat(nft.stdout()).contains("67aaf3d7ac6656e91a4a9845");
    assertThat(Files.exists(home.resolve("state/keyadm/sandbox/masumi.json"))).isTrue();
  }
}
