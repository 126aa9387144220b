package io.keyadm.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What a list keeps and in which order: statuses, expiry and creation windows, time unused, and a
 * sort. Applied to the provider-neutral model, after whatever the server could filter itself.
 *
 * @param statuses the statuses kept; empty keeps all
 * @param expiringWithin keeps keys that expire after now and at most this long from now
 * @param createdBefore keeps keys created before this time
 * @param createdAfter keeps keys created after this time
 * @param unusedFor keeps keys not used for this long (never used: created at least this long ago)
 * @param sort created, expires, name, status or id; null keeps the server's order
 */
public record KeyFilter(
    Set<String> statuses,
    Duration expiringWithin,
    Instant createdBefore,
    Instant createdAfter,
    Duration unusedFor,
    String sort,
    boolean reverse) {

  /** The fields a list can be sorted by. */
  public static final List<String> SORTS = List.of("created", "expires", "name", "status", "id");

  public KeyFilter {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
  }

  public static KeyFilter none() {
    return new KeyFilter(Set.of(), null, null, null, null, null, false);
  }

  /** Whether it keeps every key in the server's order. */
  public boolean isEmpty() {
    return statuses.isEmpty()
        && expiringWithin == null
        && createdBefore == null
        && createdAfter == null
        && unusedFor == null
        && sort == null
        && !reverse;
  }

  /** Whether the server must be asked for revoked keys too (PERS hides them by default). */
  public boolean wantsRevoked() {
    return statuses.contains(ApiKey.REVOKED);
  }

  /** The keys it keeps, in its order; a key without the sorted field comes last either way. */
  public List<ApiKey> apply(List<ApiKey> keys, Instant now) {
    List<ApiKey> kept = new ArrayList<>();
    for (ApiKey k : keys) if (keeps(k, now)) kept.add(k);
    if (sort != null) kept.sort(comparator());
    else if (reverse) Collections.reverse(kept);
    return kept;
  }

  private Comparator<ApiKey> comparator() {
    return switch (sort) {
      case "created" -> by(ApiKey::createdAt);
      case "expires" -> by(ApiKey::expiresAt);
      case "name" -> by(ApiKey::name);
      case "status" -> by(ApiKey::status);
      default -> by(ApiKey::id);
    };
  }

  private <T extends Comparable<T>> Comparator<ApiKey> by(Function<ApiKey, T> field) {
    Comparator<T> order = reverse ? Comparator.reverseOrder() : Comparator.naturalOrder();
    return Comparator.comparing(field, Comparator.nullsLast(order));
  }

  private boolean keeps(ApiKey k, Instant now) {
    if (!statuses.isEmpty() && !statuses.contains(k.status())) return false;
    if (expiringWithin != null) {
      Instant exp = k.expiresAt();
      if (exp == null || !exp.isAfter(now) || exp.isAfter(now.plus(expiringWithin))) return false;
    }
    if (createdBefore != null && (k.createdAt() == null || !k.createdAt().isBefore(createdBefore)))
      return false;
    if (createdAfter != null && (k.createdAt() == null || !k.createdAt().isAfter(createdAfter)))
      return false;
    if (unusedFor != null) {
      Instant last = k.lastUsedAt() != null ? k.lastUsedAt() : k.createdAt();
      if (last != null && last.isAfter(now.minus(unusedFor))) return false;
    }
    return true;
  }
}
