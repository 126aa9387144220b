package io.keyadm.cli;

import io.keyadm.core.KeyadmException;
import io.keyadm.provider.Providers;
import io.keyadm.sandbox.SandboxServer;
import io.keyadm.sandbox.StateException;
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

  /**
   * Starts the sandbox and reads the state of the provider the command uses, once: a broken state
   * file is a usage error that names the file, not a server failure.
   */
  static EmbeddedSandbox start(Path stateDir, Providers providers, String provider) {
    SandboxServer server = SandboxServer.start("127.0.0.1", 0, stateDir, providers.sandboxParts());
    try {
      server.check(provider);
    } catch (StateException e) {
      server.stop();
      throw KeyadmException.usage(e.getMessage());
    }
    return new EmbeddedSandbox(server);
  }

  String baseUrl(String provider) {
    return server.baseUrl(provider);
  }

  @Override
  public void close() {
    server.stop();
  }
}
