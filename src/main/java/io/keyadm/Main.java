package io.keyadm;

import io.keyadm.cli.Cli;
import io.keyadm.cli.Services;

/** Builds the command line, runs it, and exits with its code. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(Cli.run(Services.system(), args));
  }
}
