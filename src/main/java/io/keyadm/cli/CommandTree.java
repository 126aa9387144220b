package io.keyadm.cli;

import io.keyadm.cli.key.KeyCommand;
import io.keyadm.cli.profile.ProfileCommand;
import io.keyadm.cli.rpckeys.RpcKeysCommand;
import io.keyadm.cli.sandbox.SandboxCommand;
import io.keyadm.cli.tenant.TenantApiKeyCommand;
import io.keyadm.cli.tenant.TenantCommand;
import io.keyadm.cli.tenant.TenantJwtCommand;
import io.keyadm.provider.Providers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;

/**
 * The command tree, attached to picocli lazily: building the model of a command costs more than
 * running most of them, so only the path the arguments name is built — the whole tree only where no
 * command is named (help listings, errors) and for completion scripts.
 */
final class CommandTree {

  /** Global options that take a value, so the scan for command names can step over it. */
  private static final Set<String> VALUED_GLOBALS =
      Set.of(
          "-p",
          "--profile",
          "-o",
          "--output",
          "--jq",
          "--url",
          "--provider",
          "--timeout",
          "--retries",
          "--token-file");

  private CommandTree() {}

  /** The subcommands a command groups, by name; empty for a leaf. */
  static Map<String, Class<?>> childrenOf(Class<?> command) {
    if (command == KeyadmCommand.class) return KeyadmCommand.SUBCOMMANDS;
    if (command == KeyCommand.class) return KeyCommand.SUBCOMMANDS;
    if (command == RpcKeysCommand.class) return RpcKeysCommand.SUBCOMMANDS;
    if (command == TenantCommand.class) return TenantCommand.SUBCOMMANDS;
    if (command == TenantApiKeyCommand.class) return TenantApiKeyCommand.SUBCOMMANDS;
    if (command == TenantJwtCommand.class) return TenantJwtCommand.SUBCOMMANDS;
    if (command == ProfileCommand.class) return ProfileCommand.SUBCOMMANDS;
    if (command == SandboxCommand.class) return SandboxCommand.SUBCOMMANDS;
    return Map.of();
  }

  /**
   * Attaches under {@code parent} the path {@code args} names, or everything below where it names
   * nothing.
   */
  static void attach(
      CommandLine parent, Class<?> parentType, String[] args, ProviderOptions providerOptions) {
    List<String> names = commandWords(args, providerOptions.providers());
    if (!names.isEmpty() && names.get(0).equals("completion")) names = List.of();
    attach(parent, parentType, names, 0, providerOptions);
  }

  private static void attach(
      CommandLine parent,
      Class<?> parentType,
      List<String> names,
      int depth,
      ProviderOptions providerOptions) {
    Map<String, Class<?>> children = childrenOf(parentType);
    String named =
        depth < names.size() && children.containsKey(names.get(depth)) ? names.get(depth) : null;
    for (Map.Entry<String, Class<?>> child : children.entrySet()) {
      if (named != null && !named.equals(child.getKey())) continue;
      CommandLine sub = new CommandLine(child.getValue(), parent.getFactory());
      parent.addSubcommand(child.getKey(), sub);
      providerOptions.addTo(sub.getCommandSpec());
      if (child.getValue() == AuditCommand.class) AuditCommand.repeatableProfile(sub);
      attach(sub, child.getValue(), named == null ? List.of() : names, depth + 1, providerOptions);
    }
  }

  /**
   * The words of the arguments that are not options or option values (command names come first).
   */
  static List<String> commandWords(String[] args, Providers providers) {
    Set<String> valued = new HashSet<>(VALUED_GLOBALS);
    providers.extraSecrets().forEach(s -> valued.add(s.fileOption()));
    List<String> words = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--")) break;
      if (valued.contains(a)) {
        i++;
      } else if (!a.startsWith("-")) {
        words.add(a);
      }
    }
    return words;
  }

  /** The top-level command the arguments name, or null. */
  static String topLevel(String[] args, Providers providers) {
    List<String> words = commandWords(args, providers);
    return words.isEmpty() || !KeyadmCommand.SUBCOMMANDS.containsKey(words.get(0))
        ? null
        : words.get(0);
  }
}
