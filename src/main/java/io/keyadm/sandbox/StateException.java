package io.keyadm.sandbox;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;

/**
 * The sandbox's state cannot be used: its file is not valid JSON state, or its directory cannot be
 * written. The message is one line that names the file and what to do.
 */
public final class StateException extends RuntimeException {

  private StateException(String message, Throwable cause) {
    super(message, cause);
  }

  static StateException corrupted(Path file, String why) {
    return new StateException(
        "the sandbox state "
            + file
            + " is corrupted: "
            + firstLine(why)
            + "; run 'keyadm sandbox reset' to start again from the seeded state",
        null);
  }

  static StateException unwritable(Path path, IOException e) {
    String why =
        e instanceof AccessDeniedException ? "permission denied" : firstLine(e.getMessage());
    return new StateException(
        "cannot write the sandbox state in "
            + path
            + ": "
            + why
            + "; make it writable, or run 'keyadm sandbox reset' once it is",
        e);
  }

  private static String firstLine(String text) {
    if (text == null || text.isBlank()) return "unreadable";
    String line = text.strip().lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
