package io.keyadm.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.fs.SecureFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The sandbox's state, one JSON file per provider. Every request runs as a transaction: a lock in
 * this JVM plus an exclusive file lock across processes, read, change, then an atomic replace — so
 * many keyadm processes using the same sandbox at once lose no update and never see half a file.
 */
public final class StateStore {

  private static final ConcurrentHashMap<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

  private final Path dir;
  private final ObjectMapper mapper;

  StateStore(Path dir, ObjectMapper mapper) {
    this.dir = dir;
    this.mapper = mapper;
  }

  /** The state of one provider, open for reading and changing until the function returns. */
  public final class Transaction {
    private final ObjectNode root;
    private boolean dirty;

    private Transaction(ObjectNode root) {
      this.root = root;
    }

    public ObjectNode root() {
      return root;
    }

    /** Marks the state changed: it is written back when the transaction ends. */
    public void changed() {
      dirty = true;
    }
  }

  /**
   * @param seed fills a new, empty state (first use, or after a reset)
   */
  <T> T transact(String name, Consumer<ObjectNode> seed, Function<Transaction, T> work) {
    Path file = dir.resolve(name + ".json");
    Path lockFile = dir.resolve(name + ".lock");
    ReentrantLock jvmLock =
        JVM_LOCKS.computeIfAbsent(lockFile.toAbsolutePath(), p -> new ReentrantLock());
    jvmLock.lock();
    try {
      Files.createDirectories(dir);
      try (FileChannel channel =
              FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock lock = channel.lock()) {
        boolean exists = Files.exists(file) && Files.size(file) > 0;
        ObjectNode root =
            exists ? (ObjectNode) mapper.readTree(file.toFile()) : mapper.createObjectNode();
        // An empty state (first use, or a file cut short) starts again from the seed.
        boolean fresh = root.isEmpty();
        if (fresh) seed.accept(root);
        Transaction tx = new Transaction(root);
        T result = work.apply(tx);
        if (tx.dirty || fresh)
          SecureFiles.writeAtomically(file, mapper.writeValueAsBytes(root), true);
        return result;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("sandbox state in " + dir + ": " + e.getMessage(), e);
    } finally {
      jvmLock.unlock();
    }
  }

  /** Removes every provider's state, each under its lock; the next request starts from the seed. */
  void reset() throws IOException {
    if (!Files.isDirectory(dir)) return;
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        String fileName = file.getFileName().toString();
        if (!fileName.endsWith(".json")) continue;
        String name = fileName.substring(0, fileName.length() - ".json".length());
        transact(
            name,
            root -> {},
            tx -> {
              try {
                Files.deleteIfExists(file);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              return null;
            });
      }
    }
  }
}
