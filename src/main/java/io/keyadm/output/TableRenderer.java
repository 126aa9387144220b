package io.keyadm.output;

import io.keyadm.core.TerminalText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Aligned columns, terminal-safe, each cell bounded, the whole fitted to the terminal width. */
public final class TableRenderer implements Renderer {

  static final int MAX_CELL = 64;
  private static final int MIN_COLUMN = 6;
  private static final String GAP = "  ";

  private static final String STATUS = "status";

  private final int terminalWidth;
  private final boolean color;

  /**
   * @param terminalWidth the width to fit, or 0 when output is not a terminal
   */
  public TableRenderer(int terminalWidth) {
    this(terminalWidth, false);
  }

  /**
   * @param color whether to colour the status column (a terminal, and neither NO_COLOR nor
   *     --no-color)
   */
  public TableRenderer(int terminalWidth, boolean color) {
    this.terminalWidth = terminalWidth;
    this.color = color;
  }

  @Override
  public void render(Listing listing, PrintWriter out) {
    if (listing.vertical()) {
      renderVertical(listing, out);
      return;
    }
    List<String> headers = listing.headers().stream().map(h -> h.toUpperCase(Locale.ROOT)).toList();
    List<List<String>> rows = new ArrayList<>();
    for (List<String> row : listing.rows()) rows.add(row.stream().map(TerminalText::safe).toList());
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = headers.get(c).length();
      for (List<String> row : rows)
        widths[c] = Math.max(widths[c], Math.min(MAX_CELL, row.get(c).length()));
    }
    fit(widths, headers);
    printRow(out, headers, widths, -1);
    int statusColumn = color ? listing.headers().indexOf(STATUS) : -1;
    for (List<String> row : rows) printRow(out, row, widths, statusColumn);
  }

  private void renderVertical(Listing listing, PrintWriter out) {
    List<String> fields = listing.headers();
    List<String> values = listing.rows().isEmpty() ? List.of() : listing.rows().get(0);
    int labelWidth = fields.stream().mapToInt(String::length).max().orElse(0) + 1;
    int valueWidth =
        terminalWidth > 0
            ? Math.max(MIN_COLUMN, terminalWidth - labelWidth - GAP.length())
            : 4 * MAX_CELL;
    for (int i = 0; i < fields.size(); i++) {
      String label = fields.get(i) + ":";
      String value =
          truncate(TerminalText.safe(i < values.size() ? values.get(i) : ""), valueWidth);
      if (color && STATUS.equals(fields.get(i))) value = colored(value);
      out.print(pad(label, labelWidth));
      out.print(GAP);
      out.println(value);
    }
  }

  /**
   * Shrinks the widest columns until the row fits the terminal. The first column, the id operators
   * copy into the next command, is never cut: on a very narrow terminal the line wraps instead.
   */
  private void fit(int[] widths, List<String> headers) {
    if (terminalWidth <= 0) return;
    int total = GAP.length() * (widths.length - 1);
    for (int w : widths) total += w;
    while (total > terminalWidth) {
      int widest = -1;
      for (int c = 1; c < widths.length; c++) {
        if (widths[c] > MIN_COLUMN && (widest < 0 || widths[c] > widths[widest])) widest = c;
      }
      if (widest < 0) return;
      widths[widest]--;
      total--;
    }
  }

  private static void printRow(
      PrintWriter out, List<String> cells, int[] widths, int statusColumn) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      String cell = truncate(cells.get(c), widths[c]);
      String padding =
          c == widths.length - 1 ? "" : " ".repeat(Math.max(0, widths[c] - cell.length()));
      line.append(c == statusColumn ? colored(cell) : cell).append(padding);
      if (c < widths.length - 1) line.append(GAP);
    }
    out.println(line.toString().stripTrailing());
  }

  /** Active green, revoked red, expired yellow; anything else as it is. */
  static String colored(String status) {
    String code =
        switch (status) {
          case "active", "valid" -> "32";
          case "revoked" -> "31";
          case "expired" -> "33";
          default -> null;
        };
    return code == null ? status : "\u001b[" + code + "m" + status + "\u001b[0m";
  }

  static String truncate(String s, int width) {
    if (s.length() <= width) return s;
    if (width <= 1) return "…";
    return s.substring(0, width - 1) + "…";
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
