package io.keyadm.fs;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Owner-only files written through a temporary file and a rename, so no reader sees half a file.
 */
public final class SecureFiles {

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_DIR =
      PosixFilePermissions.fromString("rwx------");

  private SecureFiles() {}

  /**
   * Writes {@code bytes} to {@code target} with mode 0600.
   *
   * @param overwrite when false and the target exists, fails with {@link
   *     FileAlreadyExistsException}
   */
  public static void writeAtomically(Path target, byte[] bytes, boolean overwrite)
      throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_DIR));
    }
    if (!overwrite && Files.exists(target)) throw new FileAlreadyExistsException(target.toString());
    Path tmp =
        Files.createTempFile(
            dir,
            "." + target.getFileName() + ".",
            ".tmp",
            PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    try {
      Files.write(tmp, bytes);
      try (var ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ch.force(true);
      }
      if (!overwrite) {
        // A hard link fails if the target appeared in the meantime; rename would replace it.
        Files.createLink(target, tmp);
        Files.delete(tmp);
        return;
      }
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
