package io.keyadm.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.List;

/** One API key in the provider-neutral model that every output format is built from. */
public record ApiKey(
    String id,
    String name,
    String provider,
    String status,
    String kind,
    Instant createdAt,
    Instant expiresAt,
    Instant lastUsedAt,
    List<Credit> credits,
    List<String> networks,
    List<String> scopes,
    JsonNode raw) {

  public static final String ACTIVE = "active";
  public static final String REVOKED = "revoked";
  public static final String EXPIRED = "expired";

  public ApiKey {
    credits = credits == null ? List.of() : List.copyOf(credits);
    networks = networks == null ? List.of() : List.copyOf(networks);
    scopes = scopes == null ? List.of() : List.copyOf(scopes);
    raw = raw == null ? JsonNodeFactory.instance.objectNode() : raw;
  }

  /** What is known of a key after its revocation when the server answered nothing more. */
  public static ApiKey revoked(String id, String provider, String kind, JsonNode raw) {
    return new ApiKey(id, null, provider, REVOKED, kind, null, null, null, null, null, null, raw);
  }

  public boolean isRevoked() {
    return REVOKED.equals(status);
  }
}
