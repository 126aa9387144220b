package io.keyadm.cli;

import io.keyadm.audit.AuditReport;
import io.keyadm.audit.AuditRunner;
import io.keyadm.audit.FindingViews;
import io.keyadm.audit.Severity;
import io.keyadm.audit.Target;
import io.keyadm.audit.Thresholds;
import io.keyadm.config.AuditConfig;
import io.keyadm.config.Profile;
import io.keyadm.config.Secret;
import io.keyadm.core.KeyadmException;
import io.keyadm.output.KeyViews;
import io.keyadm.output.OutputFormat;
import io.keyadm.output.Printer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

@Command(
    name = "audit",
    description = {
      "Finds risky keys across profiles: expired but not revoked, expiring soon, never expiring,"
          + " unused, too many admin keys, unlimited pay keys, keys without credits, and the"
          + " credential keyadm itself uses. Reads only; never prints a secret.",
      "Rules (id, severity): expired-not-revoked error, expiring-soon warning, no-expiry info,"
          + " unused warning, admin-keys warning, unlimited-pay error, no-credits info,"
          + " credential error (warning when it expires soon), unreachable error.",
      "Thresholds may also be set in config.yaml under 'audit:', globally and per profile"
          + " (profiles.<name>.audit); options win over a profile's section, which wins over the"
          + " global one.",
      "Exits 9 when a finding is at or above --fail-on, 0 otherwise; a profile that cannot be read"
          + " is a finding.",
      "",
      "Examples:",
      "  keyadm audit -p sandbox-masumi -p sandbox-pers -p sandbox-nft",
      "  keyadm audit --all-profiles --fail-on warning -o json",
      "  keyadm audit -p prod --expiring-within 30d --unused-for 60d",
      "  keyadm audit -p prod -o id --rule expired-not-revoked | keyadm -p prod key revoke - --yes",
      ""
    })
final class AuditCommand implements Callable<Integer> {

  /** The exit code of an audit that found something at or above --fail-on. */
  static final int FOUND = 9;

  private final Services services;

  /** -p/--profile, repeatable here: see {@link #repeatableProfile}. */
  final List<String> profiles = new ArrayList<>();

  @Option(
      names = "--all-profiles",
      description =
          "Audit every profile in the config file (built-in sandbox profiles only when named).")
  boolean allProfiles;

  @Option(
      names = "--fail-on",
      paramLabel = "<severity>",
      defaultValue = "error",
      description =
          "Exit 9 when a finding is at least this bad: error, warning or info (default: ${DEFAULT-VALUE}).")
  String failOn;

  @Option(
      names = "--expiring-within",
      paramLabel = "<duration>",
      description = "expiring-soon and credential warn about expiry this close (default: 14d).")
  String expiringWithin;

  @Option(
      names = "--unused-for",
      paramLabel = "<duration>",
      description = "unused: no use for this long, or never used and older (default: 90d).")
  String unusedFor;

  @Option(
      names = "--max-admin-keys",
      paramLabel = "<n>",
      description = "admin-keys: more admin keys than this in one profile (default: 2).")
  String maxAdminKeys;

  @Option(
      names = "--rule",
      paramLabel = "<id>",
      split = ",",
      description =
          "Report only these rules (repeatable or comma-separated), e.g. expired-not-revoked.")
  List<String> rules = new ArrayList<>();

  @Option(
      names = "--parallel",
      paramLabel = "<n>",
      defaultValue = "4",
      description = "Profiles read at once, 1 to 16 (default: ${DEFAULT-VALUE}).")
  int parallel;

  AuditCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    OutputFormat format = services.output().format();
    Severity threshold = Severity.parse(failOn, "--fail-on");
    if (parallel < 1 || parallel > 16)
      throw KeyadmException.usage("invalid value for --parallel: " + parallel + " (1 to 16)");
    RuleFilter filter = RuleFilter.of(rules);
    List<Target> targets = new ArrayList<>();
    AuditReport report;
    try (AuditTargets connections = new AuditTargets(services)) {
      List<Profile> selected = selectedProfiles();
      AuditConfig config = services.config().audit();
      if (selected == null) {
        Profile p = services.selection().profile();
        targets.add(connections.selected(p, thresholds(config, p)));
      } else {
        refuseSharedCredentials();
        for (Profile p : selected) targets.add(connections.own(p, thresholds(config, p)));
      }
      boolean progress = services.streams().console().isInteractive() && !services.options().quiet;
      AuditRunner runner =
          new AuditRunner(
              services.streams().clock(),
              parallel,
              services.redactor()::scrub,
              progress
                  ? new AuditProgress(services.streams().err(), targets.size())
                  : AuditRunner.Progress.NONE);
      report = filter.apply(runner.run(targets));
    }
    Printer printer = services.output().printer();
    KeyViews keys =
        new KeyViews(
            services.mapper(), false, services.redactor().secretFields(), List.of(), List.of());
    printer.print(new FindingViews(services.mapper(), keys).list(report.findings()));
    if (format == OutputFormat.TABLE) printer.raw(report.summary());
    return report.failsAt(threshold) ? FOUND : 0;
  }

  /**
   * The profiles named with -p (before or after {@code audit}) and --all-profiles, each once; null
   * when the run's own selection applies (one profile, or --url).
   */
  private List<Profile> selectedProfiles() {
    Set<String> names = new LinkedHashSet<>();
    if (services.options().profile != null) names.add(services.options().profile);
    names.addAll(profiles);
    if (!allProfiles && names.size() <= 1) {
      if (names.size() == 1) services.options().profile = names.iterator().next();
      return null;
    }
    List<Profile> all = new ArrayList<>();
    if (allProfiles) for (Profile p : services.config().profiles()) if (!p.isBuiltIn()) all.add(p);
    for (String n : names) {
      Profile p = services.config().profile(n);
      if (!all.contains(p)) all.add(p);
    }
    if (all.isEmpty())
      throw KeyadmException.usage(
          "--all-profiles: no profiles in "
              + services.config().path()
              + " (add one with 'keyadm profile add')");
    return all;
  }

  /** With several profiles, each uses its own credentials: one token cannot serve them all. */
  private void refuseSharedCredentials() {
    GlobalOptions o = services.options();
    if (o.url() != null || o.provider() != null)
      throw KeyadmException.usage(
          "--url and --provider apply to one profile; audit several with -p only");
    for (Secret s : services.providers().secrets()) {
      if (o.secretFile(s) != null)
        throw KeyadmException.usage(
            s.fileOption()
                + " applies to one profile; with several, each uses its own credentials");
      String v = services.streams().env().get(s.envVariable());
      if (v != null && !v.isBlank() && !o.quiet)
        services
            .streams()
            .tell(
                "keyadm: note: $"
                    + s.envVariable()
                    + " is not used with several profiles; each uses its own credentials");
    }
  }

  private Thresholds thresholds(AuditConfig config, Profile profile) {
    Map<String, String> given = new LinkedHashMap<>();
    given.put(Thresholds.EXPIRING_WITHIN, expiringWithin);
    given.put(Thresholds.UNUSED_FOR, unusedFor);
    given.put(Thresholds.MAX_ADMIN_KEYS, maxAdminKeys);
    List<Thresholds.Layer> layers = new ArrayList<>();
    layers.add(new Thresholds.Layer(given, "--%s"));
    if (profile != null && !profile.isBuiltIn())
      layers.add(
          new Thresholds.Layer(
              config.profile(profile.name(), Thresholds.NAMES), config.describe(profile.name())));
    layers.add(new Thresholds.Layer(config.global(Thresholds.NAMES), config.describe(null)));
    return Thresholds.resolve(layers);
  }

  /**
   * Makes -p repeatable for this command: the global option it inherits takes one profile, so it is
   * replaced by one that collects every value.
   */
  static void repeatableProfile(CommandLine audit) {
    CommandSpec spec = audit.getCommandSpec();
    OptionSpec inherited = spec.findOption("--profile");
    AuditCommand command = audit.getCommand();
    spec.remove(inherited);
    spec.addOption(
        OptionSpec.builder("-p", "--profile")
            .paramLabel("<name>")
            .type(List.class)
            .auxiliaryTypes(String.class)
            .description(
                String.join(" ", inherited.description())
                    .replace("Profile to use", "Profile to audit; repeat for several"))
            .getter(
                new CommandLine.Model.IGetter() {
                  @Override
                  @SuppressWarnings("unchecked")
                  public <T> T get() {
                    return (T) command.profiles;
                  }
                })
            .setter(
                new CommandLine.Model.ISetter() {
                  @Override
                  @SuppressWarnings("unchecked")
                  public <T> T set(T value) {
                    List<String> old = new ArrayList<>(command.profiles);
                    if (value != command.profiles) {
                      command.profiles.clear();
                      if (value != null) command.profiles.addAll((List<String>) value);
                    }
                    return (T) old;
                  }
                })
            .build());
  }
}
