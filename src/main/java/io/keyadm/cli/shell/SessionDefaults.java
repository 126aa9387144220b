package io.keyadm.cli.shell;

import io.keyadm.core.KeyadmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * The global options given to {@code shell}, as the defaults of every command of the session: a
 * command line's own options win, as picocli applies defaults only where an option is absent.
 */
final class SessionDefaults implements IDefaultValueProvider {

  private final Map<String, String> values;

  SessionDefaults(Map<String, String> values) {
    this.values = new LinkedHashMap<>(values);
  }

  /** The global options matched on the way to {@code shell}, by their longest name. */
  static SessionDefaults of(CommandSpec shell) {
    Map<String, String> values = new LinkedHashMap<>();
    for (ParseResult r = shell.root().commandLine().getParseResult();
        r != null;
        r = r.subcommand()) {
      for (OptionSpec o : r.matchedOptions()) {
        if (o.scopeType() != ScopeType.INHERIT || o.usageHelp() || o.versionHelp()) continue;
        List<String> given = o.originalStringValues();
        String value = o.arity().max() == 0 ? "true" : given.get(given.size() - 1);
        if (o.longestName().endsWith("-file") && value.equals("-")) {
          throw KeyadmException.usage(
              o.longestName() + " - would read the shell's own input: give a file instead");
        }
        values.put(o.longestName(), value);
      }
    }
    return new SessionDefaults(values);
  }

  @Override
  public String defaultValue(ArgSpec arg) {
    return arg instanceof OptionSpec o && o.scopeType() == ScopeType.INHERIT
        ? values.get(o.longestName())
        : null;
  }

  /**
   * The defaults of one command line: none for an option the line names. picocli gives defaults to
   * every copy of an inherited option the line did not match, and all copies share one field, so a
   * default would otherwise overwrite the line's own value.
   */
  IDefaultValueProvider except(List<String> words) {
    return arg -> {
      if (!(arg instanceof OptionSpec o)) return null;
      for (String w : words) {
        String name = w.contains("=") ? w.substring(0, w.indexOf('=')) : w;
        if (List.of(o.names()).contains(name)) return null;
      }
      return defaultValue(arg);
    };
  }

  /** The session's profile, or null where the environment or the config file decides. */
  String profile() {
    return values.get("--profile");
  }

  String provider() {
    return values.get("--provider");
  }

  boolean adHoc() {
    return values.containsKey("--url");
  }

  boolean noColor() {
    return values.containsKey("--no-color");
  }

  /** Switches to {@code profile}: an ad-hoc --url and --provider no longer apply. */
  void use(String profile) {
    values.put("--profile", profile);
    values.remove("--url");
    values.remove("--provider");
  }
}
