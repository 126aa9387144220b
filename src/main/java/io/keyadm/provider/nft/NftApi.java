package io.keyadm.provider.nft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.http.ApiClient;
import io.keyadm.http.ServerError;
import io.keyadm.provider.Json;
import java.time.Instant;
import java.util.List;

/** The NFT platform's API-key routes, nothing else. */
final class NftApi {

  private final ApiClient client;

  NftApi(ApiClient client) {
    this.client = client;
  }

  /** Error bodies are undocumented: take whatever message there is, else the status line. */
  static ServerError readError(JsonNode root) {
    if (root.isTextual() && !root.asText().isBlank()) return new ServerError(root.asText(), null);
    if (!root.isObject()) return null;
    for (String field : List.of("message", "error", "detail", "msg")) {
      JsonNode v = root.get(field);
      if (v != null && v.isTextual() && !v.asText().isBlank())
        return new ServerError(v.asText(), null);
      if (v != null && v.isObject() && Json.text(v, "message") != null)
        return new ServerError(Json.text(v, "message"), null);
    }
    JsonNode errors = root.get("errors");
    if (errors == null || !errors.isArray() || errors.isEmpty()) return null;
    JsonNode first = errors.get(0);
    String m =
        first.isTextual()
            ? first.asText()
            : Json.text(first, "msg") != null
                ? Json.text(first, "msg")
                : Json.text(first, "message");
    return m == null ? null : new ServerError(m, null);
  }

  List<NftWire> myKeys() {
    return keys(client.get("/api-keys/my").send());
  }

  List<NftWire> userKeys(String userId) {
    return keys(client.get("/api-keys/user/" + userId).send());
  }

  NftWire key(String id) {
    return NftWire.from(unwrap(client.get("/api-keys/" + id).send(), "the API key"));
  }

  /** The request field is spelled {@code expiresAT}; the stored one is {@code expiresAt}. */
  NftWire create(Instant expiresAt) {
    ObjectNode body = client.mapper().createObjectNode();
    if (expiresAt != null) body.put("expiresAT", expiresAt.toString());
    String hint = "check with 'keyadm key list'";
    JsonNode answer = client.post("/api-keys").body(body).ifOutcomeUnknown(hint).send();
    return NftWire.from(unwrap(answer, "the new API key"));
  }

  JsonNode delete(String id) {
    return client.delete("/api-keys/" + id).send();
  }

  private static List<NftWire> keys(JsonNode body) {
    return Json.array(body, "the list of API keys").stream().map(NftWire::from).toList();
  }

  /** One object, bare or inside {@code data}. */
  private static JsonNode unwrap(JsonNode body, String what) {
    if (body != null
        && body.isObject()
        && !body.has("_id")
        && !body.has("id")
        && body.path("data").isObject()) return body.get("data");
    return Json.object(body, what);
  }
}
