package io.keyadm.provider.masumi;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyadm.provider.Json;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks Masumi's pages. Its cursor is inclusive: the page fetched with {@code cursorId=X} starts
 * with row X again. So later pages ask for one row more than the page size and drop the cursor row,
 * which also makes a page size of 1 advance (with {@code take=1} and a cursor the server never
 * moves on). Rows already seen are skipped, and a page that brings nothing new ends the walk, so a
 * misbehaving server cannot cause duplicates or an endless loop.
 */
final class InclusiveCursorPager {

  static final int MAX_TAKE = 100;

  /** Fetches one page: the number of rows asked for, and the cursor (null for the first page). */
  @FunctionalInterface
  interface PageFetcher {
    List<JsonNode> fetch(int take, String cursorId);
  }

  private InclusiveCursorPager() {}

  /**
   * @param limit stop after this many rows; null for all
   */
  static List<JsonNode> collect(PageFetcher fetcher, int pageSize, Integer limit) {
    List<JsonNode> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String cursor = null;
    while (true) {
      int take = cursor == null ? pageSize : Math.min(MAX_TAKE, pageSize + 1);
      List<JsonNode> page = fetcher.fetch(take, cursor);
      int fresh = 0;
      for (JsonNode row : page) {
        String id = Json.id(row, "id");
        if (id.equals(cursor) || !seen.add(id)) continue;
        rows.add(row);
        fresh++;
        if (limit != null && rows.size() >= limit) return rows;
      }
      if (page.size() < take || fresh == 0) return rows;
      cursor = Json.id(page.get(page.size() - 1), "id");
    }
  }
}
