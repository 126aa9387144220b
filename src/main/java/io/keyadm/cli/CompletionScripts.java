package io.keyadm.cli;

import io.keyadm.config.Profile;
import io.keyadm.output.OutputFormat;
import io.keyadm.provider.Providers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Completion scripts generated from the live command tree: picocli's AutoComplete for bash, a
 * native zsh script with option descriptions. Both complete profile names by reading the config
 * file themselves, without starting the JVM.
 */
final class CompletionScripts {

  /** Prints the profile names of the config file (and the built-in ones) in sh, for both shells. */
  private static String profileNames(Providers providers) {
    return "  local cfg=\"${XDG_CONFIG_HOME:-$HOME/.config}/keyadm/config.yaml\"\n"
        + "  printf '%s\\n' "
        + String.join(" ", BuiltInProfiles.of(providers).stream().map(Profile::name).toList())
        + "\n"
        + PROFILES_IN_CONFIG;
  }

  private static final String PROFILES_IN_CONFIG =
      "  [ -r \"$cfg\" ] && awk '/^profiles:/{p=1;next} /^[^ #]/{p=0} p && /^  [^ #][^ ]*:[ ]*$/{sub(/^  /,\"\");sub(/:[ ]*$/,\"\");gsub(/[\"'\\'']/,\"\");print}' \"$cfg\"\n";

  private CompletionScripts() {}

  static String bash(CommandSpec root, Providers providers) {
    CommandLine cli = root.commandLine();
    String generated = AutoComplete.bash("keyadm", cli);
    return generated
        + "\n# Profile names, read from the config file without starting the JVM.\n"
        + "_keyadm_profiles() {\n"
        + profileNames(providers)
        + "}\n\n"
        + "_keyadm_complete() {\n"
        + "  local prev=\"${COMP_WORDS[COMP_CWORD-1]}\" cur=\"${COMP_WORDS[COMP_CWORD]}\"\n"
        + "  case \"$prev\" in\n"
        + "    -p|--profile) COMPREPLY=( $(compgen -W \"$(_keyadm_profiles)\" -- \"$cur\") ); return 0 ;;\n"
        + "    -o|--output) COMPREPLY=( $(compgen -W \""
        + String.join(" ", formats())
        + "\" -- \"$cur\") ); return 0 ;;\n"
        + "    --provider) COMPREPLY=( $(compgen -W \""
        + String.join(" ", providers.ids())
        + "\" -- \"$cur\") ); return 0 ;;\n"
        + "  esac\n"
        + "  if [ \"${COMP_WORDS[1]}\" = profile ] && { [ \"${COMP_WORDS[2]}\" = use ] || [ \"${COMP_WORDS[2]}\" = show ] || [ \"${COMP_WORDS[2]}\" = remove ]; } && [ \"$COMP_CWORD\" -eq 3 ]; then\n"
        + "    COMPREPLY=( $(compgen -W \"$(_keyadm_profiles)\" -- \"$cur\") ); return 0\n"
        + "  fi\n"
        + "  _complete_keyadm \"$@\"\n"
        + "}\n"
        + "complete -F _keyadm_complete -o default keyadm\n";
  }

  static String zsh(CommandSpec root, Providers providers) {
    StringBuilder sb = new StringBuilder();
    sb.append("#compdef keyadm\n");
    sb.append(
        "# zsh completion for keyadm, generated from its command tree by 'keyadm completion zsh'.\n\n");
    sb.append("_keyadm_profile_names() {\n").append(profileNames(providers)).append("}\n\n");
    sb.append(
        "_keyadm_profiles() {\n  local -a names\n  names=(${(f)\"$(_keyadm_profile_names)\"})\n  _describe -t profiles 'profile' names\n}\n\n");
    function(sb, root, "_keyadm", providers);
    sb.append("_keyadm \"$@\"\n");
    return sb.toString();
  }

