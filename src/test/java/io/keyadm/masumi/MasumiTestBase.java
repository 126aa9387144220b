package io.keyadm.masumi;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.keyadm.CliRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A WireMock Masumi server on loopback and keyadm pointed at it with a token in the environment.
 */
abstract class MasumiTestBase {

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
          .build();

  @TempDir Path home;

  CliRunner cli;

  @BeforeEach
  void setUpCli() {
    cli = new CliRunner(home).env("KEYADM_TOKEN", MasumiFixtures.TOKEN);
  }

  String baseUrl() {
    return "http://127.0.0.1:" + wm.getPort() + "/api/v1";
  }

  /** keyadm with --url/--provider for this server, then the given arguments. */
  CliRunner.Result keyadm(String... args) {
    List<String> all =
        new ArrayList<>(List.of("--provider", "masumi", "--url", baseUrl(), "--retries", "0"));
    all.addAll(List.of(args));
    return cli.run(all.toArray(String[]::new));
  }
}
