package io.keyadm.provider.nft.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.sandbox.Emulator;
import io.keyadm.sandbox.Ids;
import io.keyadm.sandbox.Routes;
import io.keyadm.sandbox.SandboxRequest;
import io.keyadm.sandbox.SandboxResponse;
import io.keyadm.sandbox.StateStore;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The NFT platform's API-key routes: Bearer token, role checks (403 for a USER on OWNER routes),
 * MongoDB documents that carry their secrets on every read, and the {@code expiresAT} spelling — a
 * body that says {@code expiresAt} is ignored, as on the real platform.
 */
final class NftEmulator implements Emulator {

  private static final String ORG_ID = "674ecdcc923de3913822c5fe";

  private final ObjectMapper mapper;

  NftEmulator(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** A key document as the platform stores it, with a new secret. */
  static ObjectNode key(String user, String id, String created, String expires) {
    ObjectNode k = JsonNodeFactory.instance.objectNode();
    k.put("_id", id).put("createdBy", user);
    if (expires != null) k.put("expiresAt", expires);
    String secret = "nftk_" + Ids.hex(20);
    k.put("key", secret).put("orgId", ORG_ID);
    k.putArray("scopes").add("read");
    k.put("createdAt", created)
        .put("updatedAt", created)
        .put("__v", 0)
        .put("apiKey", secret)
        .put("id", id);
    return k;
  }

  /** What a route is handed: the state, the request with its path parameters, and the caller. */
  private record Call(
      StateStore.Transaction tx, SandboxRequest req, Map<String, String> params, JsonNode caller) {}

  private interface Handler {
    SandboxResponse handle(Call call);
  }

  // "/api-keys/my" is added before "/api-keys/{apiKeyId}", so it wins.
  private final Routes<Handler> routes =
      new Routes<Handler>()
          .add("GET", "/api-keys/my", c -> ok(200, keysOf(c.tx(), c.caller().path("id").asText())))
          .add("GET", "/api-keys/user/{userId}", this::keysOfUser)
          .add("POST", "/api-keys", c -> create(c.tx(), c.caller(), c.req()))
          .add("GET", "/api-keys/{apiKeyId}", this::get)
          .add("DELETE", "/api-keys/{apiKeyId}", this::delete);

  @Override
  public SandboxResponse handle(SandboxRequest req, StateStore.Transaction tx) {
    String auth = req.header("authorization");
    if (auth == null || !auth.startsWith("Bearer "))
      return fail(401, "Unauthorized: token missing");
    String token = auth.substring("Bearer ".length()).trim();
    JsonNode caller = null;
    for (JsonNode u : tx.root().path("users"))
      if (u.path("token").asText().equals(token)) caller = u;
    if (caller == null) return fail(401, "Unauthorized: invalid token");
    Routes.Match<Handler> match = routes.find(req.method(), req.path()).orElse(null);
    if (match == null) return fail(404, "Route not found");
    return match.handler().handle(new Call(tx, req, match.params(), caller));
  }

  private SandboxResponse keysOfUser(Call c) {
    String user = c.params().get("userId");
    if (!user.matches("[0-9a-f]{24}")) return fail(400, "Invalid user id");
    return ok(200, keysOf(c.tx(), user));
  }

  private SandboxResponse get(Call c) {
    String id = c.params().get("apiKeyId");
    if (!id.matches("[0-9a-f]{24}")) return fail(400, "Invalid api key id");
    if (!"OWNER".equals(c.caller().path("role").asText()))
      return fail(403, "Forbidden: requires OWNER role with api_key_management read permission");
    JsonNode k = find(c.tx(), id);
    return k == null ? fail(404, "Api key not found") : ok(200, k.deepCopy());
  }

  private SandboxResponse delete(Call c) {
    String id = c.params().get("apiKeyId");
    if (!id.matches("[0-9a-f]{24}")) return fail(400, "Invalid api key id");
    ArrayNode keys = (ArrayNode) c.tx().root().withArray("keys");
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i).path("_id").asText().equals(id)) {
        keys.remove(i);
        c.tx().changed();
        return ok(
            200,
            mapper
                .createObjectNode()
                .put("message", "Api key deleted successfully")
                .put("status", "success"));
      }
    }
    return fail(404, "Api key not found");
  }

  private SandboxResponse create(StateStore.Transaction tx, JsonNode caller, SandboxRequest req) {
    JsonNode body;
    try {
      body = req.json(mapper);
    } catch (SandboxRequest.BadJson e) {
      return fail(400, "Invalid JSON body");
    }
    String expires = null;
    JsonNode at = body == null ? null : body.get("expiresAT");
    if (at != null && !at.isNull()) {
      try {
        Instant when = OffsetDateTime.parse(at.asText()).toInstant();
        if (!when.isAfter(Instant.now())) return fail(400, "expiresAT must be in the future");
        expires = when.truncatedTo(ChronoUnit.MILLIS).toString();
      } catch (DateTimeParseException e) {
        return fail(400, "expiresAT must be a valid ISO 8601 date");
      }
    }
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    ObjectNode k =
        key(
            caller.path("id").asText(),
            Ids.objectId(now.getEpochSecond()),
            now.toString(),
            expires);
    ((ArrayNode) tx.root().withArray("keys")).add(k);
    tx.changed();
    return ok(200, k.deepCopy());
  }

  private ArrayNode keysOf(StateStore.Transaction tx, String user) {
    ArrayNode out = mapper.createArrayNode();
    for (JsonNode k : tx.root().path("keys"))
      if (k.path("createdBy").asText().equals(user)) out.add(k.deepCopy());
    return out;
  }

  private static JsonNode find(StateStore.Transaction tx, String id) {
    for (JsonNode k : tx.root().path("keys")) if (k.path("_id").asText().equals(id)) return k;
    return null;
  }

  private SandboxResponse ok(int status, JsonNode body) {
    return new SandboxResponse(status, body);
  }

  private SandboxResponse fail(int status, String message) {
    return new SandboxResponse(
        status,
        mapper
            .createObjectNode()
            .put("status", status >= 500 ? "error" : "fail")
            .put("message", message));
  }
}
