package io.keyadm.cli.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.Signal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import picocli.CommandLine.ParameterException;

/**
 * The shell on a terminal: jline's line editor with completion and history; each command runs on a
 * thread of its own so that Ctrl-C can cancel it while the session lives on.
 */
final class InteractiveShell {

  /** How long a cancelled command may take to notice before the prompt comes back without it. */
  private static final long CANCEL_GRACE_MILLIS = 3_000;

  private final ShellSession session;
  private final Words words = new Words();
  private volatile Running running;

  InteractiveShell(ShellSession session) {
    this.session = session;
  }

  int run() {
    try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
      // Held for the whole session (the line editor swaps in its own while it reads): a Ctrl-C
      // between two commands must not end the JVM.
      terminal.handle(Signal.INT, signal -> interrupt());
      LineReader reader =
          LineReaderBuilder.builder()
              .terminal(terminal)
              .appName("keyadm")
              .parser(words.parser())
              .completer(new ShellCompleter(session))
              .history(new HistoryFile(this::storable))
              .variable(LineReader.HISTORY_FILE, HistoryFile.prepare(session.streams().env()))
              .variable(LineReader.HISTORY_SIZE, HistoryFile.SIZE)
              .variable(LineReader.HISTORY_FILE_SIZE, HistoryFile.SIZE)
              .variable(LineReader.SECONDARY_PROMPT_PATTERN, "> ")
              .build();
      reader.unsetOpt(LineReader.Option.HISTORY_TIMESTAMPED);
      reader.setOpt(LineReader.Option.HISTORY_IGNORE_SPACE);
      reader.setOpt(LineReader.Option.DISABLE_EVENT_EXPANSION);
      TerminalConsole console = new TerminalConsole(terminal);
      try {
        loop(reader, console);
      } finally {
        reader.getHistory().save();
      }
      return 0;
    } catch (IOException e) {
      session.streams().err().println("keyadm: shell: cannot use the terminal: " + e.getMessage());
      session.streams().err().flush();
      return 2;
    }
  }

  private void loop(LineReader reader, TerminalConsole console) {
    while (true) {
      String line;
      try {
        line = reader.readLine(prompt());
      } catch (UserInterruptException e) {
        continue;
      } catch (EndOfFileException e) {
        return;
      }
      List<String> command;
      try {
        command = words.split(line);
      } catch (Words.Unparsable e) {
        PrintWriter err = session.streams().err();
        err.println("keyadm: shell: " + e.getMessage());
        err.flush();
        continue;
      }
      if (command.isEmpty()) continue;
      if (command.equals(List.of("exit")) || command.equals(List.of("quit"))) return;
      execute(command, console);
    }
  }

  /** A command on its own thread; {@code done} opens when it ends or is left behind. */
  private record Running(Thread worker, CountDownLatch done) {}

  /** Runs one command on its own thread and waits for it; Ctrl-C cancels it. */
  private void execute(List<String> command, TerminalConsole console) {
    CountDownLatch done = new CountDownLatch(1);
    Thread worker =
        new Thread(
            () -> {
              try {
                session.run(command, console);
              } finally {
                done.countDown();
              }
            },
            "keyadm-command");
    worker.setDaemon(true);
    running = new Running(worker, done);
    worker.start();
    try {
      done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      running = null;
    }
  }

  private void interrupt() {
    Running run = running;
    if (run == null) return;
    session.cancel();
    run.worker().interrupt();
    // A command blocked where neither reaches it is left behind rather than holding the prompt.
    Thread watchdog =
        new Thread(
            () -> {
              try {
                if (run.done().await(CANCEL_GRACE_MILLIS, TimeUnit.MILLISECONDS)) return;
              } catch (InterruptedException e) {
                return;
              }
              session.streams().err().println("keyadm: interrupted");
              session.streams().err().flush();
              session.abandoned();
              run.done().countDown();
            },
            "keyadm-cancel");
    watchdog.setDaemon(true);
    watchdog.start();
  }

  private String prompt() {
    String name = session.connectionName();
    String text = "keyadm" + (name.isEmpty() ? "" : " " + name);
    if (session.lastExit() == 0 || !session.colorAllowed()) return text + "> ";
    return text
        + new AttributedString(">", AttributedStyle.DEFAULT.foreground(AttributedStyle.RED))
            .toAnsi()
        + " ";
  }

  /** Whether a line goes into the history: built-ins and command lines that parse. */
  private boolean storable(String line) {
    List<String> command;
    try {
      command = words.split(line);
    } catch (Words.Unparsable e) {
      return false;
    }
    if (command.isEmpty()) return false;
    if (command.get(0).equals("use")) return command.size() == 2;
    if (ShellCompleter.BUILT_INS.contains(command.get(0))) return command.size() == 1;
    try {
      session.model().parseArgs(command.toArray(String[]::new));
      return true;
    } catch (ParameterException e) {
      return false;
    }
  }
}
