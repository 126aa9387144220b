package io.keyadm.cli;

import io.keyadm.audit.AuditRunner;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One line on the terminal's stderr, rewritten as profiles are read: which are being read, how many
 * are done and how many keys so far. Cleared when the audit ends.
 */
final class AuditProgress implements AuditRunner.Progress {

  private static final String CLEAR = "\r\u001b[K";

  private final PrintWriter err;
  private final int total;
  private final Set<String> reading = new LinkedHashSet<>();
  private int done;
  private int keys;

  AuditProgress(PrintWriter err, int total) {
    this.err = err;
    this.total = total;
  }

  @Override
  public synchronized void started(String profile) {
    reading.add(profile == null ? "-" : profile);
    show();
  }

  @Override
  public synchronized void finished(String profile, int count) {
    reading.remove(profile == null ? "-" : profile);
    done++;
    keys += count;
    if (done == total) {
      err.print(CLEAR);
      err.flush();
    } else {
      show();
    }
  }

  private void show() {
    err.print(
        CLEAR
            + "auditing: "
            + done
            + "/"
            + total
            + " profiles, "
            + keys
            + " keys so far"
            + (reading.isEmpty() ? "" : "; reading " + String.join(", ", reading)));
    err.flush();
  }
}
