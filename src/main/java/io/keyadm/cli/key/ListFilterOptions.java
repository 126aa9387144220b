package io.keyadm.cli.key;

import io.keyadm.config.Durations;
import io.keyadm.core.ApiKey;
import io.keyadm.core.Args;
import io.keyadm.core.KeyFilter;
import io.keyadm.core.KeyadmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** The filters and sort of every command that lists keys. */
final class ListFilterOptions {

  @Option(
      names = "--status",
      paramLabel = "<status>",
      description = "Only keys with this status: active, revoked or expired; repeatable.")
  List<String> statuses;

  @Option(
      names = "--expiring-within",
      paramLabel = "<duration>",
      description = "Only keys that expire within this time from now, e.g. 7d.")
  String expiringWithin;

  @Option(
      names = "--created-before",
      paramLabel = "<time|duration>",
      description = "Only keys created before this RFC 3339 time or date, or this long ago (90d).")
  String createdBefore;

  @Option(
      names = "--created-after",
      paramLabel = "<time|duration>",
      description = "Only keys created after this RFC 3339 time or date, or this long ago (7d).")
  String createdAfter;

  @Option(
      names = "--unused-for",
      paramLabel = "<duration>",
      description = "Only keys not used for this long (never used: created that long ago).")
  String unusedFor;

  @Option(
      names = "--sort",
      paramLabel = "<field>",
      description = "Sort by created, expires, name, status or id (default: the server's order).")
  String sort;

  @Option(names = "--reverse", description = "Reverse the order.")
  boolean reverse;

  /** The options given that need data only some providers have, as capability names. */
  List<String> capabilities(String command) {
    List<String> needed = new java.util.ArrayList<>();
    if (expiringWithin != null) needed.add(command + " --expiring-within");
    if (createdBefore != null) needed.add(command + " --created-before");
    if (createdAfter != null) needed.add(command + " --created-after");
    if (unusedFor != null) needed.add(command + " --unused-for");
    return needed;
  }

  KeyFilter filter(Instant now) {
    Set<String> wanted = new LinkedHashSet<>();
    if (statuses != null)
      for (String s : statuses)
        wanted.add(Args.choice(s, "--status", ApiKey.ACTIVE, ApiKey.REVOKED, ApiKey.EXPIRED));
    return new KeyFilter(
        wanted,
        expiringWithin == null ? null : Durations.parse(expiringWithin, "--expiring-within"),
        time(createdBefore, "--created-before", now),
        time(createdAfter, "--created-after", now),
        unusedFor == null ? null : Durations.parse(unusedFor, "--unused-for"),
        sort == null ? null : Args.choice(sort, "--sort", KeyFilter.SORTS.toArray(String[]::new)),
        reverse);
  }

  /** An RFC 3339 time, a date (midnight UTC), or a duration meaning that long ago. */
  private static Instant time(String text, String option, Instant now) {
    if (text == null) return null;
    String t = text.trim();
    try {
      if (t.contains("T")) return OffsetDateTime.parse(t).toInstant();
      if (t.contains("-")) return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw KeyadmException.usage(
          "invalid value for "
              + option
              + ": '"
              + Args.printable(text)
              + "' (expected an RFC 3339 time, a date or a duration such as 30d)");
    }
    return now.minus(Durations.parse(t, option));
  }
}
