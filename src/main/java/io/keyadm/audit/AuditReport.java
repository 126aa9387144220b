package io.keyadm.audit;

import java.util.List;

/** What an audit found, and how much it looked at. */
public record AuditReport(List<Finding> findings, int profiles, int keys) {

  public AuditReport {
    findings = List.copyOf(findings);
  }

  /** How many findings have this severity. */
  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** Whether something at or above {@code threshold} was found. */
  public boolean failsAt(Severity threshold) {
    return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
  }

  /** The last line of the table: {@code 2 errors, 1 warning, 0 info (3 profiles, 57 keys)}. */
  public String summary() {
    long errors = count(Severity.ERROR);
    long warnings = count(Severity.WARNING);
    return errors
        + (errors == 1 ? " error, " : " errors, ")
        + warnings
        + (warnings == 1 ? " warning, " : " warnings, ")
        + count(Severity.INFO)
        + " info ("
        + profiles
        + (profiles == 1 ? " profile, " : " profiles, ")
        + keys
        + (keys == 1 ? " key)" : " keys)");
  }
}
