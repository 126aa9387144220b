package io.keyadm.cli.shell;

import io.keyadm.output.OutputFormat;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.shell.jline3.PicocliJLineCompleter;

/**
 * Tab completion from the command model (picocli's completer: commands, options, the values a
 * provider declares), plus what the model cannot know: profile names, output formats, provider ids,
 * the key ids this session has seen, and the shell's built-ins.
 */
final class ShellCompleter implements Completer {

  static final List<String> BUILT_INS = List.of("use", "exit", "quit", "?");

  private final ShellSession session;
  private final CommandSpec root;
  private final PicocliJLineCompleter model;

  ShellCompleter(ShellSession session) {
    this.session = session;
    this.root = session.model().getCommandSpec();
    this.model = new PicocliJLineCompleter(root);
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    List<String> before = line.words().subList(0, line.wordIndex());
    String previous = before.isEmpty() ? "" : before.get(before.size() - 1);
    List<String> values = valuesAfter(previous);
    if (values != null) {
      values.forEach(v -> candidates.add(new Candidate(v)));
      return;
    }
    if (!before.isEmpty() && before.get(0).equals("use")) {
      if (before.size() == 1) session.profileNames().forEach(v -> candidates.add(new Candidate(v)));
      return;
    }
    model.complete(reader, line, candidates);
    if (line.word().startsWith("-")) return;
    CommandSpec command = commandOf(before);
    if (command == root && before.stream().noneMatch(w -> !w.startsWith("-"))) {
      BUILT_INS.forEach(b -> candidates.add(new Candidate(b)));
    } else if (takes(command, "<key-id>")) {
      session.seen().ids().forEach(id -> candidates.add(new Candidate(id)));
    } else if (isProfileArgument(command)) {
      session.profileNames().forEach(v -> candidates.add(new Candidate(v)));
    }
  }

  /** The values of the option {@code previous} names, where the model does not hold them. */
  private List<String> valuesAfter(String previous) {
    return switch (previous) {
      case "-p", "--profile" -> session.profileNames();
      case "-o", "--output" -> OutputFormat.options();
      case "--provider" -> new ArrayList<>(session.providerIds());
      default -> null;
    };
  }

  /** The deepest command the words name, stepping over options and their values. */
  private CommandSpec commandOf(List<String> words) {
    CommandSpec spec = root;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (w.startsWith("-")) {
        OptionSpec o = spec.findOption(w.contains("=") ? w.substring(0, w.indexOf('=')) : w);
        if (o != null && o.arity().max() > 0 && !w.contains("=")) i++;
      } else if (spec.subcommands().containsKey(w)) {
        spec = spec.subcommands().get(w).getCommandSpec();
      }
    }
    return spec;
  }

  private static boolean takes(CommandSpec command, String label) {
    for (PositionalParamSpec p : command.positionalParameters())
      if (p.paramLabel().equals(label)) return true;
    return false;
  }

  private static boolean isProfileArgument(CommandSpec command) {
    return command.parent() != null
        && command.parent().name().equals("profile")
        && List.of("use", "show", "remove").contains(command.name());
  }
}
