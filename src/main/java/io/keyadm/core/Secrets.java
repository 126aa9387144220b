package io.keyadm.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Which server fields hold secrets, and how a secret is masked for display. */
public final class Secrets {

  /** Field names whose values are secrets in any of the three APIs. */
  public static final Set<String> FIELD_NAMES =
      Set.of(
          "token",
          "key",
          "apiKey",
          "privateKey",
          "rpcProviderApiKey",
          "jwt",
          "apiPrivateKey",
          "stripeApiKey",
          "stripeWebhookSecret",
          "loginToken");

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

  /** A deep copy of {@code node} with the value of every secret field masked. */
  public static JsonNode maskFields(JsonNode node) {
    return replaceFields(node, Secrets::mask);
  }

  /** A deep copy of {@code node} with the text of every secret field, at any depth, replaced. */
  public static JsonNode replaceFields(JsonNode node, UnaryOperator<String> replacement) {
    if (node == null) return null;
    JsonNode copy = node.deepCopy();
    replaceInPlace(copy, replacement);
    return copy;
  }

  private static void replaceInPlace(JsonNode node, UnaryOperator<String> replacement) {
    if (node instanceof ObjectNode obj) {
      for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (FIELD_NAMES.contains(e.getKey()) && e.getValue().isTextual()) {
          e.setValue(obj.textNode(replacement.apply(e.getValue().asText())));
        } else {
          replaceInPlace(e.getValue(), replacement);
        }
      }
    } else if (node instanceof ArrayNode arr) {
      arr.forEach(child -> replaceInPlace(child, replacement));
    }
  }
}
