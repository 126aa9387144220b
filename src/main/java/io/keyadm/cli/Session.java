package io.keyadm.cli;

import io.keyadm.http.Cancellation;
import picocli.CommandLine.IDefaultValueProvider;

/**
 * What a command run inside {@code keyadm shell} shares with the session: the global options given
 * to {@code shell} as defaults, the session's one sandbox emulator, and the cancellation Ctrl-C
 * triggers.
 */
public interface Session {

  /** A run of its own: a separate process. */
  Session NONE =
      new Session() {
        @Override
        public IDefaultValueProvider defaults() {
          return null;
        }

        @Override
        public String sandboxUrl(String provider) {
          return null;
        }

        @Override
        public Cancellation cancellation() {
          return null;
        }
      };

  /** The session's global option values, or null. */
  IDefaultValueProvider defaults();

  /**
   * The base URL of {@code provider}'s API on the session's sandbox, started on first use; null
   * where the command starts a sandbox of its own.
   */
  String sandboxUrl(String provider);

  /** What stops the command's HTTP calls when the operator presses Ctrl-C, or null. */
  Cancellation cancellation();
}
