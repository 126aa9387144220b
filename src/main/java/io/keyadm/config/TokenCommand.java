package io.keyadm.config;

import io.keyadm.core.Interruption;
import io.keyadm.core.KeyadmException;
import io.keyadm.core.TerminalText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Runs a profile's {@code x-command} within the command's time budget: its first non-blank line of
 * stdout is the secret; its stderr is captured (a command may echo the secret there), never passed
 * through, and a short redacted excerpt of it explains a failure. A command that outlives the
 * budget is killed with everything it started.
 */
final class TokenCommand {

  private static final int MAX_OUTPUT = 64 * 1024;
  private static final int MAX_EXCERPT = 120;

  private TokenCommand() {}

  /**
   * @param what e.g. "the token-command of profile prod", for the error lines
   */
  static String run(String command, String what, Duration budget) {
    long deadline = System.nanoTime() + budget.toNanos();
    Process p;
    try {
      p =
          new ProcessBuilder("/bin/sh", "-c", command)
              .redirectInput(ProcessBuilder.Redirect.INHERIT)
              .start();
    } catch (IOException e) {
      throw KeyadmException.auth(what + " could not be run: " + e.getMessage());
    }
    Drain out = Drain.start(p.getInputStream());
    Drain err = Drain.start(p.getErrorStream());
    try {
      if (!p.waitFor(budget.toNanos(), TimeUnit.NANOSECONDS)) {
        Interruption.killTree(p.toHandle());
        throw KeyadmException.auth(what + " timed out after " + Durations.format(budget));
      }
      // Output still held open by something the command left running is not waited for long.
      long left = Math.max(deadline - System.nanoTime(), TimeUnit.MILLISECONDS.toNanos(200));
      out.await(left);
      err.await(TimeUnit.MILLISECONDS.toNanos(200));
      Interruption.killTree(p.toHandle());
      if (p.exitValue() > 128 && Interruption.awaitShutdown()) {
        throw new KeyadmException(KeyadmException.Kind.INTERRUPTED, "interrupted");
      }
      String secret = firstNonBlankLine(out.text());
      if (p.exitValue() != 0) {
        throw KeyadmException.auth(
            what + " failed with exit code " + p.exitValue() + excerpt(err.text(), secret));
      }
      if (secret == null) {
        throw KeyadmException.auth(what + " printed nothing on stdout" + excerpt(err.text(), null));
      }
      return secret;
    } catch (InterruptedException e) {
      Interruption.killTree(p.toHandle());
      Thread.currentThread().interrupt();
      throw new KeyadmException(KeyadmException.Kind.INTERRUPTED, "interrupted");
    }
  }

  static String firstNonBlankLine(String text) {
    for (String line : text.split("\n", -1)) {
      String s = line.strip();
      if (!s.isEmpty()) return s;
    }
    return null;
  }

  /** The first non-blank line of stderr, without the secret, cut short and terminal-safe. */
  private static String excerpt(String stderr, String secret) {
    String line = firstNonBlankLine(stderr);
    if (line == null) return "";
    if (secret != null && secret.length() >= 4) line = line.replace(secret, "██");
    return " (stderr: " + TerminalText.line(line, MAX_EXCERPT) + ")";
  }

  /** Reads a stream to its end on a daemon thread, keeping at most MAX_OUTPUT bytes. */
  private static final class Drain extends Thread {
    private final InputStream in;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

    private Drain(InputStream in) {
      super("keyadm-token-command");
      this.in = in;
      setDaemon(true);
    }

    static Drain start(InputStream in) {
      Drain d = new Drain(in);
      d.start();
      return d;
    }

    @Override
    public void run() {
      byte[] buf = new byte[8192];
      try (in) {
        for (int n; (n = in.read(buf)) >= 0; ) {
          synchronized (kept) {
            if (kept.size() < MAX_OUTPUT) kept.write(buf, 0, Math.min(n, MAX_OUTPUT - kept.size()));
          }
        }
      } catch (IOException e) {
        // the process was killed or closed its end: what was read is all there is
      }
    }

    void await(long nanos) throws InterruptedException {
      TimeUnit.NANOSECONDS.timedJoin(this, nanos);
    }

    String text() {
      synchronized (kept) {
        return kept.toString(StandardCharsets.UTF_8);
      }
    }
  }
}
