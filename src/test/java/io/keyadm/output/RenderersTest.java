package io.keyadm.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyadm.core.Secrets;
import io.keyadm.core.TerminalText;
import io.keyadm.provider.Providers;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenderersTest {

  private static String render(Listing l, int width) {
    StringWriter sw = new StringWriter();
    PrintWriter pw = new PrintWriter(sw);
    new TableRenderer(width).render(l, pw);
    pw.flush();
    return sw.toString();
  }

  @Test
  void terminal_text_neutralises_escapes_controls_and_bidi_overrides() {
    assertThat(TerminalText.safe("\u001b[31mred\u001b[0m")).isEqualTo("?[31mred?[0m");
    assertThat(TerminalText.safe("\u001b]8;;http://evil\u0007link\u001b]8;;\u0007"))
        .doesNotContain("\u001b")
        .doesNotContain("\u0007");
    assertThat(TerminalText.safe("\u001b]52;c;ZXZpbA==\u0007")).doesNotContain("\u001b");
    assertThat(TerminalText.safe("good\rbad")).isEqualTo("good bad");
    assertThat(TerminalText.safe("abc\u202edcba")).isEqualTo("abc?dcba");
    assertThat(TerminalText.safe("\u009b31m")).isEqualTo("?31m");
    assertThat(TerminalText.safe("plain é ✓")).isEqualTo("plain é ✓");
  }

  @Test
  void cells_are_bounded_and_the_table_fits_the_terminal() {
    Listing l =
        Listing.rows(List.of("id", "name"), null, List.of()).add(List.of("k1", "x".repeat(10_000)));

    String unbounded = render(l, 0);
    String fitted = render(l, 40);

    assertThat(unbounded.lines().mapToInt(String::length).max().getAsInt())
        .isLessThanOrEqualTo(2 + 2 + TableRenderer.MAX_CELL);
    assertThat(fitted.lines().mapToInt(String::length).max().getAsInt()).isLessThanOrEqualTo(40);
    assertThat(fitted).contains("…");
  }

  @Test
  void fitting_a_narrow_terminal_keeps_the_id_whole() {
    Listing l =
        Listing.rows(List.of("id", "permission", "networks", "token"), null, List.of())
            .add(List.of("cm0000000002u613kzl41kd37", "read", "preprod,mainnet", "masu…abcd"));

    String fitted = render(l, 50);
    String tiny = render(l, 30);

    assertThat(fitted.lines().mapToInt(String::length).max().getAsInt()).isLessThanOrEqualTo(50);
    assertThat(fitted).contains("cm0000000002u613kzl41kd37 ");
    assertThat(tiny).contains("cm0000000002u613kzl41kd37 ");
  }

  @Test
  void the_status_column_is_coloured_only_when_asked() {
    Listing l =
        Listing.rows(List.of("id", "status"), null, List.of())
            .add(List.of("k1", "active"))
            .add(List.of("k2", "revoked"))
            .add(List.of("k3", "expired"));
    StringWriter sw = new StringWriter();
    PrintWriter pw = new PrintWriter(sw);
    new TableRenderer(80, true).render(l, pw);
    pw.flush();

    assertThat(sw.toString())
        .isEqualTo(
            "ID  STATUS\n"
                + "k1  \u001b[32mactive\u001b[0m\n"
                + "k2  \u001b[31mrevoked\u001b[0m\n"
                + "k3  \u001b[33mexpired\u001b[0m\n");
    assertThat(render(l, 80)).doesNotContain("\u001b");
  }

  @Test
  void vertical_listings_align_labels() {
    Listing l = Listing.single(List.of("id", "permission"), null, "k1").add(List.of("k1", "admin"));

    assertThat(render(l, 0)).isEqualTo("id:          k1\npermission:  admin\n");
  }

  @Test
  void csv_quotes_as_rfc_4180_says() {
    assertThat(CsvRenderer.quote("plain")).isEqualTo("plain");
    assertThat(CsvRenderer.quote("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvRenderer.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvRenderer.quote("two\nlines")).isEqualTo("\"two\nlines\"");
  }

  @Test
  void json_escapes_what_a_terminal_would_act_on() {
    ObjectMapper m = new ObjectMapper();
    StringWriter sw = new StringWriter();
    PrintWriter pw = new PrintWriter(sw);
    new JsonOutput(m)
        .render(m.createObjectNode().put("name", "\u001b]52;c;x\u0007 \u202e \u009b é"), pw);
    pw.flush();

    assertThat(sw.toString())
        .contains("\\u001B]52;c;x\\u0007 \\u202e \\u009b é")
        .doesNotContain("\u001b")
        .doesNotContain("\u202e");
  }

  @Test
  void masking_shows_at_most_four_characters_each_side_and_less_of_short_secrets() {
    assertThat(Secrets.mask("masumi-payment-abcdefghijklmnopqrstuvwx")).isEqualTo("masu…uvwx");
    assertThat(Secrets.mask("*****ab12")).isEqualTo("**…12");
    assertThat(Secrets.mask("abc")).isEqualTo("…");
  }

  @Test
  void masking_fields_reaches_nested_objects_and_leaves_others() throws Exception {
    ObjectMapper m = new ObjectMapper();
    var tree =
        m.readTree(
            "{\"id\":\"1\",\"apiKey\":\"abcdefghijklmnop\",\"nested\":[{\"jwt\":\"eyJhbGciOiJIUzI1NiJ9.x.y\"}]}");

    assertThat(Secrets.maskFields(tree, Providers.builtIn().secretFields()).toString())
        .isEqualTo("{\"id\":\"1\",\"apiKey\":\"abcd…mnop\",\"nested\":[{\"jwt\":\"eyJh….x.y\"}]}");
    assertThat(tree.get("apiKey").asText()).isEqualTo("abcdefghijklmnop");
  }
}
