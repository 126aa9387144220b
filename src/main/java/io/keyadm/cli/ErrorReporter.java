package io.keyadm.cli;

import io.keyadm.core.Interruption;
import io.keyadm.core.KeyadmException;
import io.keyadm.core.TerminalText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Prints every failure as one line, {@code keyadm: <what failed>: <why> [request id]}, and returns
 * its documented exit code. Stack traces only with --debug.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

  private final Services services;

  ErrorReporter(Services services) {
    this.services = services;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    return report(ex, commandName(cmd));
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    String name = commandName(ex.getCommandLine());
    boolean root = name.equals("keyadm");
    String message = ex.getMessage();
    if (ex instanceof UnmatchedArgumentException unmatched) {
      message = describe(unmatched);
      List<String> suggestions = new ArrayList<>(unmatched.getSuggestions());
      if (suggestions.isEmpty() && !unmatched.getUnmatched().isEmpty()) {
        String typed = unmatched.getUnmatched().get(0);
        for (String command : ex.getCommandLine().getSubcommands().keySet()) {
          if (editDistance(typed, command) <= 2) suggestions.add(command);
        }
      }
      if (!suggestions.isEmpty()) {
        message +=
            "; did you mean "
                + String.join(
                    " or ", suggestions.stream().limit(3).map(x -> "'" + x + "'").toList())
                + "?";
      }
    }
    PrintWriter err = services.streams().err();
    err.println(
        "keyadm: "
            + (root ? "" : name + ": ")
            + TerminalText.safe(message)
            + " (see 'keyadm "
            + (root ? "" : name + " ")
            + "--help')");
    err.flush();
    return KeyadmException.Kind.USAGE.exitCode;
  }

  int report(Throwable ex, String command) {
    // Interrupted: the shutdown hook prints the one line.
    if (Interruption.inProgress()) return KeyadmException.Kind.INTERRUPTED.exitCode;
    PrintWriter err = services.streams().err();
    KeyadmException k = ex instanceof KeyadmException ke ? ke : null;
    String what =
        command
            + (services.host() != null && k != null && k.kind() != KeyadmException.Kind.USAGE
                ? " on " + services.host()
                : "");
    String why;
    if (k != null) {
      why = why(k);
    } else {
      why =
          "unexpected error: "
              + ex.getClass().getSimpleName()
              + (ex.getMessage() == null ? "" : ": " + firstLine(ex.getMessage()))
              + (services.debug() ? "" : " (rerun with --debug for details)");
    }
    err.println("keyadm: " + what + ": " + TerminalText.safe(services.redactor().scrub(why)));
    if (services.debug()) ex.printStackTrace(err);
    err.flush();
    return k != null ? k.exitCode() : KeyadmException.Kind.UNEXPECTED.exitCode;
  }

  /** Prints {@code keyadm: <what>: <why> [request id]} for a failure the command goes on after. */
  void printLine(String what, KeyadmException k) {
    PrintWriter err = services.streams().err();
    err.println("keyadm: " + what + ": " + TerminalText.safe(services.redactor().scrub(why(k))));
    err.flush();
  }

  /** The message, the credential's source for authentication failures, and the request id. */
  private String why(KeyadmException k) {
    String why = k.getMessage();
    if (k.kind() == KeyadmException.Kind.AUTH && services.tokenSource() != null) {
      why += "; credential from " + services.tokenSource();
    }
    return k.requestId() == null ? why : why + " [" + k.requestId() + "]";
  }

  /**
   * Names unknown options without the values after them: a mistyped option may have been handed a
   * secret, which must not be repeated into logs.
   */
  private static String describe(UnmatchedArgumentException e) {
    List<String> unmatched = e.getUnmatched();
    List<String> options =
        unmatched.stream()
            .filter(a -> a.startsWith("-"))
            .map(a -> a.contains("=") ? a.substring(0, a.indexOf('=')) : a)
            .toList();
    if (!options.isEmpty()) {
      return (options.size() == 1 ? "unknown option " : "unknown options ")
          + String.join(", ", options.stream().map(o -> "'" + o + "'").toList());
    }
    return "unexpected argument"
        + (unmatched.size() == 1 ? " '" : "s '")
        + String.join("', '", unmatched)
        + "'";
  }

  private static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      int[] cur = new int[b.length() + 1];
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      prev = cur;
    }
    return prev[b.length()];
  }

  static String commandName(CommandLine cmd) {
    String q = cmd.getCommandSpec().qualifiedName(" ");
    return q.startsWith("keyadm ") ? q.substring("keyadm ".length()) : q;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
