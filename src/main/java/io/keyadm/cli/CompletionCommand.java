package io.keyadm.cli;

import io.keyadm.core.Args;
import io.keyadm.core.KeyadmException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "completion",
    description = {
      "Prints a completion script for bash or zsh, generated from the command tree.",
      "bash: source <(keyadm completion bash)     zsh: keyadm completion zsh > \"${fpath[1]}/_keyadm\""
    })
final class CompletionCommand implements Callable<Integer> {

  private final Services services;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "<shell>", description = "bash or zsh.")
  String shell;

  CompletionCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    CommandSpec root = spec.root();
    String script =
        switch (Args.choice(shell, "<shell>", "bash", "zsh")) {
          case "bash" -> CompletionScripts.bash(root, services.providers());
          case "zsh" -> CompletionScripts.zsh(root, services.providers());
          default -> throw KeyadmException.usage("unsupported shell " + shell);
        };
    services.streams().out().print(script);
    services.streams().out().flush();
    return 0;
  }
}
