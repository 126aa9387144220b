package io.keyadm.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyadm.core.KeyadmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The values of {@code -o/--output}, each with its renderer. */
public enum OutputFormat {
  TABLE,
  JSON,
  YAML,
  CSV,
  ID;

  /** The renderer of this format for a terminal this wide (0: not a terminal). */
  public Renderer renderer(int terminalWidth, boolean color, ObjectMapper mapper) {
    return switch (this) {
      case TABLE -> new TableRenderer(terminalWidth, color);
      case JSON -> (listing, out) -> new JsonOutput(mapper).render(listing.json(), out);
      case YAML -> (listing, out) -> new YamlOutput().render(listing.json(), out);
      case CSV -> new CsvRenderer();
      case ID -> (listing, out) -> listing.ids().forEach(out::println);
    };
  }

  /** The name given on the command line, e.g. {@code json}. */
  public String option() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Every format's name, in order. */
  public static List<String> options() {
    List<String> names = new ArrayList<>();
    for (OutputFormat f : values()) names.add(f.option());
    return names;
  }

  public static OutputFormat parse(String text) {
    for (OutputFormat f : values())
      if (f.option().equals(text.trim().toLowerCase(Locale.ROOT))) return f;
    List<String> names = options();
    throw KeyadmException.usage(
        "invalid value for --output: '"
            + text
            + "' (expected "
            + String.join(", ", names.subList(0, names.size() - 1))
            + " or "
            + names.get(names.size() - 1)
            + ")");
  }

  /** Whether the output is for people: secrets are masked and one-time secrets get a note. */
  public boolean isHuman() {
    return this == TABLE;
  }
}
