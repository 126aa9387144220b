package io.keyadm.provider.masumi.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

class InclusiveCursorPageTest {

  /** Five rows, stored out of id order as the state file may hold them. */
  final ArrayNode rows = JsonNodeFactory.instance.arrayNode();

  {
    for (String id : List.of("c", "a", "e", "b", "d"))
      rows.addObject().put("id", id).put("name", "row " + id);
  }

  static List<String> ids(List<JsonNode> page) {
    return page.stream().map(row -> row.get("id").asText()).toList();
  }

  @Test
  void the_first_page_is_the_lowest_ids_in_order() {
    assertThat(ids(InclusiveCursorPage.of(rows, null, 2))).containsExactly("a", "b");
    assertThat(ids(InclusiveCursorPage.of(rows, null, 10)))
        .containsExactly("a", "b", "c", "d", "e");
  }

  @Test
  void the_page_at_a_cursor_starts_with_the_cursor_row() {
    assertThat(ids(InclusiveCursorPage.of(rows, "b", 2))).containsExactly("b", "c");
    assertThat(ids(InclusiveCursorPage.of(rows, "e", 2))).containsExactly("e");
  }

  @Test
  void a_page_of_one_at_a_cursor_is_the_cursor_row_again() {
    assertThat(ids(InclusiveCursorPage.of(rows, "c", 1))).containsExactly("c");
  }

  @Test
  void an_unknown_cursor_gives_an_empty_page() {
    assertThat(InclusiveCursorPage.of(rows, "bb", 10)).isEmpty();
    assertThat(InclusiveCursorPage.of(rows, "", 10)).isEmpty();
  }

  @Test
  void the_page_holds_at_most_its_size_and_hands_back_the_rows_themselves() {
    List<JsonNode> page = InclusiveCursorPage.of(rows, "a", 3);

    assertThat(ids(page)).containsExactly("a", "b", "c");
    assertThat(page.get(0)).isSameAs(rows.get(1));
    assertThat(page.get(0).get("name").asText()).isEqualTo("row a");
  }

  @Test
  void no_rows_give_an_empty_page() {
    assertThat(InclusiveCursorPage.of(JsonNodeFactory.instance.arrayNode(), null, 5)).isEmpty();
  }
}
