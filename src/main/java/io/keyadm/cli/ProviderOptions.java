package io.keyadm.cli;

import io.keyadm.config.Secret;
import io.keyadm.core.OptionValues;
import io.keyadm.provider.ProviderModule;
import io.keyadm.provider.ProviderOption;
import io.keyadm.provider.Providers;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * What the registry adds to the command tree: each provider's options on the commands they belong
 * to, under a heading per provider, the global file options of the secrets providers need, and the
 * lists of providers, profiles and formats in the global options' descriptions.
 */
final class ProviderOptions {

  private final Providers providers;
  private final GlobalOptions globals;
  private final Map<CommandSpec, OptionValues> bound = new IdentityHashMap<>();

  ProviderOptions(Providers providers, GlobalOptions globals) {
    this.providers = providers;
    this.globals = globals;
  }

  Providers providers() {
    return providers;
  }

  /** The provider options given to this command (none when it takes none). */
  OptionValues valuesOf(CommandSpec spec) {
    return bound.getOrDefault(spec, OptionValues.none());
  }

  /**
   * Fills in the root's descriptions and adds the secrets' file options after {@code --token-file};
   * done before subcommands are attached, so that they inherit the result.
   */
  void describeRoot(CommandSpec root) {
    Map<String, String> words = new LinkedHashMap<>();
    words.put("@providers@", or(providers.ids()));
    words.put(
        "@built-in-profiles@",
        String.join(
            ", ", providers.ids().stream().map(id -> BuiltInProfiles.PREFIX + id).toList()));
    words.put("@formats@", or(CompletionScripts.formats()));
    List<String> footer = new ArrayList<>();
    for (String line : root.usageMessage().footer()) {
      if (!line.equals("@secrets@")) footer.add(line);
      else footer.addAll(secretsFooter());
    }
    root.usageMessage().footer(footer.toArray(String[]::new));
    List<OptionSpec> options = new ArrayList<>(root.options());
    options.forEach(root::remove);
    for (OptionSpec o : options) {
      root.addOption(o.toBuilder().description(fill(o.description(), words)).build());
      if (o.longestName().equals(Secret.TOKEN.fileOption())) {
        for (Secret s : providers.extraSecrets()) root.addOption(secretFileOption(s));
      }
    }
  }

  /** " PERS also: --project-key-file / $KEYADM_PROJECT_KEY," and so on, per provider. */
  private List<String> secretsFooter() {
    List<String> lines = new ArrayList<>();
    for (ProviderModule m : providers.all()) {
      List<Secret> secrets = m.secrets();
      for (int i = 0; i < secrets.size(); i++) {
        Secret s = secrets.get(i);
        lines.add(
            "  "
                + (i == 0 ? m.title() + " also: " : "")
                + s.fileOption()
                + " / $"
                + s.envVariable()
                + (i == secrets.size() - 1 ? "." : ","));
      }
    }
    return lines;
  }

  /**
   * Adds each provider's options for this command, grouped under the provider's heading, and names
   * the providers that have it when only some do.
   */
  void addTo(CommandSpec spec) {
    String path = ErrorReporter.commandName(spec.commandLine());
    List<String> having = providers.having(path);
    if (!having.isEmpty()) {
      String[] lines = spec.usageMessage().description().clone();
      lines[0] = lines[0].replaceFirst("[.:]?$", " (" + String.join(", ", having) + ")$0");
      spec.usageMessage().description(lines);
    }
    Map<String, List<ProviderModule>> owners = providers.optionOwners(path);
    if (owners.isEmpty()) return;
    OptionValues values = new OptionValues();
    bound.put(spec, values);
    Map<List<ProviderModule>, ArgGroupSpec.Builder> groups = new LinkedHashMap<>();
    for (ProviderModule m : providers.all()) {
      for (ProviderOption o : providers.options(m, path)) {
        List<ProviderModule> who = owners.get(o.name());
        if (who.get(0) != m) continue; // declared once, by the first module that has it
        groups
            .computeIfAbsent(
                who,
                w ->
                    ArgGroupSpec.builder()
                        .heading(heading(w))
                        .exclusive(false)
                        .multiplicity("0..1")
                        .validate(false))
            .addArg(option(o, values));
      }
    }
    groups.values().forEach(g -> spec.addArgGroup(g.build()));
  }

  private static String heading(List<ProviderModule> modules) {
    return or(modules.stream().map(ProviderModule::title).toList()) + " options:%n";
  }

  private static OptionSpec option(ProviderOption o, OptionValues values) {
    String name = o.name();
    OptionSpec.Builder b = OptionSpec.builder(name).description(o.description());
    if (!o.candidates().isEmpty()) b.completionCandidates(o.candidates());
    if (o.isFlag()) {
      return b.arity("0")
          .type(Boolean.class)
          .getter(getter(() -> values.has(name) ? Boolean.TRUE : null))
          .setter(setter(v -> values.put(name, Boolean.TRUE.equals(v) ? List.of() : null)))
          .build();
    }
    b.paramLabel(o.paramLabel()).arity("1");
    if (o.repeatable()) {
      return b.type(List.class)
          .auxiliaryTypes(String.class)
          .getter(getter(() -> values.has(name) ? values.all(name) : null))
          .setter(setter(v -> values.put(name, v == null ? null : castList(v))))
          .build();
    }
    return b.type(String.class)
        .getter(getter(() -> values.one(name)))
        .setter(setter(v -> values.put(name, v == null ? null : List.of((String) v))))
        .build();
  }

  private OptionSpec secretFileOption(Secret s) {
    List<String> who = providers.needing(s).stream().map(id -> providers.get(id).title()).toList();
    return OptionSpec.builder(s.fileOption())
        .paramLabel("<file>")
        .scopeType(ScopeType.INHERIT)
        .type(String.class)
        .description(
            String.join(", ", who)
                + ": read "
                + s.description()
                + " from this file ('-' for stdin).")
        .getter(getter(() -> globals.secretFiles.get(s)))
        .setter(
            setter(
                v -> {
                  if (v == null) globals.secretFiles.remove(s);
                  else globals.secretFiles.put(s, (String) v);
                }))
        .build();
  }

  @SuppressWarnings("unchecked")
  private static List<String> castList(Object v) {
    return (List<String>) v;
  }

  private interface Source {
    Object get();
  }

  private interface Sink {
    void set(Object value);
  }

  private static IGetter getter(Source source) {
    return new IGetter() {
      @Override
      @SuppressWarnings("unchecked")
      public <T> T get() {
        return (T) source.get();
      }
    };
  }

  private static ISetter setter(Sink sink) {
    return new ISetter() {
      @Override
      public <T> T set(T value) {
        sink.set(value);
        return null;
      }
    };
  }

  private static String fill(String[] description, Map<String, String> words) {
    String text = String.join("\n", description);
    for (Map.Entry<String, String> w : words.entrySet())
      text = text.replace(w.getKey(), w.getValue());
    return text;
  }

  /** "a", "a or b", "a, b or c". */
  static String or(List<String> items) {
    if (items.size() <= 1) return String.join("", items);
    return String.join(", ", items.subList(0, items.size() - 1))
        + " or "
        + items.get(items.size() - 1);
  }
}
