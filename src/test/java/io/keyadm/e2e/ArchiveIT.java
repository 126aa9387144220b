package io.keyadm.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data archives built at package time are really used: a stale or mismatched archive is
 * ignored silently at run time, so here the JVM is told to fail instead, and the class-loading log
 * must show keyadm's and picocli's classes coming from the archive.
 */
class ArchiveIT {

  @TempDir Path home;

  @Test
  void the_appcds_archive_is_used_by_the_default_java() {
    Path jsa = Proc.KEYADM.getParent().getParent().resolve("lib/keyadm.jsa");
    assertThat(jsa).exists();

    Proc.Result r =
        Proc.run(
            home,
            Map.of(
                "JAVA_HOME",
                System.getProperty("java.home"),
                "KEYADM_JAVA_OPTS",
                "-Xshare:on -Xlog:class+load=info"),
            null,
            "profile",
            "list");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.stdout())
        .contains("io.keyadm.cli.Cli source: shared objects file")
        .contains("picocli.CommandLine source: shared objects file")
        .contains("com.fasterxml.jackson.databind.ObjectMapper source: shared objects file");
  }

  @Test
  void the_aot_cache_is_used_by_the_jdk_it_was_built_for() throws Exception {
    Path lib = Proc.KEYADM.getParent().getParent().resolve("lib");
    assumeTrue(Files.exists(lib.resolve("aot-java")), "no JDK 25 at package time: no AOT cache");

    String aotJava = Files.readString(lib.resolve("aot-java")).trim();
    String aotHome = Path.of(aotJava).getParent().getParent().toString();

    Proc.Result r =
        Proc.run(
            home,
            Map.of(
                "JAVA_HOME", aotHome, "KEYADM_JAVA_OPTS", "-XX:AOTMode=on -Xlog:class+load=info"),
            null,
            "profile",
            "list");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.stdout())
        .contains("io.keyadm.cli.Cli source: shared objects file")
        .contains("picocli.CommandLine source: shared objects file");
  }
}
