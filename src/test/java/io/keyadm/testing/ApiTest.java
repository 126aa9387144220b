package io.keyadm.testing;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.keyadm.CliRunner;
import io.keyadm.CliRunner.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test of one API: a WireMock server in its place on loopback, a private home, and {@link
 * #keyadm} running the real command tree against the server. Subclasses put the credentials in
 * {@link #cli}'s environment in their own {@code @BeforeEach}, which runs after this one.
 */
public abstract class ApiTest {

  @RegisterExtension protected static final WireMockExtension wm = ApiServer.loopback();

  @TempDir protected Path home;

  /** A fresh runner for each test, with no credentials yet. */
  protected CliRunner cli;

  private final Api api;

  protected ApiTest(Api api) {
    this.api = api;
  }

  @BeforeEach
  final void createRunner() {
    cli = new CliRunner(home);
  }

  /** keyadm with --provider, --url of this server and --retries 0, then {@code args}. */
  protected Result keyadm(String... args) {
    return Keyadm.against(wm, api, cli).run(args);
  }

  /** The base URL of the API on this server. */
  protected String url() {
    return ApiServer.url(wm, api);
  }
}
