package io.keyadm.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A result ready for any output format: rows for people (table, csv), a JSON tree for scripts
 * (json, yaml), and ids (id).
 *
 * <p>A {@linkplain #vertical vertical} listing is one object shown as FIELD/VALUE lines in a table.
 */
public final class Listing {

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();
  private final JsonNode json;
  private final List<String> ids;
  private final boolean vertical;
  private String emptyNote;

  private Listing(List<String> headers, JsonNode json, List<String> ids, boolean vertical) {
    this.headers = new ArrayList<>(headers);
    this.json = json;
    this.ids = ids;
    this.vertical = vertical;
  }

  /** Many objects, one row each. */
  public static Listing rows(List<String> headers, JsonNode json, List<String> ids) {
    return new Listing(headers, json, ids, false);
  }

  /** One object: {@code fields} name the rows, {@link #add} gives one value per field. */
  public static Listing single(List<String> fields, JsonNode json, String id) {
    return new Listing(fields, json, id == null ? List.of() : List.of(id), true);
  }

  public Listing add(List<String> row) {
    rows.add(row);
    return this;
  }

  /** Appends one field to a single-object listing (the one-time secret of a create). */
  public Listing appendField(String field, String value) {
    if (!vertical || rows.size() != 1)
      throw new IllegalStateException("appendField needs a single-object listing");
    headers.add(field);
    List<String> row = new ArrayList<>(rows.get(0));
    row.add(value);
    rows.set(0, row);
    return this;
  }

  /** What a table says on stderr when there are no rows, e.g. "no keys". */
  public Listing whenEmpty(String note) {
    this.emptyNote = note;
    return this;
  }

  public List<String> headers() {
    return headers;
  }

  public List<List<String>> rows() {
    return rows;
  }

  public JsonNode json() {
    return json;
  }

  public List<String> ids() {
    return ids;
  }

  public boolean vertical() {
    return vertical;
  }

  public String emptyNote() {
    return emptyNote;
  }
}
