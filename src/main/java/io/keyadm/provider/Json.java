package io.keyadm.provider;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyadm.core.KeyadmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lenient reading of server JSON, shared by the providers: wrong shapes become exit 6, not crashes.
 */
public final class Json {

  private Json() {}

  /** A text field, or null when absent, null or not text. */
  public static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
  }

  /** An ISO date-time field as an instant; null when absent or unreadable. */
  public static Instant time(JsonNode node, String field) {
    String s = text(node, field);
    if (s == null || s.isBlank()) return null;
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(s);
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  public static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null && array.isArray()) array.forEach(e -> out.add(e.asText()));
    return out;
  }

  /** An object that must be there; a 2xx without it is an unusable answer. */
  public static JsonNode object(JsonNode node, String what) {
    if (node == null || !node.isObject()) {
      throw KeyadmException.unusable("unusable response: expected " + what + " as a JSON object");
    }
    return node;
  }

  /**
   * A list given either as a bare array or as an object holding one array (pagination wrappers).
   */
  public static List<JsonNode> array(JsonNode node, String what) {
    JsonNode arr = node;
    if (node != null && node.isObject()) {
      arr = null;
      for (String preferred : List.of("data", "items", "results", "apiKeys", "keys", "docs")) {
        JsonNode candidate = node.get(preferred);
        if (candidate != null && candidate.isArray()) {
          arr = candidate;
          break;
        }
      }
      if (arr == null) {
        for (JsonNode child : node) {
          if (child.isArray()) {
            arr = child;
            break;
          }
        }
      }
    }
    if (arr == null || !arr.isArray()) {
      throw KeyadmException.unusable("unusable response: expected " + what + " as a JSON array");
    }
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode e : arr) {
      if (!e.isObject())
        throw KeyadmException.unusable("unusable response: " + what + " holds a non-object");
      out.add(e);
    }
    return out;
  }

  /** The id of a listed object; an object without one is an unusable answer. */
  public static String id(JsonNode node, String... fields) {
    for (String f : fields) {
      String v = text(node, f);
      if (v != null && !v.isEmpty()) return v;
    }
    throw KeyadmException.unusable("unusable response: an object without an id");
  }
}
