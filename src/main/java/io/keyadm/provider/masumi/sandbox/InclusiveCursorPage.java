package io.keyadm.provider.masumi.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Pages of a Masumi list, cut the way the real service cuts them: rows sorted by id, and an
 * inclusive cursor — the page fetched with {@code cursorId=X} starts WITH row X, so a client that
 * passes the last id it saw gets that row again. The cursor is a position among all rows, hidden
 * ones included: a soft-deleted row's id starts the page at the next visible row, and an unknown
 * cursor gives an empty page.
 *
 * <p>Built once for a state and kept until it changes, so a page costs its own rows, not a sort.
 */
final class InclusiveCursorPage {

  private final List<JsonNode> sorted;
  private final Map<String, Integer> positions;

  private InclusiveCursorPage(List<JsonNode> sorted) {
    this.sorted = sorted;
    this.positions = new HashMap<>(sorted.size() * 2);
    for (int i = 0; i < sorted.size(); i++) positions.putIfAbsent(id(sorted.get(i)), i);
  }

  /** The rows in id order, ready to be paged. */
  static InclusiveCursorPage index(Iterable<JsonNode> rows) {
    List<JsonNode> sorted = new ArrayList<>();
    rows.forEach(sorted::add);
    sorted.sort(Comparator.comparing(InclusiveCursorPage::id));
    return new InclusiveCursorPage(sorted);
  }

  /** One page of rows that are all visible. */
  static List<JsonNode> of(Iterable<JsonNode> rows, String cursorId, int size) {
    return index(rows).page(cursorId, size, row -> true);
  }

  /**
   * @param cursorId the id of the page's first row; null for the first page
   * @param size the most rows the page holds
   * @param visible which rows a list shows
   */
  List<JsonNode> page(String cursorId, int size, Predicate<JsonNode> visible) {
    int start = 0;
    if (cursorId != null) {
      Integer at = positions.get(cursorId);
      if (at == null) return List.of();
      start = at;
    }
    List<JsonNode> page = new ArrayList<>(Math.min(size, sorted.size()));
    for (int i = start; i < sorted.size() && page.size() < size; i++)
      if (visible.test(sorted.get(i))) page.add(sorted.get(i));
    return page;
  }

  /** The row with this id, hidden or not; null when there is none. */
  JsonNode find(String id) {
    Integer at = id == null ? null : positions.get(id);
    return at == null ? null : sorted.get(at);
  }

  private static String id(JsonNode row) {
    return row.path("id").asText();
  }
}
