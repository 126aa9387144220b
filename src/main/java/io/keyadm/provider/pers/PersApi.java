package io.keyadm.provider.pers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.http.ApiClient;
import io.keyadm.http.ServerError;
import io.keyadm.provider.Json;
import java.util.ArrayList;
import java.util.List;

/** The PERS v2 tenant and API-key endpoints and their two error shapes, nothing else. */
final class PersApi {

  private final ApiClient client;

  PersApi(ApiClient client) {
    this.client = client;
  }

  /**
   * RFC 7807 ({@code detail}/{@code message}, {@code code}, {@code correlationId}) or NestJS's own
   * ({@code statusCode}, {@code message} as a string or a list, {@code error}).
   */
  static ServerError readError(JsonNode root) {
    if (!root.isObject()) return null;
    String message = messageOf(root.get("detail"));
    if (message == null) message = messageOf(root.get("message"));
    if (message == null) message = messageOf(root.get("error"));
    if (message == null) message = Json.text(root, "title");
    if (message == null) return null;
    String code = Json.text(root, "code");
    return new ServerError(
        code == null ? message : message + " (" + code + ")", Json.text(root, "correlationId"));
  }

  private static String messageOf(JsonNode n) {
    if (n == null || n.isNull()) return null;
    if (n.isArray()) {
      List<String> parts = new ArrayList<>();
      n.forEach(e -> parts.add(e.asText()));
      return parts.isEmpty() ? null : String.join("; ", parts);
    }
    return n.isValueNode() && !n.asText().isBlank() ? n.asText() : null;
  }

  /** Bare array or an object wrapping one (2.2.2 may page; the shape is undocumented). */
  List<PersWire.Key> listKeys(String type, boolean includeRevoked) {
    JsonNode body =
        client
            .get("/api-keys")
            .query("type", type)
            .query("includeRevoked", includeRevoked ? "true" : null)
            .send();
    return Json.array(body, "the list of API keys").stream().map(PersWire.Key::from).toList();
  }

  PersWire.Key createKey(String name) {
    ObjectNode body = client.mapper().createObjectNode().put("name", name);
    String hint = "check with 'keyadm key list'";
    JsonNode answer = client.post("/api-keys").body(body).ifOutcomeUnknown(hint).send();
    return PersWire.Key.from(Json.object(answer, "the new API key"));
  }

  /** The answer's {@code apiKey} confirms the revocation; it may be absent. */
  JsonNode revokeKey(String id) {
    return client.delete("/api-keys/" + id).send();
  }

  PersWire.Tenant createTenant(String projectName) {
    ObjectNode body = client.mapper().createObjectNode().put("projectName", projectName);
    return tenant(
        client
            .post("/tenants")
            .body(body)
            .ifOutcomeUnknown("a tenant may have been created; do not retry blindly")
            .send(),
        "the new tenant");
  }

  JsonNode updateTenant(ObjectNode fields) {
    return Json.object(
        client
            .put("/tenants")
            .body(fields)
            .ifOutcomeUnknown("check with 'keyadm tenant show'")
            .send(),
        "the tenant");
  }

  JsonNode publicTenant() {
    return Json.object(client.get("/tenants/public").send(), "the tenant");
  }

  JsonNode clientConfig() {
    return Json.object(client.get("/tenants/client-config").send(), "the client configuration");
  }

  JsonNode loginToken() {
    return client.get("/tenants/login-token").send();
  }

  PersWire.Tenant createTenantApiKey(String keyName) {
    ObjectNode body = client.mapper().createObjectNode().put("keyName", keyName);
    return tenant(
        client
            .post("/tenants/api-keys")
            .body(body)
            .ifOutcomeUnknown("check with 'keyadm key list'")
            .send(),
        "the tenant");
  }

  PersWire.Tenant createTenantJwt(boolean testnet) {
    ObjectNode body = client.mapper().createObjectNode().put("isTestnet", testnet);
    return tenant(client.post("/tenants/jwt-tokens").body(body).send(), "the tenant");
  }

  private static PersWire.Tenant tenant(JsonNode body, String what) {
    return PersWire.Tenant.from(Json.object(body, what));
  }
}
