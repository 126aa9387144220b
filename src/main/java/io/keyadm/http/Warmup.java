package io.keyadm.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.CompletableFuture;
import okhttp3.OkHttpClient;
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
    Thread t =
        new Thread(
            () -> {
              try {
                ObjectMapper m = new ObjectMapper();
                mapper.complete(m);
                Platform.Companion.get();
                // Initialise the parser, the generator and OkHttp's client classes before the main
                // thread
                // needs them; the TLS stub keeps the trust store unloaded.
                m.writeValueAsString(m.readTree("{\"warm\":[1,\"up\",true,null,{\"a\":1.5}]}"));
                new OkHttpClient.Builder()
                    .sslSocketFactory(NoTls.SOCKET_FACTORY, NoTls.TRUST_MANAGER)
                    .build();
              } catch (Throwable e) {
                mapper.completeExceptionally(e);
              }
            },
            "keyadm-warmup");
    t.setDaemon(true);
    t.start();
    return mapper;
  }
}
