package io.keyadm.provider;

import io.keyadm.config.Secret;
import io.keyadm.core.KeyadmException;
import io.keyadm.provider.masumi.MasumiModule;
import io.keyadm.provider.nft.NftModule;
import io.keyadm.provider.pers.PersModule;
import io.keyadm.sandbox.SandboxPart;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The registry: the providers keyadm speaks, in the order help and completion list them. */
public final class Providers {

  private final List<ProviderModule> modules;

  public Providers(List<ProviderModule> modules) {
    this.modules = List.copyOf(modules);
  }

  /** The providers that ship with keyadm. */
  public static Providers builtIn() {
    return new Providers(List.of(new MasumiModule(), new PersModule(), new NftModule()));
  }

  public List<ProviderModule> all() {
    return modules;
  }

  public List<String> ids() {
    return modules.stream().map(ProviderModule::id).toList();
  }

  /** The module with this id, or a usage error listing the known ones. */
  public ProviderModule get(String id) {
    for (ProviderModule m : modules) if (m.id().equals(id)) return m;
    throw KeyadmException.usage(
        "unknown provider '" + id + "' (expected one of: " + String.join(", ", ids()) + ")");
  }

  /** The ids of the providers that have this optional command. */
  public List<String> having(String command) {
    return modules.stream().filter(m -> m.commands().contains(command)).map(m -> m.id()).toList();
  }

  /**
   * Fails with a usage error when {@code module} lacks the command or a group it belongs to ({@code
   * tenant} for {@code tenant show}), naming the providers that have it.
   */
  public void requireCommand(ProviderModule module, String commandPath) {
    String prefix = "";
    for (String word : commandPath.split(" ")) {
      prefix = prefix.isEmpty() ? word : prefix + " " + word;
      List<String> having = having(prefix);
      if (!having.isEmpty() && !module.commands().contains(prefix)) {
        throw KeyadmException.unsupported(prefix, module.id(), having.toArray(String[]::new));
      }
    }
  }

  /**
   * The provider options of a command across all modules, by option name, each with the ids of the
   * modules that declare it (in registry order).
   */
  public Map<String, List<ProviderModule>> optionOwners(String commandPath) {
    Map<String, List<ProviderModule>> owners = new LinkedHashMap<>();
    for (ProviderModule m : modules)
      for (ProviderOption o : options(m, commandPath))
        owners.computeIfAbsent(o.name(), k -> new ArrayList<>()).add(m);
    return owners;
  }

  /**
   * The options a module adds to a command: its own, and on {@code profile add} the sources of its
   * secrets ({@code --<key>-env}, {@code --<key>-command}) and its settings.
   */
  public List<ProviderOption> options(ProviderModule module, String commandPath) {
    if (!commandPath.equals(PROFILE_ADD)) return module.options(commandPath);
    List<ProviderOption> all = new ArrayList<>(module.options(commandPath));
    for (Secret s : module.secrets()) {
      all.add(
          ProviderOption.value(
              "--" + s.configKey() + "-env",
              "<var>",
              "Read " + s.description() + " from this environment variable at each use."));
      all.add(
          ProviderOption.value(
              "--" + s.configKey() + "-command",
              "<cmd>",
              "Command that prints " + s.description() + ", run at each use."));
    }
    for (ProfileSetting s : module.settings())
      all.add(ProviderOption.value(s.option(), s.paramLabel(), s.description()));
    return all;
  }

  /** The command whose options include every module's secret sources and settings. */
  public static final String PROFILE_ADD = "profile add";

  /** Fails with a usage error for the first given option that {@code module} does not have. */
  public void rejectForeignOptions(
      ProviderModule module, String commandPath, Iterable<String> given) {
    Map<String, List<ProviderModule>> owners = optionOwners(commandPath);
    for (String option : given) {
      List<ProviderModule> has = owners.getOrDefault(option, List.of());
      if (!has.contains(module)) {
        throw KeyadmException.usage(
            option
                + " is not supported by "
                + module.id()
                + " (available for: "
                + String.join(", ", has.stream().map(ProviderModule::id).toList())
                + ")");
      }
    }
  }

  /** The sandbox parts of the providers that have one. */
  public List<SandboxPart> sandboxParts() {
    List<SandboxPart> parts = new ArrayList<>();
    for (ProviderModule m : modules) if (m.sandbox() != null) parts.add(m.sandbox());
    return parts;
  }

  /** The secret field names of every provider's server objects. */
  public Set<String> secretFields() {
    Set<String> all = new HashSet<>();
    modules.forEach(m -> all.addAll(m.secretFields()));
    return Set.copyOf(all);
  }

  /** Every secret some provider needs besides the token, once each, in registry order. */
  public List<Secret> extraSecrets() {
    List<Secret> all = new ArrayList<>();
    for (ProviderModule m : modules) for (Secret s : m.secrets()) if (!all.contains(s)) all.add(s);
    return all;
  }

  /** The token and every extra secret. */
  public List<Secret> secrets() {
    List<Secret> all = new ArrayList<>(List.of(Secret.TOKEN));
    all.addAll(extraSecrets());
    return all;
  }

  /** The ids of the modules that need this secret ({@link Secret#TOKEN}: all). */
  public List<String> needing(Secret secret) {
    if (secret.equals(Secret.TOKEN)) return ids();
    return modules.stream().filter(m -> m.secrets().contains(secret)).map(m -> m.id()).toList();
  }

  /** Every profile setting some provider has, by key, with the modules that have it. */
  public Map<String, List<ProviderModule>> settingOwners() {
    Map<String, List<ProviderModule>> owners = new LinkedHashMap<>();
    for (ProviderModule m : modules)
      for (ProfileSetting s : m.settings())
        owners.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(m);
    return owners;
  }
}
