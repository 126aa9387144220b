package io.keyadm.sandbox;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.fs.SecureFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The sandbox's state, one JSON file per provider. Every request runs as a transaction: a lock in
 * this JVM plus an exclusive file lock across processes, then the change written through with an
 * atomic replace — so many keyadm processes using the same sandbox at once lose no update and never
 * see half a file.
 *
 * <p>The state is kept in memory between transactions and read again only when another writer has
 * replaced the file since: each writer leaves a fresh random stamp in the lock file, and the file's
 * identity, size and time are compared too (a file seeded or edited by hand). So a request costs
 * what it touches, not a parse of the whole state.
 */
public final class StateStore {

  private static final ConcurrentHashMap<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path dir;
  private final ObjectMapper mapper;

  /** Per provider; each entry is read and written only under that provider's locks. */
  private final Map<String, Held> held = new ConcurrentHashMap<>();

  StateStore(Path dir, ObjectMapper mapper) {
    this.dir = dir;
    this.mapper = mapper;
  }

  /** What the state file was when this store last read or wrote it. */
  private record Stamp(String writer, Object fileKey, FileTime modified, long size) {}

  /** A state held in memory, with the values derived from it while it is unchanged. */
  private static final class Held {
    final ObjectNode root;
    final Map<Object, Object> derived = new HashMap<>();
    Stamp stamp;

    Held(ObjectNode root, Stamp stamp) {
      this.root = root;
      this.stamp = stamp;
    }
  }

  /** The state of one provider, open for reading and changing until the function returns. */
  public final class Transaction {
    private final Held state;
    private boolean dirty;

    private Transaction(Held state) {
      this.state = state;
    }

    public ObjectNode root() {
      return state.root;
    }

    /**
     * Marks the state changed: it is written back when the transaction ends. A handler that changes
     * the state must call this, even when it then answers with an error.
     */
    public void changed() {
      dirty = true;
      state.derived.clear();
    }

    /**
     * A value computed from the state (an index), kept until the state changes.
     *
     * @param key what identifies the value, e.g. the class that computes it
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, Function<ObjectNode, T> compute) {
      return (T) state.derived.computeIfAbsent(key, k -> compute.apply(state.root));
    }
  }

  /** The file that holds one provider's state. */
  Path file(String name) {
    return dir.resolve(name + ".json");
  }

  /**
   * @param seed fills a new, empty state (first use, or after a reset)
   * @throws StateException when the state cannot be read or written
   */
  <T> T transact(String name, Consumer<ObjectNode> seed, Function<Transaction, T> work) {
    Path file = file(name);
    return locked(
        name,
        channel -> {
          Stamp now = stamp(file, channel);
          Held state = held.get(name);
          boolean fresh = false;
          if (state == null || !state.stamp.equals(now)) {
            state = new Held(read(file, now), now);
            held.put(name, state);
            // An empty state (first use, or a file cut short) starts again from the seed.
            fresh = state.root.isEmpty();
            if (fresh) seed.accept(state.root);
          }
          Transaction tx = new Transaction(state);
          T result;
          try {
            result = work.apply(tx);
          } catch (RuntimeException e) {
            // A change left half made must not outlive the request: read the file again next time.
            held.remove(name);
            throw e;
          }
          if (tx.dirty || fresh) write(name, file, channel, state);
          return result;
        });
  }

  /** Reads one provider's state now, so that a broken file is reported before any request. */
  void check(String name, Consumer<ObjectNode> seed) {
    transact(name, seed, tx -> null);
  }

  /**
   * Removes every provider's state, each under its lock, without reading it (a broken file is
   * removed too); the next request starts from the seed.
   */
  void reset() throws IOException {
    if (!Files.isDirectory(dir)) return;
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        String fileName = file.getFileName().toString();
        if (!fileName.endsWith(".json")) continue;
        String name = fileName.substring(0, fileName.length() - ".json".length());
        locked(
            name,
            channel -> {
              try {
                Files.deleteIfExists(file);
                writeStamp(channel, newWriterStamp());
              } catch (IOException e) {
                throw StateException.unwritable(file, e);
              }
              held.remove(name);
              return null;
            });
      }
    }
  }

  private interface LockedWork<T> {
    T run(FileChannel lockChannel) throws IOException;
  }

  private <T> T locked(String name, LockedWork<T> work) {
    Path lockFile = dir.resolve(name + ".lock");
    ReentrantLock jvmLock =
        JVM_LOCKS.computeIfAbsent(lockFile.toAbsolutePath(), p -> new ReentrantLock());
    jvmLock.lock();
    try {
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw StateException.unwritable(dir, e);
      }
      try (FileChannel channel =
              FileChannel.open(
                  lockFile,
                  StandardOpenOption.CREATE,
                  StandardOpenOption.READ,
                  StandardOpenOption.WRITE);
          FileLock lock = channel.lock()) {
        return work.run(channel);
      } catch (IOException e) {
        throw StateException.unwritable(lockFile, e);
      }
    } finally {
      jvmLock.unlock();
    }
  }

  private ObjectNode read(Path file, Stamp stamp) {
    if (stamp.size() == 0) return mapper.createObjectNode();
    JsonNode tree;
    try {
      tree = mapper.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw StateException.corrupted(
          file,
          e.getOriginalMessage()
              + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()));
    } catch (IOException e) {
      throw StateException.corrupted(file, e.getMessage());
    }
    if (tree == null || tree.isMissingNode()) return mapper.createObjectNode();
    if (!tree.isObject())
      throw StateException.corrupted(file, "expected a JSON object, found " + tree.getNodeType());
    return (ObjectNode) tree;
  }

  private void write(String name, Path file, FileChannel channel, Held state) {
    try {
      SecureFiles.writeAtomically(file, mapper.writeValueAsBytes(state.root), true);
      String writer = newWriterStamp();
      writeStamp(channel, writer);
      state.stamp = stamp(file, writer);
    } catch (IOException e) {
      held.remove(name);
      throw StateException.unwritable(file, e);
    }
  }

  private static Stamp stamp(Path file, FileChannel lockChannel) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(64);
    int n = lockChannel.read(buf, 0);
    String writer = n <= 0 ? "" : new String(buf.array(), 0, n, StandardCharsets.US_ASCII);
    return stamp(file, writer);
  }

  private static Stamp stamp(Path file, String writer) throws IOException {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return new Stamp(
          writer, Objects.requireNonNullElse(a.fileKey(), ""), a.lastModifiedTime(), a.size());
    } catch (NoSuchFileException e) {
      return new Stamp(writer, "", FileTime.fromMillis(0), 0);
    }
  }

  private static void writeStamp(FileChannel lockChannel, String writer) throws IOException {
    lockChannel.truncate(0);
    lockChannel.write(ByteBuffer.wrap(writer.getBytes(StandardCharsets.US_ASCII)), 0);
  }

  private static String newWriterStamp() {
    byte[] b = new byte[8];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
