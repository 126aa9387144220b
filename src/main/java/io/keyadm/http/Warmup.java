package io.keyadm.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.CompletableFuture;
import okhttp3.internal.platform.Platform;

/**
 * Work every network command needs, started on a second thread while the main thread parses the
 * command line: building an ObjectMapper and OkHttp's platform probe together take about as long as
 * picocli's model, and this machine class has two cores.
 */
public final class Warmup {

  private Warmup() {}

  /** Starts the warm-up on a daemon thread; the future yields the ObjectMapper. */
  public static CompletableFuture<ObjectMapper> start() {
    CompletableFuture<ObjectMapper> mapper = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        mapper.complete(new ObjectMapper());
        Platform.Companion.get();
      } catch (Throwable e) {
        mapper.completeExceptionally(e);
      }
    }, "keyadm-warmup");
    t.setDaemon(true);
    t.start();
    return mapper;
  }
}
