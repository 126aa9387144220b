package io.keyadm.cli.shell;

import io.keyadm.cli.Services;
import io.keyadm.cli.Session;
import io.keyadm.core.KeyadmException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code keyadm shell}. Kept free of jline: the line editor's classes load only once the session
 * starts, never for another command's help or model.
 */
@Command(
    name = "shell",
    description = {
      "Runs keyadm commands in one interactive session: the same commands, options, output and"
          + " exit codes as on the command line, without the 'keyadm' word, and one JVM start for"
          + " all of them.",
      "",
      "The prompt shows the profile and provider: 'keyadm prod(masumi)> '; its '>' turns red after"
          + " a failed command, and '?' prints the last exit code. Global options given to shell"
          + " are the session's defaults; a command's own options override them for that command.",
      "",
      "Built-ins: 'use <profile>' switches the session's profile; 'exit', 'quit' or Ctrl-D leave"
          + " with exit 0; '?' prints the last command's exit code.",
      "Tab completes commands, options, option values (formats, providers, profiles, permissions,"
          + " networks) and the ids of keys this session has listed, fetched or created (held in"
          + " memory only and dropped by 'use').",
      "An error prints its one line and the session goes on. Ctrl-C cancels the running command"
          + " (its HTTP call too) and returns to the prompt; at the prompt it clears the line."
          + " Confirmations are asked at the prompt; --yes still works.",
      "A built-in sandbox profile starts one emulator for the whole session.",
      "",
      "History: $XDG_STATE_HOME/keyadm/history (default ~/.local/state/keyadm/history), mode 0600,"
          + " the last 1000 lines. A line that does not parse is not stored, nor a line that"
          + " starts with a space.",
      "",
      "When stdin is not a terminal, commands are read one per line with no prompt and no colour"
          + " (empty lines and lines starting with '#' are skipped), and the shell exits with the"
          + " first failing command's code: 'keyadm shell < commands.txt' is a batch that pays the"
          + " start-up once. Commands inside the shell read nothing from stdin ('key revoke -'"
          + " gets no ids)."
    })
public final class ShellCommand implements Callable<Integer> {

  private final Services services;

  @Spec CommandSpec spec;

  ShellCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    if (services.session() != Session.NONE)
      throw KeyadmException.usage("already in a shell ('exit' leaves it)");
    SessionDefaults defaults = SessionDefaults.of(spec);
    try (ShellSession session = new ShellSession(services, defaults)) {
      return services.streams().console().isInteractive()
          ? new InteractiveShell(session).run()
          : new BatchShell(session).run(services.streams().stdin());
    }
  }
}
