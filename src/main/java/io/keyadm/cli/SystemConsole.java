package io.keyadm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The real terminal through jline, opened only when a command needs its width or a prompt, so that
 * scripts (no terminal) never pay for it.
 */
final class SystemConsole implements Console {

  private final boolean interactive = System.console() != null;
  private Terminal terminal;

  @Override
  public boolean isInteractive() {
    return interactive;
  }

  @Override
  public int width() {
    if (!interactive) return 0;
    int w = terminal().getWidth();
    return w > 0 ? w : 80;
  }

  @Override
  public boolean confirm(String question) {
    Terminal t = terminal();
    PrintWriter w = t.writer();
    w.print(question + " [y/N] ");
    w.flush();
    StringBuilder answer = new StringBuilder();
    try {
      int c;
      while ((c = t.reader().read()) != -1 && c != '\n' && c != '\r') answer.append((char) c);
    } catch (IOException e) {
      return false;
    }
    String a = answer.toString().trim().toLowerCase(Locale.ROOT);
    return a.equals("y") || a.equals("yes");
  }

  private Terminal terminal() {
    if (terminal == null) {
      try {
        terminal = TerminalBuilder.builder().system(true).dumb(true).build();
      } catch (IOException e) {
        throw new IllegalStateException("cannot open the terminal", e);
      }
    }
    return terminal;
  }
}
