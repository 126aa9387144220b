package io.keyadm.cli.shell;

import io.keyadm.cli.Cli;
import io.keyadm.cli.Console;
import io.keyadm.cli.Services;
import io.keyadm.cli.Session;
import io.keyadm.cli.Streams;
import io.keyadm.config.Profile;
import io.keyadm.core.KeyadmException;
import io.keyadm.core.TerminalText;
import io.keyadm.http.Cancellation;
import io.keyadm.sandbox.SandboxServer;
import java.io.InputStream;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IDefaultValueProvider;

/**
 * One {@code keyadm shell} session: runs each command line as a run of its own (fresh options and
 * connection) that shares the session's defaults, sandbox, seen key ids and cancellation.
 */
final class ShellSession implements Session, AutoCloseable {

  private final Services shell;
  private final SessionDefaults defaults;
  private final SeenKeys seen = new SeenKeys();
  private final CommandLine model;
  private SandboxServer sandbox;
  private volatile Cancellation cancellation = new Cancellation();
  private volatile IDefaultValueProvider lineDefaults;
  private int lastExit;

  ShellSession(Services shell, SessionDefaults defaults) {
    this.shell = shell;
    this.defaults = defaults;
    // The whole command tree, never executed: what completion and the history's parse check read.
    this.model = Cli.commandLine(new Services(shell.streams(), shell.providers()));
  }

  /** Runs one line's words, a built-in or a keyadm command; returns its exit code. */
  int run(List<String> words, Console console) {
    int code;
    if (words.get(0).equals("use")) {
      code = use(words);
    } else if (words.equals(List.of("?"))) {
      shell.streams().out().println(lastExit);
      shell.streams().out().flush();
      return lastExit;
    } else {
      code = command(words, console);
    }
    lastExit = code;
    return code;
  }

  private int command(List<String> words, Console console) {
    cancellation = new Cancellation();
    lineDefaults = defaults.except(words);
    Streams s = shell.streams();
    Services run =
        new Services(
                new Streams(
                    s.env(), InputStream.nullInputStream(), s.out(), s.err(), s.clock(), console),
                shell.providers())
            .withOpener(seen.observing(shell.opener()))
            .inSession(this);
    try {
      return Cli.run(run, words.toArray(String[]::new));
    } catch (StackOverflowError | OutOfMemoryError e) {
      return fail("keyadm: unexpected error: " + e.getClass().getSimpleName(), 1);
    }
  }

  private int use(List<String> words) {
    if (words.size() != 2) return fail("keyadm: use: give one profile name (use <profile>)", 2);
    try {
      Profile p = fresh().config().profile(words.get(1));
      defaults.use(p.name());
      seen.clear();
      return 0;
    } catch (KeyadmException e) {
      return fail("keyadm: use: " + TerminalText.safe(e.getMessage()), e.exitCode());
    }
  }

  private int fail(String line, int code) {
    shell.streams().err().println(line);
    shell.streams().err().flush();
    return code;
  }

  /** Cancels the running command's calls (Ctrl-C). */
  void cancel() {
    cancellation.cancel();
  }

  /** A cancelled command that did not end in time: the session goes on as if it exited 130. */
  void abandoned() {
    lastExit = 130;
  }

  int lastExit() {
    return lastExit;
  }

  /** The prompt's name for the session's connection: {@code prod(masumi)}, or "" for none. */
  String connectionName() {
    String provider = defaults.provider();
    if (defaults.adHoc()) return provider == null ? "" : "(" + provider + ")";
    try {
      Services f = fresh();
      String name = defaults.profile();
      if (name == null) name = f.streams().env().get("KEYADM_PROFILE");
      if (name == null || name.isBlank()) name = f.config().currentProfile();
      if (name == null) return "";
      Profile p = f.config().profile(name);
      return TerminalText.safe(p.name()) + "(" + (provider != null ? provider : p.provider()) + ")";
    } catch (KeyadmException e) {
      return "";
    }
  }

  List<String> profileNames() {
    try {
      return fresh().config().profiles().stream().map(Profile::name).toList();
    } catch (KeyadmException e) {
      return List.of();
    }
  }

  List<String> providerIds() {
    return shell.providers().ids();
  }

  /** A run's parts that read the config file afresh (a command may just have changed it). */
  private Services fresh() {
    return new Services(shell.streams(), shell.providers());
  }

  CommandLine model() {
    return model;
  }

  SeenKeys seen() {
    return seen;
  }

  Streams streams() {
    return shell.streams();
  }

  boolean colorAllowed() {
    String noColor = shell.streams().env().get("NO_COLOR");
    return !defaults.noColor() && (noColor == null || noColor.isEmpty());
  }

  @Override
  public IDefaultValueProvider defaults() {
    return lineDefaults;
  }

  @Override
  public synchronized String sandboxUrl(String provider) {
    if (sandbox == null)
      sandbox =
          SandboxServer.start(
              "127.0.0.1", 0, shell.sandboxStateDir(), shell.providers().sandboxParts());
    return sandbox.baseUrl(provider);
  }

  @Override
  public Cancellation cancellation() {
    return cancellation;
  }

  @Override
  public synchronized void close() {
    if (sandbox != null) sandbox.stop();
    sandbox = null;
  }
}
