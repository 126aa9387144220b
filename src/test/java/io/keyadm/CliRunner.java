package io.keyadm;

import io.keyadm.cli.Cli;
import io.keyadm.cli.Connection;
import io.keyadm.cli.Console;
import io.keyadm.cli.Services;
import io.keyadm.cli.Streams;
import io.keyadm.provider.Providers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs the real command tree in-process, with a private home, a fixed clock and captured streams.
 */
public final class CliRunner {

  public static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

  private final Map<String, String> env = new HashMap<>();
  private String stdin = "";
  private boolean interactive;
  private Boolean confirmAnswer;
  private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private Writer stdout;
  private int width;
  private Providers providers = Providers.builtIn();
  private Connection.Opener opener;

  public CliRunner(Path home) {
    env.put("HOME", home.toString());
    env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
    env.put("XDG_STATE_HOME", home.resolve("state").toString());
  }

  public CliRunner env(String name, String value) {
    env.put(name, value);
    return this;
  }

  public CliRunner stdin(String text) {
    this.stdin = text;
    return this;
  }

  /** A terminal that answers the confirmation prompt with {@code answer}. */
  public CliRunner interactive(boolean answer) {
    this.interactive = true;
    this.confirmAnswer = answer;
    return this;
  }

  public CliRunner width(int columns) {
    this.width = columns;
    return this;
  }

  public CliRunner clock(Instant now) {
    this.clock = Clock.fixed(now, ZoneOffset.UTC);
    return this;
  }

  /** Runs with this provider registry instead of the built-in one. */
  public CliRunner providers(Providers registry) {
    this.providers = registry;
    return this;
  }

  /** Opens every provider with this instead of its module: a fake provider, no HTTP. */
  public CliRunner opener(Connection.Opener fake) {
    this.opener = fake;
    return this;
  }

  /** Replaces stdout, e.g. with one that fails like a closed pipe. */
  public CliRunner stdout(Writer writer) {
    this.stdout = writer;
    return this;
  }

  public Path configFile() {
    return Path.of(env.get("XDG_CONFIG_HOME"), "keyadm", "config.yaml");
  }

  /**
   * A Services of this runner's environment with discarded output, e.g. to build the command tree.
   */
  public Services services() {
    PrintWriter sink = new PrintWriter(Writer.nullWriter());
    return services("", sink, sink, Console.NONE);
  }

  public Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Writer outTarget = stdout != null ? stdout : out;
    boolean[] asked = new boolean[1];
    Console console =
        new Console() {
          @Override
          public boolean isInteractive() {
            return interactive;
          }

          @Override
          public int width() {
            return width;
          }

          @Override
          public boolean confirm(String question) {
            asked[0] = true;
            err.write("[prompt] " + question + "\n");
            return Boolean.TRUE.equals(confirmAnswer);
          }
        };
    Services services = services(stdin, new PrintWriter(outTarget), new PrintWriter(err), console);
    int code = Cli.run(services, args);
    return new Result(code, out.toString(), err.toString(), asked[0]);
  }

  /** The one place a test's Services is built: this runner's environment and clock. */
  private Services services(String input, PrintWriter out, PrintWriter err, Console console) {
    Services services =
        new Services(
            new Streams(
                env,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                out,
                err,
                clock,
                console),
            providers);
    if (opener != null) services.withOpener(opener);
    return services;
  }

  /** What one run left behind. */
  public record Result(int exitCode, String stdout, String stderr, boolean prompted) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
    }
  }

  /** A stdout whose every write fails, like a closed pipe. */
  public static Writer brokenPipe() {
    return new Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) throws IOException {
        throw new IOException("Broken pipe");
      }

      @Override
      public void flush() throws IOException {
        throw new IOException("Broken pipe");
      }

      @Override
      public void close() {}
    };
  }
}
