package io.keyadm.provider.masumi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyadm.testing.JsonTrees;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InclusiveCursorPagerTest {

  record Call(int take, String cursor) {}

  /** A list endpoint that records what it was asked and answers with {@code pages}. */
  static final class Server implements InclusiveCursorPager.PageFetcher {
    final List<Call> calls = new ArrayList<>();
    private final BiFunction<Integer, String, List<String>> pages;

    Server(BiFunction<Integer, String, List<String>> pages) {
      this.pages = pages;
    }

    /** Masumi: rows ordered by id, the page of cursorId=X starting with X again. */
    static Server inclusive(List<String> ids) {
      return new Server(
          (take, cursor) -> {
            int from = cursor == null ? 0 : ids.indexOf(cursor);
            if (from < 0) return List.of();
            return ids.subList(from, Math.min(ids.size(), from + take));
          });
    }

    @Override
    public List<JsonNode> fetch(int take, String cursorId) {
      calls.add(new Call(take, cursorId));
      return pages.apply(take, cursorId).stream()
          .map(id -> (JsonNode) JsonTrees.object().put("id", id))
          .toList();
    }
  }

  static List<String> ids(int n) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> String.format("cmkey%03d", i)).toList();
  }

  static List<String> idsOf(List<JsonNode> rows) {
    return rows.stream().map(r -> r.get("id").asText()).toList();
  }

  @Test
  void the_first_page_takes_the_page_size_and_later_pages_one_more_from_the_last_row() {
    Server server = Server.inclusive(ids(7));

    List<JsonNode> rows = InclusiveCursorPager.collect(server, 3, null);

    assertThat(idsOf(rows)).containsExactlyElementsOf(ids(7));
    assertThat(server.calls)
        .containsExactly(new Call(3, null), new Call(4, "cmkey003"), new Call(4, "cmkey006"));
  }

  @Test
  void the_cursor_row_that_starts_each_later_page_is_dropped() {
    Server server = Server.inclusive(ids(4));

    List<JsonNode> rows = InclusiveCursorPager.collect(server, 2, null);

    // The server answered cmkey002 and cmkey004 twice each, as the first row of the next page.
    assertThat(idsOf(rows)).containsExactly("cmkey001", "cmkey002", "cmkey003", "cmkey004");
    assertThat(server.calls)
        .containsExactly(new Call(2, null), new Call(3, "cmkey002"), new Call(3, "cmkey004"));
  }

  @Test
  void a_page_size_of_one_advances_because_later_pages_take_two() {
    Server server = Server.inclusive(ids(3));

    List<JsonNode> rows = InclusiveCursorPager.collect(server, 1, null);

    assertThat(idsOf(rows)).containsExactly("cmkey001", "cmkey002", "cmkey003");
    assertThat(server.calls)
        .containsExactly(
            new Call(1, null),
            new Call(2, "cmkey001"),
            new Call(2, "cmkey002"),
            new Call(2, "cmkey003"));
  }

  @Test
  void take_never_exceeds_what_masumi_serves() {
    Server server = Server.inclusive(ids(250));

    List<JsonNode> rows = InclusiveCursorPager.collect(server, 100, null);

    assertThat(idsOf(rows)).containsExactlyElementsOf(ids(250));
    assertThat(server.calls)
        .containsExactly(new Call(100, null), new Call(100, "cmkey100"), new Call(100, "cmkey199"));
  }

  @Test
  void a_short_page_ends_the_walk_and_a_full_last_page_costs_one_more_request() {
    Server twoRows = Server.inclusive(ids(2));
    Server threeRows = Server.inclusive(ids(3));
    Server empty = Server.inclusive(List.of());

    assertThat(idsOf(InclusiveCursorPager.collect(twoRows, 5, null))).hasSize(2);
    assertThat(idsOf(InclusiveCursorPager.collect(threeRows, 3, null))).hasSize(3);
    assertThat(InclusiveCursorPager.collect(empty, 3, null)).isEmpty();

    assertThat(twoRows.calls).containsExactly(new Call(5, null));
    assertThat(threeRows.calls).containsExactly(new Call(3, null), new Call(4, "cmkey003"));
    assertThat(empty.calls).containsExactly(new Call(3, null));
  }

  @Test
  void a_server_that_ignores_the_cursor_ends_the_walk_without_duplicates() {
    List<String> all = ids(10);
    Server server = new Server((take, cursor) -> all.subList(0, take));

    List<JsonNode> rows = InclusiveCursorPager.collect(server, 2, null);

    assertThat(idsOf(rows)).containsExactly("cmkey001", "cmkey002", "cmkey003");
    assertThat(server.calls)
        .containsExactly(new Call(2, null), new Call(3, "cmkey002"), new Call(3, "cmkey003"));
  }

  @Test
  void a_server_that_loops_back_to_rows_already_seen_ends_the_walk() {
    // After the first page it answers every cursor with the first rows again, padded to take.
    Server server =
        new Server(
            (take, cursor) ->
                cursor == null
                    ? List.of("cmkey001", "cmkey002")
                    : List.of(cursor, "cmkey001", "cmkey002"));

    List<JsonNode> rows = InclusiveCursorPager.collect(server, 2, null);

    assertThat(idsOf(rows)).containsExactly("cmkey001", "cmkey002");
    assertThat(server.calls).containsExactly(new Call(2, null), new Call(3, "cmkey002"));
  }

  @Test
  void rows_repeated_within_and_across_pages_are_kept_once() {
    Server server =
        new Server(
            (take, cursor) ->
                cursor == null
                    ? List.of("cmkey001", "cmkey001", "cmkey002")
                    : List.of("cmkey002", "cmkey001", "cmkey003"));

    List<JsonNode> rows = InclusiveCursorPager.collect(server, 3, null);

    assertThat(idsOf(rows)).containsExactly("cmkey001", "cmkey002", "cmkey003");
  }

  @Test
  void a_limit_stops_the_walk_as_soon_as_it_is_reached() {
    Server server = Server.inclusive(ids(9));
    Server withinFirstPage = Server.inclusive(ids(9));

    List<JsonNode> rows = InclusiveCursorPager.collect(server, 2, 3);
    List<JsonNode> one = InclusiveCursorPager.collect(withinFirstPage, 5, 1);

    assertThat(idsOf(rows)).containsExactly("cmkey001", "cmkey002", "cmkey003");
    assertThat(server.calls).containsExactly(new Call(2, null), new Call(3, "cmkey002"));
    assertThat(idsOf(one)).containsExactly("cmkey001");
    assertThat(withinFirstPage.calls).containsExactly(new Call(5, null));
  }
}
