package io.keyadm.cli;

import io.keyadm.core.KeyadmException;

/** Reports one failure among several as its one error line, for commands that go on after it. */
public final class Failures {

  private final ErrorReporter reporter;

  Failures(ErrorReporter reporter) {
    this.reporter = reporter;
  }

  /** Prints {@code keyadm: <what>: <why> [request id]}. */
  public void report(String what, KeyadmException e) {
    reporter.printLine(what, e);
  }
}
