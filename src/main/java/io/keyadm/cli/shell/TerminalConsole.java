package io.keyadm.cli.shell;

import io.keyadm.cli.Console;
import java.util.Locale;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;

/**
 * The session's terminal as the commands see it: its width, and confirmations asked at the prompt
 * by a reader of their own, so that an answer never enters the history.
 */
final class TerminalConsole implements Console {

  private final Terminal terminal;
  private final LineReader answers;

  TerminalConsole(Terminal terminal) {
    this.terminal = terminal;
    this.answers =
        LineReaderBuilder.builder().terminal(terminal).history(new DefaultHistory()).build();
    answers.setVariable(LineReader.DISABLE_HISTORY, true);
  }

  @Override
  public boolean isInteractive() {
    return true;
  }

  @Override
  public int width() {
    int w = terminal.getWidth();
    return w > 0 ? w : 80;
  }

  @Override
  public boolean confirm(String question) {
    try {
      String a = answers.readLine(question + " [y/N] ").trim().toLowerCase(Locale.ROOT);
      return a.equals("y") || a.equals("yes");
    } catch (UserInterruptException | EndOfFileException e) {
      return false;
    }
  }
}
