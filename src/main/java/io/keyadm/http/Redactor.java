package io.keyadm.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyadm.core.Secrets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Removes secrets from anything that is printed: header values, JSON fields, and every known secret
 * value wherever it appears (a server may echo a token back in an error message).
 */
public final class Redactor {

  public static final String REDACTED = "██";

  private static final Set<String> SECRET_HEADERS =
      Set.of(
          "authorization",
          "token",
          "x-project-key",
          "x-api-key",
          "cookie",
          "set-cookie",
          "proxy-authorization");

  private final List<String> secretValues = new ArrayList<>();
  private final Set<String> extraHeaders = new java.util.HashSet<>();
  private final ObjectMapper mapper;

  private final Set<String> secretFields;

  /**
   * @param secretFields the names of JSON fields whose values are secrets
   */
  public Redactor(ObjectMapper mapper, Set<String> secretFields) {
    this.mapper = mapper;
    this.secretFields = Set.copyOf(secretFields);
  }

  /** The names of JSON fields whose values are secrets. */
  public Set<String> secretFields() {
    return secretFields;
  }

  /** Registers a header that carries a credential (a provider's configurable auth header). */
  public synchronized void addSecretHeader(String name) {
    extraHeaders.add(name.toLowerCase(Locale.ROOT));
  }

  /**
   * Registers a value that must never be printed, such as the token in use or a one-time secret.
   */
  public synchronized void addSecret(String value) {
    if (value != null && value.length() >= 4 && !secretValues.contains(value))
      secretValues.add(value);
  }

  public synchronized boolean isSecretHeader(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return SECRET_HEADERS.contains(n) || extraHeaders.contains(n);
  }

  /** Replaces every known secret value in {@code text}. */
  public synchronized String scrub(String text) {
    if (text == null) return null;
    String out = text;
    for (String s : secretValues) out = out.replace(s, REDACTED);
    return out;
  }

  /** A body for a log: JSON with secret fields masked, then scrubbed of known secret values. */
  public String body(String text) {
    if (text == null || text.isEmpty()) return "";
    String trimmed = text.stripLeading();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      try {
        JsonNode tree = mapper.readTree(text);
        return scrub(
            mapper.writeValueAsString(
                Secrets.replaceFields(tree, secretFields, secret -> REDACTED)));
      } catch (Exception notJson) {
        // fall through: scrub it as text
      }
    }
    return scrub(text);
  }
}
