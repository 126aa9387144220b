package io.keyadm.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * How a secret is masked for display, and how the secret fields of a server object (the field names
 * each provider declares) are masked or replaced.
 */
public final class Secrets {

  private static final String ELLIPSIS = "…";

  private Secrets() {}

  /**
   * The first and last few characters of a secret around an ellipsis: at most 4 each, and never
   * more than a quarter of the value each, so a short secret shows almost nothing.
   */
  public static String mask(String secret) {
    if (secret == null) return null;
    int show = Math.min(4, secret.length() / 4);
    return secret.substring(0, show) + ELLIPSIS + secret.substring(secret.length() - show);
  }

  /** A deep copy of {@code node} with the value of every field named in {@code fields} masked. */
  public static JsonNode maskFields(JsonNode node, Set<String> fields) {
    return replaceFields(node, fields, Secrets::mask);
  }

  /** A deep copy of {@code node} with the text of every secret field, at any depth, replaced. */
  public static JsonNode replaceFields(
      JsonNode node, Set<String> fields, UnaryOperator<String> replacement) {
    if (node == null) return null;
    JsonNode copy = node.deepCopy();
    replaceInPlace(copy, fields, replacement);
    return copy;
  }

  private static void replaceInPlace(
      JsonNode node, Set<String> fields, UnaryOperator<String> replacement) {
    if (node instanceof ObjectNode obj) {
      for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (fields.contains(e.getKey()) && e.getValue().isTextual()) {
          e.setValue(obj.textNode(replacement.apply(e.getValue().asText())));
        } else {
          replaceInPlace(e.getValue(), fields, replacement);
        }
      }
    } else if (node instanceof ArrayNode arr) {
      arr.forEach(child -> replaceInPlace(child, fields, replacement));
    }
  }
}
