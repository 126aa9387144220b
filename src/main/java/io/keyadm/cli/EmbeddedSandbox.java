package io.keyadm.cli;

import io.keyadm.provider.Providers;
import io.keyadm.sandbox.SandboxServer;
import java.nio.file.Path;

/**
 * The sandbox started for one command of a built-in profile. Kept in its own class so that the
 * sandbox's classes are loaded only by commands that use it.
 */
final class EmbeddedSandbox implements AutoCloseable {

  private final SandboxServer server;

  private EmbeddedSandbox(SandboxServer server) {
    this.server = server;
  }

  static EmbeddedSandbox start(Path stateDir, Providers providers) {
    return new EmbeddedSandbox(
        SandboxServer.start("127.0.0.1", 0, stateDir, providers.sandboxParts()));
  }

  String baseUrl(String provider) {
    return server.baseUrl(provider);
  }

  @Override
  public void close() {
    server.stop();
  }
}
