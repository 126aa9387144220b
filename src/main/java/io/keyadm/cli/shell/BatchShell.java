package io.keyadm.cli.shell;

import io.keyadm.cli.Console;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The shell without a terminal: one command per line, no prompt, no colour, and the first failing
 * command's exit code ends the batch.
 */
final class BatchShell {

  private final ShellSession session;
  private final Words words = new Words();

  BatchShell(ShellSession session) {
    this.session = session;
  }

  int run(InputStream stdin) {
    BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
    int number = 0;
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        List<String> command;
        try {
          command = words.split(line);
        } catch (Words.Unparsable e) {
          session.streams().err().println("keyadm: shell: line " + number + ": " + e.getMessage());
          session.streams().err().flush();
          return 2;
        }
        if (command.isEmpty()) continue;
        if (command.equals(List.of("exit")) || command.equals(List.of("quit"))) return 0;
        int code = session.run(command, Console.NONE);
        if (code != 0) return code;
      }
    } catch (IOException e) {
      session.streams().err().println("keyadm: shell: cannot read stdin: " + e.getMessage());
      session.streams().err().flush();
      return 2;
    }
    return 0;
  }
}
