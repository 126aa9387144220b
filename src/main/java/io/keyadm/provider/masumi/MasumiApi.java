package io.keyadm.provider.masumi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.core.Credit;
import io.keyadm.core.KeyadmException;
import io.keyadm.http.ApiClient;
import io.keyadm.http.ServerError;
import io.keyadm.provider.Json;
import java.util.List;
import java.util.Locale;

/** The Masumi Payment Service endpoints and their envelope, nothing else. */
final class MasumiApi {

  static final String LIST_HINT = "check with 'keyadm key list' before trying again";

  private final ApiClient client;

  MasumiApi(ApiClient client) {
    this.client = client;
  }

  /** Every answer is {@code {"status":"error","error":{"message":...}}} on failure. */
  static ServerError readError(JsonNode root) {
    String message = Json.text(root.path("error"), "message");
    if (message == null) message = Json.text(root, "message");
    return message == null || message.isBlank() ? null : new ServerError(message, null);
  }

  MasumiWire.Key status() {
    return MasumiWire.Key.from(data(client.get("/api-key-status").send()));
  }

  List<JsonNode> listPage(int take, String cursorId) {
    JsonNode data =
        data(client.get("/api-key").query("take", take).query("cursorId", cursorId).send());
    return Json.array(data.path("ApiKeys"), "ApiKeys");
  }

  /** POST wants its two flags as the strings "true"/"false", unlike PATCH. */
  MasumiWire.Key create(MasumiWire.NewKey key) {
    ObjectNode body = client.mapper().createObjectNode();
    credits(body.putArray("UsageCredits"), key.credits());
    body.put("usageLimited", String.valueOf(key.usageLimited()));
    permission(body, key.permission());
    if (!key.networks().isEmpty()) networks(body, key.networks());
    if (!key.chainIds().isEmpty()) strings(body.putArray("ChainIdLimit"), key.chainIds());
    if (!key.walletScopes().isEmpty()) {
      body.put("walletScopeEnabled", "true");
      strings(body.putArray("WalletScopeHotWalletIds"), key.walletScopes());
    }
    return MasumiWire.Key.from(
        data(client.post("/api-key").body(body).ifOutcomeUnknown(LIST_HINT).send()));
  }

  MasumiWire.Key patch(MasumiWire.KeyUpdate update) {
    ObjectNode body = client.mapper().createObjectNode().put("id", update.id());
    body.put("status", update.active() ? "Active" : "Revoked");
    body.put("usageLimited", update.usageLimited());
    if (update.token() != null) body.put("token", update.token());
    if (update.creditDeltas() != null && !update.creditDeltas().isEmpty()) {
      credits(body.putArray("UsageCreditsToAddOrRemove"), update.creditDeltas());
    }
    if (update.permission() != null) permission(body, update.permission());
    if (update.networks() != null) networks(body, update.networks());
    if (update.chainIds() != null) strings(body.putArray("ChainIdLimit"), update.chainIds());
    return MasumiWire.Key.from(
        data(
            client
                .patch("/api-key")
                .body(body)
                .ifOutcomeUnknown("check with 'keyadm key get " + update.id() + "'")
                .send()));
  }

  /** The id goes in a JSON body: Masumi does not read a query parameter here. */
  MasumiWire.Key delete(String id) {
    ObjectNode body = client.mapper().createObjectNode().put("id", id);
    return MasumiWire.Key.from(data(client.delete("/api-key").body(body).send()));
  }

  /** This endpoint pages with {@code limit}, not {@code take}. */
  List<JsonNode> rpcPage(int limit, String cursorId) {
    JsonNode data =
        data(client.get("/rpc-api-keys").query("limit", limit).query("cursorId", cursorId).send());
    return Json.array(data.path("RpcProviderKeys"), "RpcProviderKeys");
  }

  private static void permission(ObjectNode body, String permission) {
    body.put("canRead", true);
    body.put("canPay", !"read".equals(permission));
    body.put("canAdmin", "admin".equals(permission));
  }

  /** The wire spells networks capitalised and ADA as the empty unit. */
  private static void networks(ObjectNode body, List<String> networks) {
    ArrayNode arr = body.putArray("NetworkLimit");
    networks.forEach(
        n ->
            arr.add(
                n.substring(0, 1).toUpperCase(Locale.ROOT)
                    + n.substring(1).toLowerCase(Locale.ROOT)));
  }

  private static void credits(ArrayNode arr, List<Credit> credits) {
    credits.forEach(
        c ->
            arr.addObject()
                .put("unit", Credit.LOVELACE.equals(c.unit()) ? "" : c.unit())
                .put("amount", c.amount()));
  }

  private static void strings(ArrayNode arr, List<String> values) {
    values.forEach(arr::add);
  }

  private static JsonNode data(JsonNode envelope) {
    JsonNode data = envelope == null ? null : envelope.get("data");
    if (data == null || !data.isObject()) {
      throw KeyadmException.unusable("unusable response: no 'data' object in the answer");
    }
    return data;
  }
}
