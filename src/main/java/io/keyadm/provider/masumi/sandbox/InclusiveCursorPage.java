package io.keyadm.provider.masumi.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One page of a Masumi list, cut the way the real service cuts it: rows sorted by id, and an
 * inclusive cursor — the page fetched with {@code cursorId=X} starts WITH row X, so a client that
 * passes the last id it saw gets that row again. An unknown cursor gives an empty page.
 */
final class InclusiveCursorPage {

  private InclusiveCursorPage() {}

  /**
   * @param cursorId the id of the page's first row; null for the first page
   * @param size the most rows the page holds
   */
  static List<JsonNode> of(Iterable<JsonNode> rows, String cursorId, int size) {
    List<JsonNode> sorted = new ArrayList<>();
    rows.forEach(sorted::add);
    sorted.sort(Comparator.comparing(row -> row.path("id").asText()));
    int start = 0;
    if (cursorId != null) {
      start = -1;
      for (int i = 0; i < sorted.size() && start < 0; i++)
        if (sorted.get(i).path("id").asText().equals(cursorId)) start = i;
      if (start < 0) return List.of();
    }
    return List.copyOf(sorted.subList(start, Math.min(sorted.size(), start + size)));
  }
}
