package io.keyadm.cli;

import io.keyadm.core.KeyadmException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;

/** What a run is given by its process: environment, standard streams, clock and terminal. */
public record Streams(
    Map<String, String> env,
    InputStream stdin,
    PrintWriter out,
    PrintWriter err,
    Clock clock,
    Console console) {

  public Streams {
    env = Map.copyOf(env);
  }

  /**
   * Asks before a destructive change; without a terminal, {@code --yes} is required and its absence
   * is a usage error raised before anything is sent.
   */
  public void confirm(boolean yes, String question) {
    if (yes) return;
    if (!console.isInteractive()) {
      throw KeyadmException.usage(
          "confirmation required: rerun with --yes (stdin is not a terminal)");
    }
    if (!console.confirm(question)) throw KeyadmException.usage("cancelled");
  }

  /** A line for the operator on stderr, e.g. "Added profile prod". */
  public void tell(String line) {
    err.println(line);
    err.flush();
  }
}
