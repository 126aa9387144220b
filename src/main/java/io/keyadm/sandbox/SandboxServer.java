package io.keyadm.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The embedded emulator of the providers' APIs, on the JDK's own HTTP server (no extra dependency,
 * and nothing loaded unless a sandbox command runs), bound to loopback only. Each provider's {@link
 * SandboxPart} is mounted at its base path and keeps its state in a file of its own.
 */
public final class SandboxServer {

  private static final int MAX_BODY = 1 << 20;

  static {
    // The JDK's server sends a response's headers and its body as two writes. With Nagle's
    // algorithm on, the body waits for the ACK of the headers, which the client delays (up to 40 ms
    // on Linux): every request on a kept-alive connection but the first stalls that long. The
    // server reads this property once, when its classes are first used; an explicit -D wins.
    if (System.getProperty("sun.net.httpserver.nodelay") == null)
      System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final Map<String, SandboxPart> parts;
  private final String host;
  private final StateStore store;
  private final StateLog log;

  private SandboxServer(
      HttpServer server,
      ExecutorService executor,
      Map<String, SandboxPart> parts,
      String host,
      StateStore store,
      StateLog log) {
    this.server = server;
    this.executor = executor;
    this.parts = parts;
    this.host = host;
    this.store = store;
    this.log = log;
  }

  /** Starts with the real services' delay on failed authentication: up to 1 s. */
  public static SandboxServer start(String host, int port, Path stateDir, List<SandboxPart> parts) {
    return start(host, port, stateDir, 1000, parts);
  }

  /**
   * @param host a loopback address: the sandbox never listens on a network interface
   * @param port 0 for any free port
   * @param authDelayMillis the most a failed authentication is held back, for the parts that do
   * @param parts the providers' parts, each mounted at its base path
   */
  public static SandboxServer start(
      String host, int port, Path stateDir, long authDelayMillis, List<SandboxPart> parts) {
    ObjectMapper mapper = new ObjectMapper();
    StateStore store = new StateStore(stateDir, mapper);
    StateLog log = new StateLog();
    Map<String, SandboxPart> byId = new LinkedHashMap<>();
    Map<String, SandboxPart> byBase = new LinkedHashMap<>();
    for (SandboxPart part : parts) {
      if (byId.putIfAbsent(part.id(), part) != null)
        throw new IllegalArgumentException("two sandbox parts for provider " + part.id());
      if (byBase.putIfAbsent(part.basePath(), part) != null)
        throw new IllegalArgumentException("two sandbox parts at " + part.basePath());
    }
    try {
      InetSocketAddress address = new InetSocketAddress(host, port);
      if (!address.getAddress().isLoopbackAddress()) {
        throw new IllegalArgumentException(
            "the sandbox listens on loopback addresses only, not " + host);
      }
      HttpServer server = HttpServer.create(address, 64);
      ExecutorService executor =
          Executors.newFixedThreadPool(
              4,
              r -> {
                Thread t = new Thread(r, "sandbox");
                t.setDaemon(true);
                return t;
              });
      server.setExecutor(executor);
      for (SandboxPart part : parts) {
        Emulator emulator = part.emulator(mapper, authDelayMillis);
        server.createContext(part.basePath(), ex -> serve(ex, part, emulator, store, mapper, log));
      }
      server.createContext(
          "/",
          ex -> {
            ex.getRequestBody().readAllBytes();
            send(
                ex,
                404,
                mapper.writeValueAsBytes(mapper.createObjectNode().put("message", "Not Found")),
                0);
          });
      server.start();
      return new SandboxServer(server, executor, Map.copyOf(byId), host, store, log);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot start the sandbox on " + host + ":" + port + ": " + e.getMessage(), e);
    }
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * The base URL of one provider's API, e.g. {@code http://127.0.0.1:8080/masumi/api/v1}.
   *
   * @throws IllegalArgumentException when no part of this sandbox has that provider id
   */
  public String baseUrl(String provider) {
    SandboxPart part = parts.get(provider);
    if (part == null) throw new IllegalArgumentException("no sandbox for provider " + provider);
    return "http://" + host + ":" + port() + part.basePath();
  }

  /**
   * Reads one provider's state now (the one a command is about to use), so that a broken state file
   * is reported before any request.
   *
   * @throws StateException when the state cannot be read or written
   */
  public void check(String provider) {
    SandboxPart part = parts.get(provider);
    if (part == null) throw new IllegalArgumentException("no sandbox for provider " + provider);
    try {
      store.check(part.id(), part::seed);
    } catch (StateException e) {
      log.report(e.getMessage());
      throw e;
    }
  }

  /**
   * Where a request that finds the state unusable is reported (once for each new message), besides
   * the 503 it answers; {@code sandbox serve} logs on stderr.
   */
  public void logStateErrorsTo(Consumer<String> sink) {
    log.sink = sink;
  }

  /** Clears every provider's state. */
  public static void reset(Path stateDir) throws IOException {
    new StateStore(stateDir, new ObjectMapper()).reset();
  }

  public void stop() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Reports each new state error once, so a broken file does not flood the log. */
  private static final class StateLog {
    volatile Consumer<String> sink = line -> {};
    private String last;

    synchronized void report(String message) {
      if (message.equals(last)) return;
      last = message;
      sink.accept(message);
    }

    synchronized void cleared() {
      last = null;
    }
  }

  /** A response serialised inside the transaction, so that it never shares nodes with the state. */
  private record Encoded(int status, byte[] body, long delayMillis) {}

  private static void serve(
      HttpExchange ex,
      SandboxPart part,
      Emulator emulator,
      StateStore store,
      ObjectMapper mapper,
      StateLog log)
      throws IOException {
    try (ex) {
      byte[] body;
      try (InputStream in = ex.getRequestBody()) {
        body = in.readNBytes(MAX_BODY + 1);
      }
      Encoded response;
      if (body.length > MAX_BODY) {
        response = encode(mapper, 413, "request entity too large");
      } else {
        String path = ex.getRequestURI().getRawPath().substring(part.basePath().length());
        SandboxRequest request =
            SandboxRequest.of(
                ex.getRequestMethod(),
                path,
                ex.getRequestURI().getRawQuery(),
                ex.getRequestHeaders(),
                body);
        try {
          response =
              store.transact(
                  part.id(),
                  part::seed,
                  tx -> {
                    SandboxResponse r = emulator.handle(request, tx);
                    return new Encoded(r.status(), bytes(mapper, r.body()), r.delayMillis());
                  });
          log.cleared();
        } catch (StateException e) {
          // Not a server fault to retry: the operator's state file needs a look.
          log.report(e.getMessage());
          response = encode(mapper, 503, e.getMessage());
        } catch (RuntimeException e) {
          response = encode(mapper, 500, "Internal Server Error");
        }
      }
      send(ex, response.status(), response.body(), response.delayMillis());
    }
  }

  private static Encoded encode(ObjectMapper mapper, int status, String message) {
    return new Encoded(status, bytes(mapper, mapper.createObjectNode().put("message", message)), 0);
  }

  private static byte[] bytes(ObjectMapper mapper, Object body) {
    try {
      return mapper.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void send(HttpExchange ex, int status, byte[] bytes, long delayMillis)
      throws IOException {
    if (delayMillis > 0) {
      try {
        Thread.sleep(delayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }
}
