package io.keyadm.cli.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import org.jline.reader.impl.history.DefaultHistory;

/**
 * The shell's history: {@code $XDG_STATE_HOME/keyadm/history}, owner-only, bounded, holding only
 * lines that parse (a mistyped line is where a pasted secret would end up).
 */
final class HistoryFile extends DefaultHistory {

  /** Lines kept in memory and in the file. */
  static final int SIZE = 1000;

  private final Predicate<String> storable;

  HistoryFile(Predicate<String> storable) {
    this.storable = storable;
  }

  @Override
  public void add(Instant time, String line) {
    if (storable.test(line)) super.add(time, line);
  }

  static Path path(Map<String, String> env) {
    String xdg = env.get("XDG_STATE_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".local", "state");
    return base.resolve("keyadm").resolve("history");
  }

  /**
   * Creates the file owner-only before jline writes to it (jline appends to it and keeps its mode),
   * and takes the access of others away from one that exists.
   */
  static Path prepare(Map<String, String> env) throws IOException {
    Path file = path(env);
    Path dir = file.getParent();
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(
          dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }
    if (!Files.exists(file)) {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
    return file;
  }
}
