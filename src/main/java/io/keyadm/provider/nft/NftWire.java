package io.keyadm.provider.nft;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyadm.provider.Json;
import java.time.Instant;
import java.util.List;

/**
 * The NFT platform's key body as a record, read from the tree field by field rather than bound by
 * reflection: unknown fields are ignored (and kept in {@code raw}), and start-up pays for no
 * data-binding introspection.
 */
record NftWire(
    String id,
    Instant createdAt,
    Instant expiresAt,
    List<String> scopes,
    String apiKey,
    JsonNode raw) {

  /**
   * MongoDB ids come as {@code _id}; the secret as {@code apiKey} or, in older answers, {@code
   * key}.
   */
  static NftWire from(JsonNode n) {
    String secret = Json.text(n, "apiKey") != null ? Json.text(n, "apiKey") : Json.text(n, "key");
    return new NftWire(
        Json.id(n, "id", "_id"),
        Json.time(n, "createdAt"),
        Json.time(n, "expiresAt"),
        Json.texts(n.get("scopes")),
        secret,
        n);
  }
}
