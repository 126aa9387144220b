package io.keyadm.provider.masumi.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.sandbox.Emulator;
import io.keyadm.sandbox.Ids;
import io.keyadm.sandbox.Routes;
import io.keyadm.sandbox.SandboxRequest;
import io.keyadm.sandbox.SandboxResponse;
import io.keyadm.sandbox.StateStore;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  MasumiEmulator(ObjectMapper mapper, long authDelayMillis) {
    this.mapper = mapper;
    this.authDelayMillis = authDelayMillis;
  }

  /** What a route is handed: the state, the request, the authenticated caller and the JSON body. */
  private record Call(
      StateStore.Transaction tx, SandboxRequest req, ObjectNode caller, JsonNode body) {}

  private interface Handler {
    SandboxResponse handle(Call call);
  }

  /** A route of the API: an admin route needs an admin key, and only admin routes read a body. */
  private record Route(boolean admin, Handler handler) {}

  private final Routes<Route> routes =
      new Routes<Route>()
          .add("GET", "/api-key-status", new Route(false, c -> ok(view(c.caller(), false))))
          .add("GET", "/api-key", new Route(true, c -> list(c.tx().root(), c.req())))
          .add("POST", "/api-key", new Route(true, c -> create(c.tx(), c.body())))
          .add("PATCH", "/api-key", new Route(true, c -> patch(c.tx(), c.body())))
          .add("DELETE", "/api-key", new Route(true, c -> delete(c.tx(), c.body())))
          .add("GET", "/rpc-api-keys", new Route(true, c -> rpcKeys(c.tx().root(), c.req())));

  @Override
  public SandboxResponse handle(SandboxRequest req, StateStore.Transaction tx) {
    ObjectNode root = tx.root();
    String token = req.header("token");
    if (token == null || token.isEmpty())
      return authFailure("Unauthorized, no authentication token provided");
    ObjectNode caller = null;
    for (JsonNode k : root.path("keys"))
      if (token.equals(k.path("token").asText())) caller = (ObjectNode) k;
    if (caller == null) return authFailure("Unauthorized, invalid authentication token provided");
    if ("Revoked".equals(caller.path("status").asText()) || caller.has("deletedAt"))
      return authFailure("Unauthorized, API key is revoked");
    Route route = routes.find(req.method(), req.path()).map(Routes.Match::handler).orElse(null);
    if (route == null) return error(404, "Not Found");
    if (!route.admin()) return route.handler().handle(new Call(tx, req, caller, null));
    if (!caller.path("canAdmin").asBoolean())
      return authFailure("Unauthorized, admin access required");
    JsonNode body;
    try {
      body = req.isJson() ? req.json(mapper) : null;
    } catch (SandboxRequest.BadJson e) {
      return error(400, "Invalid JSON body");
    }
    return route.handler().handle(new Call(tx, req, caller, body));
  }

  private SandboxResponse list(ObjectNode root, SandboxRequest req) {
    Integer take = intParam(req.query().get("take"), 10);
    if (take == null || take < 1 || take > 100)
      return error(400, "take: Number must be between 1 and 100");
    List<JsonNode> live = new ArrayList<>();
    for (JsonNode k : root.path("keys")) if (!k.has("deletedAt")) live.add(k);
    ArrayNode page = mapper.createArrayNode();
    for (JsonNode k : InclusiveCursorPage.of(live, req.query().get("cursorId"), take))
      page.add(view(k, false));
    ObjectNode data = mapper.createObjectNode();
    data.set("ApiKeys", page);
    return ok(data);
  }

  private SandboxResponse rpcKeys(ObjectNode root, SandboxRequest req) {
    Integer limit = intParam(req.query().get("limit"), 100);
    if (limit == null || limit < 1 || limit > 100)
      return error(400, "limit: Number must be between 1 and 100");
    String cursor = req.query().get("cursorId");
    if (cursor != null && cursor.isEmpty())
      return error(400, "cursorId: String must contain at least 1 character(s)");
    ArrayNode page = mapper.createArrayNode();
    for (JsonNode k : InclusiveCursorPage.of(root.path("rpcKeys"), cursor, limit))
      page.add(k.deepCopy());
    ObjectNode data = mapper.createObjectNode();
    data.set("RpcProviderKeys", page);
    return ok(data);
  }

  private SandboxResponse create(StateStore.Transaction tx, JsonNode body) {
    List<String> problems = new ArrayList<>();
    if (body == null || !body.isObject()) return error(400, "UsageCredits: Required");
    JsonNode credits = body.get("UsageCredits");
    if (credits == null) problems.add("UsageCredits: Required");
    else if (!credits.isArray())
      problems.add("UsageCredits: Expected array, received " + type(credits));
    else checkCredits(credits, "UsageCredits", problems);
    JsonNode limited = body.get("usageLimited");
    if (limited != null
        && !(limited.isTextual()
            && (limited.asText().equals("true") || limited.asText().equals("false")))) {
      problems.add(
          "usageLimited: "
              + (limited.isTextual()
                  ? "Invalid enum value. Expected 'true' | 'false', received '"
                      + limited.asText()
                      + "'"
                  : "Expected string, received " + type(limited)));
    }
    JsonNode scopeEnabled = body.get("walletScopeEnabled");
    if (scopeEnabled != null && !scopeEnabled.isTextual())
      problems.add("walletScopeEnabled: Expected string, received " + type(scopeEnabled));
    checkCommon(body, problems);
    if (!problems.isEmpty()) return error(400, String.join("; ", problems));
    for (JsonNode c : credits) {
      String amount = c.path("amount").asText();
      if (amount.startsWith("-")) return error(400, "Invalid amount");
      if (!amount.matches("\\d+")) return error(500, "Internal Server Error");
    }
    for (JsonNode w : body.path("WalletScopeHotWalletIds"))
      if (!knownWallet(tx.root(), w.asText())) return error(500, "Internal Server Error");
    boolean[] flags = permissionFlags(body, true);
    boolean usageLimited = limited == null || limited.asText().equals("true");
    if (flags[2] && usageLimited) return error(400, "Admin API keys cannot have usage limits");
    long seq = tx.root().path("sequence").asLong() + 1;
    tx.root().put("sequence", seq);
    ObjectNode key = mapper.createObjectNode();
    key.put("id", Ids.cuid(seq))
        .put("token", (flags[2] ? "masumi-payment-admin-" : "masumi-payment-") + Ids.alnum(24));
    key.put("canRead", flags[0])
        .put("canPay", flags[1])
        .put("canAdmin", flags[2])
        .put("usageLimited", usageLimited);
    ArrayNode nets = key.putArray("NetworkLimit");
    if (body.has("NetworkLimit")) body.get("NetworkLimit").forEach(n -> nets.add(n.asText()));
    else nets.add("Preprod").add("Mainnet");
    ArrayNode chains = key.putArray("ChainIdLimit");
    body.path("ChainIdLimit").forEach(c -> chains.add(c.asText()));
    ArrayNode remaining = key.putArray("RemainingUsageCredits");
    credits.forEach(
        c ->
            remaining
                .addObject()
                .put("unit", c.path("unit").asText())
                .put("amount", new BigInteger(c.path("amount").asText()).toString()));
    key.put("status", "Active");
    key.put("walletScopeEnabled", "true".equals(body.path("walletScopeEnabled").asText()));
    ArrayNode scopes = key.putArray("WalletScopes");
    body.path("WalletScopeHotWalletIds")
        .forEach(w -> scopes.addObject().put("hotWalletId", w.asText()));
    ((ArrayNode) tx.root().withArray("keys")).add(key);
    tx.changed();
    return ok(view(key, true));
  }

  private SandboxResponse patch(StateStore.Transaction tx, JsonNode body) {
    if (body == null || !body.isObject()) return error(400, "id: Required");
    List<String> problems = new ArrayList<>();
    JsonNode id = body.get("id");
    if (id == null) problems.add("id: Required");
    else if (!id.isTextual()) problems.add("id: Expected string, received " + type(id));
    JsonNode limited = body.get("usageLimited");
    if (limited != null && !limited.isBoolean())
      problems.add("usageLimited: Expected boolean, received " + type(limited));
    JsonNode status = body.get("status");
    if (status != null
        && !(status.isTextual()
            && (status.asText().equals("Active") || status.asText().equals("Revoked")))) {
      problems.add(
          "status: Invalid enum value. Expected 'Active' | 'Revoked', received '"
              + status.asText()
              + "'");
    }
    JsonNode token = body.get("token");
    if (token != null
        && (!token.isTextual() || token.asText().length() < 15 || token.asText().length() > 550)) {
      problems.add("token: String must contain between 15 and 550 character(s)");
    }
    JsonNode deltas = body.get("UsageCreditsToAddOrRemove");
    if (deltas != null) {
      if (!deltas.isArray())
        problems.add("UsageCreditsToAddOrRemove: Expected array, received " + type(deltas));
      else if (deltas.size() > 25)
        problems.add("UsageCreditsToAddOrRemove: Array must contain at most 25 element(s)");
      else checkCredits(deltas, "UsageCreditsToAddOrRemove", problems);
    }
    JsonNode scopeEnabled = body.get("walletScopeEnabled");
    if (scopeEnabled != null && !scopeEnabled.isBoolean())
      problems.add("walletScopeEnabled: Expected boolean, received " + type(scopeEnabled));
    checkCommon(body, problems);
    if (!problems.isEmpty()) return error(400, String.join("; ", problems));
    ObjectNode key = null;
    for (JsonNode k : tx.root().path("keys"))
      if (k.path("id").asText().equals(id.asText())) key = (ObjectNode) k;
    if (key == null) return error(404, "API key not found");
    // The credit arithmetic is checked in full before anything changes.
    ObjectNode credits = mapper.createObjectNode();
    key.path("RemainingUsageCredits")
        .forEach(c -> credits.put(c.path("unit").asText(), c.path("amount").asText()));
    if (deltas != null) {
      for (JsonNode d : deltas) {
        String amount = d.path("amount").asText();
        if (!amount.matches("[-+]?\\d+")) return error(500, "Internal Server Error");
        BigInteger now =
            new BigInteger(credits.path(d.path("unit").asText()).asText("0"))
                .add(new BigInteger(amount));
        if (now.signum() < 0) return error(400, "Invalid amount");
        if (now.signum() == 0) credits.remove(d.path("unit").asText());
        else credits.put(d.path("unit").asText(), now.toString());
      }
    }
    for (JsonNode w : body.path("WalletScopeHotWalletIds"))
      if (!knownWallet(tx.root(), w.asText())) return error(500, "Internal Server Error");
    boolean anyFlag =
        body.has("canRead") || body.has("canPay") || body.has("canAdmin") || body.has("permission");
    boolean[] flags =
        anyFlag
            ? permissionFlags(body, false)
            : new boolean[] {
              key.path("canRead").asBoolean(),
              key.path("canPay").asBoolean(),
              key.path("canAdmin").asBoolean()
            };
    // The trap, kept on purpose: what PATCH is not told falls back to the defaults.
    boolean usageLimited = limited == null || limited.asBoolean();
    String newStatus = status == null ? "Active" : status.asText();
    if (flags[2] && usageLimited) return error(400, "Admin API keys cannot have usage limits");
    boolean demoted = key.path("canAdmin").asBoolean() && !flags[2];
    key.put("canRead", flags[0]).put("canPay", flags[1]).put("canAdmin", flags[2]);
    key.put("usageLimited", usageLimited).put("status", newStatus);
    if (token != null) key.put("token", token.asText());
    ArrayNode remaining = key.putArray("RemainingUsageCredits");
    credits
        .fields()
        .forEachRemaining(
            e ->
                remaining.addObject().put("unit", e.getKey()).put("amount", e.getValue().asText()));
    if (body.has("NetworkLimit")) {
      ArrayNode nets = key.putArray("NetworkLimit");
      body.get("NetworkLimit").forEach(n -> nets.add(n.asText()));
    } else if (demoted) {
      key.putArray("NetworkLimit");
    }
    if (body.has("ChainIdLimit")) {
      ArrayNode chains = key.putArray("ChainIdLimit");
      body.get("ChainIdLimit").forEach(c -> chains.add(c.asText()));
    }
    if (scopeEnabled != null) key.put("walletScopeEnabled", scopeEnabled.asBoolean());
    if (body.has("WalletScopeHotWalletIds")) {
      ArrayNode scopes = key.putArray("WalletScopes");
      body.get("WalletScopeHotWalletIds")
          .forEach(w -> scopes.addObject().put("hotWalletId", w.asText()));
    }
    tx.changed();
    return ok(view(key, false));
  }

  private SandboxResponse delete(StateStore.Transaction tx, JsonNode body) {
    JsonNode id = body == null ? null : body.get("id");
    if (id == null) return error(400, "id: Required");
    if (!id.isTextual()) return error(400, "id: Expected string, received " + type(id));
    for (JsonNode k : tx.root().path("keys")) {
      if (k.path("id").asText().equals(id.asText())) {
        ObjectNode key = (ObjectNode) k;
        key.put("status", "Revoked");
        if (!key.has("deletedAt")) key.put("deletedAt", java.time.Instant.now().toString());
        tx.changed();
        return ok(view(key, false));
      }
    }
    // The real server fails with a generic 500 here, not a 404.
    return error(500, "Internal Server Error");
  }

  private void checkCredits(JsonNode credits, String field, List<String> problems) {
    for (int i = 0; i < credits.size(); i++) {
      JsonNode c = credits.get(i);
      if (!c.path("unit").isTextual())
        problems.add(
            field
                + "."
                + i
                + ".unit: "
                + (c.has("unit")
                    ? "Expected string, received " + type(c.get("unit"))
                    : "Required"));
      if (!c.path("amount").isTextual())
        problems.add(
            field
                + "."
                + i
                + ".amount: "
                + (c.has("amount")
                    ? "Expected string, received " + type(c.get("amount"))
                    : "Required"));
    }
  }

  private void checkCommon(JsonNode body, List<String> problems) {
    JsonNode nets = body.get("NetworkLimit");
    if (nets != null) {
      if (!nets.isArray()) problems.add("NetworkLimit: Expected array, received " + type(nets));
      else
        for (int i = 0; i < nets.size(); i++) {
          String n = nets.get(i).asText();
          if (!nets.get(i).isTextual() || !(n.equals("Preprod") || n.equals("Mainnet"))) {
            problems.add(
                "NetworkLimit."
                    + i
                    + ": Invalid enum value. Expected 'Preprod' | 'Mainnet', received '"
                    + n
                    + "'");
          }
        }
    }
    JsonNode chains = body.get("ChainIdLimit");
    if (chains != null) {
      if (!chains.isArray()) problems.add("ChainIdLimit: Expected array, received " + type(chains));
      else if (chains.size() > 50)
        problems.add("ChainIdLimit: Array must contain at most 50 element(s)");
      else
        for (int i = 0; i < chains.size(); i++) {
          String c = chains.get(i).asText();
          if (!c.matches("[-a-z0-9]{3,8}:[-_a-zA-Z0-9]{1,32}"))
            problems.add("ChainIdLimit." + i + ": Invalid CAIP-2 chain id");
          else if (c.startsWith("cardano:"))
            problems.add("ChainIdLimit." + i + ": Cardano chain ids are set through NetworkLimit");
        }
    }
    for (String flag : List.of("canRead", "canPay", "canAdmin")) {
      JsonNode v = body.get(flag);
      if (v != null && !v.isBoolean())
        problems.add(flag + ": Expected boolean, received " + type(v));
    }
    JsonNode permission = body.get("permission");
    if (permission != null
        && !List.of("Read", "ReadAndPay", "Admin").contains(permission.asText())) {
      problems.add(
          "permission: Invalid enum value. Expected 'Read' | 'ReadAndPay' | 'Admin', received '"
              + permission.asText()
              + "'");
    }
    JsonNode wallets = body.get("WalletScopeHotWalletIds");
    if (wallets != null && !wallets.isArray())
      problems.add("WalletScopeHotWalletIds: Expected array, received " + type(wallets));
  }

  /**
   * canRead, canPay, canAdmin: given flags win (canRead defaulting true); else the deprecated
   * permission.
   */
  private static boolean[] permissionFlags(JsonNode body, boolean creating) {
    if (body.has("canRead") || body.has("canPay") || body.has("canAdmin")) {
      boolean admin = body.path("canAdmin").asBoolean(false);
      boolean pay = admin || body.path("canPay").asBoolean(false);
      boolean read = admin || pay || body.path("canRead").asBoolean(true);
      return new boolean[] {read, pay, admin};
    }
    String p = body.path("permission").asText(creating ? "Read" : "Read");
    return switch (p) {
      case "Admin" -> new boolean[] {true, true, true};
      case "ReadAndPay" -> new boolean[] {true, true, false};
      default -> new boolean[] {true, false, false};
    };
  }

  private static boolean knownWallet(ObjectNode root, String id) {
    for (JsonNode w : root.path("hotWallets")) if (w.asText().equals(id)) return true;
    return false;
  }

  /**
   * The key as the API shows it: token masked except right after creation, the deprecated
   * permission derived.
   */
  private ObjectNode view(JsonNode key, boolean plaintextToken) {
    ObjectNode v = mapper.createObjectNode();
    v.put("id", key.path("id").asText());
    String token = key.path("token").asText();
    v.put(
        "token",
        plaintextToken ? token : "*****" + token.substring(Math.max(0, token.length() - 4)));
    boolean admin = key.path("canAdmin").asBoolean();
    boolean pay = key.path("canPay").asBoolean();
    v.put("permission", admin ? "Admin" : pay ? "ReadAndPay" : "Read");
    v.put("canRead", key.path("canRead").asBoolean()).put("canPay", pay).put("canAdmin", admin);
    v.put("usageLimited", key.path("usageLimited").asBoolean());
    v.set("NetworkLimit", key.path("NetworkLimit").deepCopy());
    ArrayNode chains = v.putArray("ChainIdLimit");
    key.path("ChainIdLimit").forEach(c -> chains.add(c.asText()));
    key.path("NetworkLimit")
        .forEach(n -> chains.add("cardano:" + n.asText().toLowerCase(Locale.ROOT)));
    v.set("RemainingUsageCredits", key.path("RemainingUsageCredits").deepCopy());
    v.put("status", key.path("status").asText());
    v.put("walletScopeEnabled", key.path("walletScopeEnabled").asBoolean());
    v.set("WalletScopes", key.path("WalletScopes").deepCopy());
    return v;
  }

  private static Integer intParam(String value, int dflt) {
    if (value == null) return dflt;
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String type(JsonNode n) {
    if (n.isBoolean()) return "boolean";
    if (n.isNumber()) return "number";
    if (n.isTextual()) return "string";
    if (n.isArray()) return "array";
    if (n.isNull()) return "null";
    return "object";
  }

  private SandboxResponse ok(JsonNode data) {
    ObjectNode body = mapper.createObjectNode().put("status", "success");
    body.set("data", data);
    return new SandboxResponse(200, body);
  }

  private SandboxResponse error(int status, String message) {
    ObjectNode body = mapper.createObjectNode().put("status", "error");
    body.putObject("error").put("message", message);
    return new SandboxResponse(status, body);
  }

  private SandboxResponse authFailure(String message) {
    SandboxResponse r = error(401, message);
    long delay =
        authDelayMillis <= 0 ? 0 : ThreadLocalRandom.current().nextLong(authDelayMillis + 1);
    return new SandboxResponse(r.status(), r.body(), delay);
  }
}
