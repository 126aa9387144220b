package io.keyadm.cli;

import io.keyadm.audit.AuditReport;
import io.keyadm.audit.Finding;
import io.keyadm.audit.Rule;
import io.keyadm.core.KeyadmException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The rules {@code audit --rule} keeps; all of them when none is named. */
record RuleFilter(Set<Rule> rules) {

  static RuleFilter of(List<String> ids) {
    if (ids.isEmpty()) return new RuleFilter(EnumSet.allOf(Rule.class));
    Set<Rule> rules = EnumSet.noneOf(Rule.class);
    for (String id : ids) rules.add(rule(id.trim()));
    return new RuleFilter(rules);
  }

  private static Rule rule(String id) {
    for (Rule r : Rule.values()) if (r.id().equals(id)) return r;
    throw KeyadmException.usage(
        "invalid value for --rule: '"
            + id
            + "' (expected one of: "
            + String.join(", ", Arrays.stream(Rule.values()).map(Rule::id).toList())
            + ")");
  }

  AuditReport apply(AuditReport report) {
    List<Finding> kept = report.findings().stream().filter(f -> rules.contains(f.rule())).toList();
    return new AuditReport(kept, report.profiles(), report.keys());
  }
}
