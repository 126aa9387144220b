package io.keyadm.provider.masumi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.core.KeyadmException;
import io.keyadm.http.ApiClient;
import io.keyadm.http.ServerError;
import io.keyadm.provider.Json;
import java.util.List;

/** The Masumi Payment Service endpoints and their envelope, nothing else. */
final class MasumiApi {

  static final String LIST_HINT = "check with 'keyadm key list' before trying again";

  private final ApiClient client;

  MasumiApi(ApiClient client) {
    this.client = client;
  }

  /** Every answer is {@code {"status":"error","error":{"message":...}}} on failure. */
  static ServerError parseError(
      int status, String reason, String body, com.fasterxml.jackson.databind.ObjectMapper mapper) {
    try {
      JsonNode root = mapper.readTree(body);
      String message = Json.text(root.path("error"), "message");
      if (message == null) message = Json.text(root, "message");
      if (message != null && !message.isBlank()) return new ServerError(message, null);
    } catch (Exception notJson) {
      // fall back to the status line
    }
    return ServerError.statusLine(status, reason);
  }

  JsonNode status() {
    return data(client.get("/api-key-status").send());
  }

  List<JsonNode> listPage(int take, String cursorId) {
    JsonNode data =
        data(client.get("/api-key").query("take", take).query("cursorId", cursorId).send());
    return Json.array(data.path("ApiKeys"), "ApiKeys");
  }

  JsonNode create(ObjectNode body) {
    return data(client.post("/api-key").body(body).ifOutcomeUnknown(LIST_HINT).send());
  }

  JsonNode patch(ObjectNode body) {
    return data(
        client
            .patch("/api-key")
            .body(body)
            .ifOutcomeUnknown("check with 'keyadm key get " + body.path("id").asText() + "'")
            .send());
  }

  /** The id goes in a JSON body: Masumi does not read a query parameter here. */
  JsonNode delete(String id) {
    ObjectNode body = client.mapper().createObjectNode().put("id", id);
    return data(client.delete("/api-key").body(body).send());
  }

  /** This endpoint pages with {@code limit}, not {@code take}. */
  List<JsonNode> rpcPage(int limit, String cursorId) {
    JsonNode data =
        data(client.get("/rpc-api-keys").query("limit", limit).query("cursorId", cursorId).send());
    return Json.array(data.path("RpcProviderKeys"), "RpcProviderKeys");
  }

  private static JsonNode data(JsonNode envelope) {
    JsonNode data = envelope == null ? null : envelope.get("data");
    if (data == null || !data.isObject()) {
      throw KeyadmException.unusable("unusable response: no 'data' object in the answer");
    }
    return data;
  }
}
