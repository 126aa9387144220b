package io.keyadm.provider.pers;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyadm.provider.Json;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PERS bodies as records. They are read from trees field by field, not bound by reflection: unknown
 * fields are ignored (and kept in {@code raw}), and start-up pays for no data-binding
 * introspection.
 */
final class PersWire {

  private PersWire() {}

  /** A tenant API key as the list, the create and the revoke answers show it. */
  record Key(
      String id,
      String name,
      String type,
      Instant createdAt,
      Instant expiresAt,
      Instant lastUsedAt,
      boolean revoked,
      String privateKey,
      JsonNode raw) {

    static Key from(JsonNode n) {
      return new Key(
          Json.id(n, "id"),
          Json.text(n, "name"),
          Json.text(n, "type"),
          Json.time(n, "createdAt"),
          Json.time(n, "expiresAt"),
          Json.time(n, "lastUsedAt"),
          n.path("isRevoked").asBoolean(false),
          Json.text(n, "privateKey"),
          n);
    }
  }

  /** A tenant object: its id, its project key and the one-time secrets it carries. */
  record Tenant(String id, String projectApiKey, Map<String, String> secrets, JsonNode raw) {

    /** Fields of a tenant object that hold secrets; those present in an answer are shown once. */
    static final List<String> SECRET_FIELDS =
        List.of("jwt", "apiPrivateKey", "stripeApiKey", "stripeWebhookSecret", "loginToken");

    static Tenant from(JsonNode n) {
      Map<String, String> secrets = new LinkedHashMap<>();
      for (String f : SECRET_FIELDS) {
        String v = Json.text(n, f);
        if (v != null && !v.isEmpty()) secrets.put(f, v);
      }
      return new Tenant(Json.text(n, "id"), Json.text(n, "projectApiKey"), secrets, n);
    }
  }
}
