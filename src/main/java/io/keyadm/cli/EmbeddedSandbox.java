package io.keyadm.cli;

import io.keyadm.provider.masumi.sandbox.MasumiSandbox;
import io.keyadm.provider.nft.sandbox.NftSandbox;
import io.keyadm.provider.pers.sandbox.PersSandbox;
import io.keyadm.sandbox.SandboxServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The sandbox started for one command of a built-in profile. Kept in its own class so that the
 * sandbox's classes are loaded only by commands that use it.
 */
final class EmbeddedSandbox implements AutoCloseable {

  private final SandboxServer server;

  private EmbeddedSandbox(SandboxServer server) {
    this.server = server;
  }

  static EmbeddedSandbox start(Path stateDir, PrintWriter err) {
    return new EmbeddedSandbox(
        SandboxServer.start(
            "127.0.0.1",
            0,
            stateDir,
            List.of(new MasumiSandbox(), new PersSandbox(), new NftSandbox())));
  }

  String baseUrl(String provider) {
    return server.baseUrl(provider);
  }

  @Override
  public void close() {
    server.stop();
  }
}
