package io.keyadm.cli.sandbox;

import sun.misc.Signal;

/**
 * Ctrl-C and SIGTERM end {@code sandbox serve} cleanly, with exit code 0, instead of killing the
 * JVM.
 */
final class StopSignals {

  private StopSignals() {}

  static void onStop(Runnable stop) {
    for (String name : new String[] {"INT", "TERM"}) {
      try {
        Signal.handle(new Signal(name), s -> stop.run());
      } catch (IllegalArgumentException e) {
        // The signal is not available here (or already taken by the JVM): the default applies.
      }
    }
  }
}
