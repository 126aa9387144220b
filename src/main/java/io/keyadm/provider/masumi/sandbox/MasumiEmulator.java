package io.keyadm.provider.masumi.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.sandbox.Emulator;
import io.keyadm.sandbox.Routes;
import io.keyadm.sandbox.SandboxRequest;
import io.keyadm.sandbox.SandboxResponse;
import io.keyadm.sandbox.StateStore;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The Masumi Payment Service's API-key endpoints as release 0.28 behaves, traps included: POST
 * takes {@code usageLimited} as a string and PATCH as a boolean, PATCH re-activates and re-limits
 * what it is not told, the list cursor is inclusive, DELETE reads a JSON body and answers 500 for
 * an unknown id, every auth failure is a delayed 401.
 */
final class MasumiEmulator implements Emulator {

  private final ObjectMapper mapper;
  private final long authDelayMillis;
  private final MasumiReplies replies;
  private final MasumiKeyChanges changes;
  private final Routes<Route> routes;

  MasumiEmulator(ObjectMapper mapper, long authDelayMillis) {
    this.mapper = mapper;
    this.authDelayMillis = authDelayMillis;
    this.replies = new MasumiReplies(mapper);
    this.changes = new MasumiKeyChanges(replies);
    this.routes = routes();
  }

  /** What a route is handed: the state, the request, the authenticated caller and the JSON body. */
  private record Call(
      StateStore.Transaction tx, SandboxRequest req, ObjectNode caller, JsonNode body) {}

  private interface Handler {
    SandboxResponse handle(Call call);
  }

  /** A route of the API: an admin route needs an admin key, and only admin routes read a body. */
  private record Route(boolean admin, Handler handler) {}

  private Routes<Route> routes() {
    return new Routes<Route>()
        .add(
            "GET",
            "/api-key-status",
            new Route(false, c -> replies.ok(replies.view(c.caller(), false))))
        .add("GET", "/api-key", new Route(true, c -> list(c.tx(), c.req())))
        .add("POST", "/api-key", new Route(true, c -> changes.create(c.tx(), c.body())))
        .add("PATCH", "/api-key", new Route(true, c -> changes.patch(c.tx(), c.body())))
        .add("DELETE", "/api-key", new Route(true, c -> delete(c.tx(), c.body())))
        .add("GET", "/rpc-api-keys", new Route(true, c -> rpcKeys(c.tx().root(), c.req())));
  }

  @Override
  public SandboxResponse handle(SandboxRequest req, StateStore.Transaction tx) {
    String token = req.header("token");
    if (token == null || token.isEmpty())
      return authFailure("Unauthorized, no authentication token provided");
    ObjectNode caller = MasumiKeyIndex.of(tx).withToken(token);
    if (caller == null) return authFailure("Unauthorized, invalid authentication token provided");
    if ("Revoked".equals(caller.path("status").asText()) || caller.has("deletedAt"))
      return authFailure("Unauthorized, API key is revoked");
    Route route = routes.find(req.method(), req.path()).map(Routes.Match::handler).orElse(null);
    if (route == null) return replies.error(404, "Not Found");
    if (!route.admin()) return route.handler().handle(new Call(tx, req, caller, null));
    if (!caller.path("canAdmin").asBoolean())
      return authFailure("Unauthorized, admin access required");
    JsonNode body;
    try {
      body = req.isJson() ? req.json(mapper) : null;
    } catch (SandboxRequest.BadJson e) {
      return replies.error(400, "Invalid JSON body");
    }
    return route.handler().handle(new Call(tx, req, caller, body));
  }

  /**
   * A page of the keys that are not soft-deleted. As on the real server (Prisma's cursor), the
   * cursor is a position among all rows: a deleted row's id starts the page at the next visible
   * one.
   */
  private SandboxResponse list(StateStore.Transaction tx, SandboxRequest req) {
    Integer take = intParam(req.query().get("take"), 10);
    if (take == null || take < 1 || take > 100)
      return replies.error(400, "take: Number must be between 1 and 100");
    ArrayNode page = mapper.createArrayNode();
    for (JsonNode k :
        MasumiKeyIndex.of(tx)
            .byId
            .page(req.query().get("cursorId"), take, k -> !k.has("deletedAt")))
      page.add(replies.view(k, false));
    ObjectNode data = mapper.createObjectNode();
    data.set("ApiKeys", page);
    return replies.ok(data);
  }

  private SandboxResponse rpcKeys(ObjectNode root, SandboxRequest req) {
    Integer limit = intParam(req.query().get("limit"), 100);
    if (limit == null || limit < 1 || limit > 100)
      return replies.error(400, "limit: Number must be between 1 and 100");
    String cursor = req.query().get("cursorId");
    if (cursor != null && cursor.isEmpty())
      return replies.error(400, "cursorId: String must contain at least 1 character(s)");
    ArrayNode page = mapper.createArrayNode();
    for (JsonNode k : InclusiveCursorPage.of(root.path("rpcKeys"), cursor, limit))
      page.add(k.deepCopy());
    ObjectNode data = mapper.createObjectNode();
    data.set("RpcProviderKeys", page);
    return replies.ok(data);
  }

  private SandboxResponse delete(StateStore.Transaction tx, JsonNode body) {
    JsonNode id = body == null ? null : body.get("id");
    if (id == null) return replies.error(400, "id: Required");
    if (!id.isTextual())
      return replies.error(400, "id: Expected string, received " + MasumiValidation.type(id));
    ObjectNode key = MasumiKeyIndex.of(tx).withId(id.asText());
    // The real server fails with a generic 500 here, not a 404.
    if (key == null) return replies.error(500, "Internal Server Error");
    key.put("status", "Revoked");
    if (!key.has("deletedAt")) key.put("deletedAt", java.time.Instant.now().toString());
    tx.changed();
    return replies.ok(replies.view(key, false));
  }

  private static Integer intParam(String value, int dflt) {
    if (value == null) return dflt;
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private SandboxResponse authFailure(String message) {
    SandboxResponse r = replies.error(401, message);
    long delay =
        authDelayMillis <= 0 ? 0 : ThreadLocalRandom.current().nextLong(authDelayMillis + 1);
    return new SandboxResponse(r.status(), r.body(), delay);
  }
}
