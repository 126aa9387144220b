package io.keyadm.cli;

import io.keyadm.core.KeyadmException;
import io.keyadm.http.Redactor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Hands a one-time secret to an operator's command ({@code --exec}): {@code sh -c CMD} with the
 * secret on its stdin, never in its arguments or environment, within a time limit. What the command
 * prints goes to stderr with any secret scrubbed, so that stdout stays keyadm's.
 */
final class SecretExec {

  private final String command;
  private final Duration timeout;
  private final PrintWriter err;
  private final Redactor redactor;

  SecretExec(String command, Duration timeout, PrintWriter err, Redactor redactor) {
    this.command = command;
    this.timeout = timeout;
    this.err = err;
    this.redactor = redactor;
  }

  /** Runs the command; returns when it exited 0, else fails saying why. */
  void run(String content) {
    ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", command).redirectErrorStream(true);
    // keyadm's own credentials stay out of the child: it is handed one secret, on stdin.
    pb.environment().keySet().removeIf(name -> name.startsWith("KEYADM_"));
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw failed("could not be run: " + e.getMessage());
    }
    Thread pump = new Thread(() -> pumpOutput(p), "exec-output");
    pump.setDaemon(true);
    pump.start();
    try (OutputStream in = p.getOutputStream()) {
      in.write(content.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      // The command closed its stdin early; its exit code decides.
    }
    try {
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        kill(p);
        throw failed("did not finish within " + io.keyadm.config.Durations.format(timeout));
      }
      pump.join(1000);
    } catch (InterruptedException e) {
      kill(p);
      Thread.currentThread().interrupt();
      throw new KeyadmException(KeyadmException.Kind.INTERRUPTED, "interrupted");
    }
    if (p.exitValue() != 0) throw failed("exited with code " + p.exitValue());
  }

  private void pumpOutput(Process p) {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        synchronized (err) {
          err.println(io.keyadm.core.TerminalText.safe(redactor.scrub(line)));
          err.flush();
        }
      }
    } catch (IOException e) {
      // the command is gone
    }
  }

  private static void kill(Process p) {
    p.descendants().forEach(ProcessHandle::destroyForcibly);
    p.destroyForcibly();
  }

  private static KeyadmException failed(String why) {
    return new KeyadmException(KeyadmException.Kind.UNAVAILABLE, "--exec command " + why);
  }
}