  private static void function(
      StringBuilder sb, CommandSpec spec, String name, Providers providers) {
    Map<String, CommandLine> subs = spec.subcommands();
    List<CommandSpec> children = new ArrayList<>();
    sb.append(name).append("() {\n");
    sb.append("  local curcontext=\"$curcontext\" state line\n");
    sb.append("  typeset -A opt_args\n");
    sb.append("  _arguments -s -C \\\n");
    for (OptionSpec o : spec.options()) {
      if (o.hidden()) continue;
      sb.append("    ").append(optionSpec(o, providers)).append(" \\\n");
    }
    if (!subs.isEmpty()) {
      sb.append("    '1: :->command' \\\n    '*:: :->args'\n");
      sb.append("  case $state in\n    command)\n      local -a commands\n      commands=(\n");
      for (Map.Entry<String, CommandLine> e : subs.entrySet()) {
        CommandSpec child = e.getValue().getCommandSpec();
        if (child.usageMessage().hidden()) continue;
        String desc =
            child.usageMessage().description().length > 0
                ? child.usageMessage().description()[0]
                : "";
        sb.append("        '").append(e.getKey()).append(':').append(quote(desc)).append("'\n");
        if (!children.contains(child)) children.add(child);
      }
      sb.append(
          "      )\n      _describe -t commands 'command' commands ;;\n    args)\n      case $words[1] in\n");
      for (Map.Entry<String, CommandLine> e : subs.entrySet()) {
        sb.append("        ")
            .append(e.getKey())
            .append(") ")
            .append(name)
            .append('_')
            .append(e.getKey().replace('-', '_'))
            .append(" ;;\n");
      }
      sb.append("      esac ;;\n  esac\n");
    } else {
      boolean profileArg =
          spec.parent() != null
              && "profile".equals(spec.parent().name())
              && List.of("use", "show", "remove").contains(spec.name());
      sb.append(
          profileArg
              ? "    '1:profile:_keyadm_profiles'\n"
              : spec.positionalParameters().isEmpty() ? "    \n" : "    '*:argument:'\n");
    }
    sb.append("}\n\n");
    for (Map.Entry<String, CommandLine> e : subs.entrySet()) {
      function(
          sb, e.getValue().getCommandSpec(), name + "_" + e.getKey().replace('-', '_'), providers);
    }
  }

  private static String optionSpec(OptionSpec o, Providers providers) {
    String desc = o.description().length > 0 ? quote(o.description()[0]) : "";
    String[] names = o.names();
    String exclusion = names.length > 1 ? "'(" + String.join(" ", names) + ")'" : "";
    String nameList = names.length > 1 ? "{" + String.join(",", names) + "}" : names[0];
    String spec = exclusion + nameList + "'[" + desc + "]";
    if (o.arity().max() > 0) {
      String label = o.paramLabel().replaceAll("[<>:]", "");
      spec += ":" + (label.isEmpty() ? "value" : label) + ":" + action(o, providers);
    }
    return spec + "'";
  }

  private static String action(OptionSpec o, Providers providers) {
    String longest = o.longestName();
    if (longest.equals("--profile")) return "_keyadm_profiles";
    if (longest.equals("--output")) return "(" + String.join(" ", formats()) + ")";
    if (longest.equals("--provider")) return "(" + String.join(" ", providers.ids()) + ")";
    List<String> candidates = new ArrayList<>();
    if (o.completionCandidates() != null) o.completionCandidates().forEach(candidates::add);
    if (!candidates.isEmpty()) return "(" + String.join(" ", candidates) + ")";
    if (longest.endsWith("-file")
        || longest.equals("--save-secret")
        || longest.equals("--state-dir")) return "_files";
    return "";
  }

  static List<String> formats() {
    return OutputFormat.options();
  }

  /** Text safe inside a single-quoted zsh word and an _arguments description. */
  private static String quote(String s) {
    String plain =
        s.replaceAll("\\$\\{DEFAULT-VALUE}", "")
            .replace("'", "")
            .replace("[", "(")
            .replace("]", ")")
            .replace(":", " -");
    return plain.length() > 100 ? plain.substring(0, 99) + "…" : plain;
  }
}
