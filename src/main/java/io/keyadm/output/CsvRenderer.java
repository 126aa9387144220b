package io.keyadm.output;

import java.io.PrintWriter;
import java.util.List;

/** A header row, then one row per object, quoted as RFC 4180 says. */
public final class CsvRenderer implements Renderer {

  @Override
  public void render(Listing listing, PrintWriter out) {
    line(out, listing.headers());
    for (List<String> row : listing.rows()) line(out, row);
  }

  private static void line(PrintWriter out, List<String> cells) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) sb.append(',');
      sb.append(quote(cells.get(i)));
    }
    out.println(sb);
  }

  static String quote(String cell) {
    if (cell == null) return "";
    boolean needs =
        cell.indexOf(',') >= 0
            || cell.indexOf('"') >= 0
            || cell.indexOf('\n') >= 0
            || cell.indexOf('\r') >= 0;
    return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }
}
