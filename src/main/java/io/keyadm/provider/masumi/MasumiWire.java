package io.keyadm.provider.masumi;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyadm.core.Credit;
import io.keyadm.provider.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Masumi's bodies as records. They are read from trees field by field, not bound by reflection:
 * unknown fields are ignored (and kept in {@code raw}), enums are read as strings, and start-up
 * pays for no data-binding introspection.
 */
final class MasumiWire {

  private MasumiWire() {}

  /** An API key as every key endpoint answers it. */
  record Key(
      String id,
      String token,
      boolean revoked,
      String permission,
      boolean usageLimited,
      List<Credit> remainingCredits,
      List<String> networks,
      JsonNode raw) {

    static Key from(JsonNode n) {
      List<Credit> credits = new ArrayList<>();
      for (JsonNode c : n.path("RemainingUsageCredits")) {
        String unit = c.path("unit").asText("");
        credits.add(
            new Credit(unit.isEmpty() ? Credit.LOVELACE : unit, c.path("amount").asText("0")));
      }
      // Releases up to 0.26 spell it networkLimit.
      JsonNode networks = n.has("NetworkLimit") ? n.get("NetworkLimit") : n.path("networkLimit");
      return new Key(
          Json.id(n, "id"),
          Json.text(n, "token"),
          "Revoked".equalsIgnoreCase(Json.text(n, "status")),
          permissionOf(n),
          n.path("usageLimited").asBoolean(true),
          credits,
          Json.texts(networks).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList(),
          n);
    }

    /** The can* flags win; releases before 0.27 have only the deprecated {@code permission}. */
    private static String permissionOf(JsonNode n) {
      if (n.has("canAdmin") || n.has("canPay") || n.has("canRead")) {
        if (n.path("canAdmin").asBoolean()) return "admin";
        if (n.path("canPay").asBoolean()) return "pay";
        return "read";
      }
      String p = Json.text(n, "permission");
      if ("Admin".equals(p)) return "admin";
      if ("ReadAndPay".equals(p)) return "pay";
      return "read";
    }
  }

  /** The body of {@code POST /api-key}: what a new key may do and spend. */
  record NewKey(
      String permission,
      boolean usageLimited,
      List<Credit> credits,
      List<String> networks,
      List<String> chainIds,
      List<String> walletScopes) {}

  /**
   * The body of {@code PATCH /api-key}. Status and usage limit are always sent; a null field is
   * left out of the body.
   */
  record KeyUpdate(
      String id,
      boolean active,
      boolean usageLimited,
      String token,
      List<Credit> creditDeltas,
      String permission,
      List<String> networks,
      List<String> chainIds) {}
}
