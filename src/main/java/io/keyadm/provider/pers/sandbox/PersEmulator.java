package io.keyadm.provider.pers.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.sandbox.Emulator;
import io.keyadm.sandbox.Ids;
import io.keyadm.sandbox.Routes;
import io.keyadm.sandbox.SandboxJwts;
import io.keyadm.sandbox.SandboxRequest;
import io.keyadm.sandbox.SandboxResponse;
import io.keyadm.sandbox.StateStore;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The PERS v2 tenant and API-key endpoints: project key on every call, the tenant admin JWT for
 * admin calls (15-minute tokens, except the sandbox's documented one), errors in RFC 7807 shape
 * with a correlation id, and NestJS's own shape for a rejected JWT.
 */
final class PersEmulator implements Emulator {

  private static final List<String> SECRET_TENANT_FIELDS =
      List.of("jwt", "apiPrivateKey", "adminJwts");

  private final ObjectMapper mapper;

  PersEmulator(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * What a route is handed: the state, the request with its path parameters, the tenant of the
   * project key and the JSON body.
   */
  private record Call(
      StateStore.Transaction tx,
      SandboxRequest req,
      Map<String, String> params,
      ObjectNode tenant,
      JsonNode body) {}

  private interface Handler {
    SandboxResponse handle(Call call);
  }

  /** A route of the API: an admin route needs one of the tenant's admin JWTs. */
  private record Route(boolean admin, Handler handler) {}

  private final Routes<Route> routes =
      new Routes<Route>()
          .add("GET", "/tenants/public", new Route(false, c -> ok(200, publicView(c.tenant()))))
          .add(
              "GET",
              "/tenants/client-config",
              new Route(false, c -> ok(200, clientConfig(c.tenant()))))
          .add("GET", "/tenants/login-token", new Route(false, c -> loginToken(c.tenant())))
          .add("POST", "/tenants", new Route(false, c -> createTenant(c.tx(), c.body())))
          .add("PUT", "/tenants", new Route(true, c -> updateTenant(c.tx(), c.tenant(), c.body())))
          .add(
              "POST",
              "/tenants/api-keys",
              new Route(true, c -> tenantApiKey(c.tx(), c.tenant(), c.body())))
          .add(
              "POST",
              "/tenants/jwt-tokens",
              new Route(true, c -> tenantJwt(c.tx(), c.tenant(), c.body())))
          .add(
              "GET",
              "/api-keys",
              new Route(true, c -> listKeys(c.tx().root(), c.tenant(), c.req())))
          .add("POST", "/api-keys", new Route(true, c -> createKey(c.tx(), c.tenant(), c.body())))
          .add(
              "DELETE",
              "/api-keys/{id}",
              new Route(true, c -> revokeKey(c.tx(), c.tenant(), c.params().get("id"))));

  @Override
  public SandboxResponse handle(SandboxRequest req, StateStore.Transaction tx) {
    ObjectNode root = tx.root();
    String projectKey = req.header("x-project-key");
    if (projectKey == null || projectKey.isBlank())
      return problem(
          401,
          "Unauthorized",
          "Project key is required (x-project-key header)",
          "PROJECT_KEY_REQUIRED",
          "SECURITY");
    ObjectNode tenant = null;
    for (JsonNode t : root.path("tenants")) {
      if (projectKey.equals(t.path("projectApiKey").asText())
          || projectKey.equals(t.path("testnetProjectApiKey").asText())) tenant = (ObjectNode) t;
    }
    if (tenant == null)
      return problem(401, "Unauthorized", "Invalid project key", "PROJECT_KEY_INVALID", "SECURITY");
    JsonNode body;
    try {
      body = req.json(mapper);
    } catch (SandboxRequest.BadJson e) {
      return problem(
          400, "Bad Request", "Request body is not valid JSON", "VALIDATION_ERROR", "VALIDATION");
    }
    Routes.Match<Route> match = routes.find(req.method(), req.path()).orElse(null);
    if (match == null)
      return problem(
          404,
          "Resource Not Found",
          "Cannot " + req.method() + " " + req.path(),
          "ROUTE_NOT_FOUND",
          "DOMAIN_RULE");
    Route route = match.handler();
    if (route.admin()) {
      SandboxResponse denied = checkAdmin(req, tenant);
      if (denied != null) return denied;
    }
    return route.handler().handle(new Call(tx, req, match.params(), tenant, body));
  }

  private SandboxResponse loginToken(ObjectNode tenant) {
    return ok(200, mapper.getNodeFactory().textNode(tenant.path("loginToken").asText("")));
  }

  private SandboxResponse checkAdmin(SandboxRequest req, ObjectNode tenant) {
    String auth = req.header("authorization");
    if (auth == null || !auth.startsWith("Bearer ")) return nest(401, "Unauthorized");
    String jwt = auth.substring("Bearer ".length()).trim();
    boolean known = false;
    for (JsonNode j : tenant.path("adminJwts")) if (j.asText().equals(jwt)) known = true;
    if (!known) return nest(401, "Unauthorized");
    long exp = claims(jwt).path("exp").asLong(0);
    if (exp > 0 && Instant.now().getEpochSecond() >= exp) return nest(401, "jwt expired");
    return null;
  }

  private JsonNode claims(String jwt) {
    try {
      String[] parts = jwt.split("\\.");
      return mapper.readTree(Base64.getUrlDecoder().decode(parts[1]));
    } catch (Exception e) {
      return mapper.createObjectNode();
    }
  }

  private SandboxResponse listKeys(ObjectNode root, ObjectNode tenant, SandboxRequest req) {
    String type = req.query().get("type");
    if (type != null && !type.equals("TENANT_SYSTEM_JWT")) {
      return problem(
          400,
          "Validation Error",
          "type must be one of the following values: TENANT_SYSTEM_JWT",
          "VALIDATION_ERROR",
          "VALIDATION");
    }
    String includeRevoked = req.query().get("includeRevoked");
    if (includeRevoked != null
        && !includeRevoked.equals("true")
        && !includeRevoked.equals("false")) {
      return problem(
          400,
          "Validation Error",
          "includeRevoked must be a boolean value",
          "VALIDATION_ERROR",
          "VALIDATION");
    }
    ArrayNode out = mapper.createArrayNode();
    for (JsonNode k : root.path("apiKeys")) {
      if (!k.path("tenantId").asText().equals(tenant.path("id").asText())) continue;
      if (k.path("isRevoked").asBoolean() && !"true".equals(includeRevoked)) continue;
      if (type != null && !type.equals(k.path("type").asText())) continue;
      out.add(keyView(k));
    }
    return ok(200, out);
  }

  private SandboxResponse createKey(StateStore.Transaction tx, ObjectNode tenant, JsonNode body) {
    JsonNode name = body == null ? null : body.get("name");
    if (name == null || !name.isTextual() || name.asText().isBlank()) {
      return problem(
          400,
          "Validation Error",
          "name must be a string; name should not be empty",
          "VALIDATION_ERROR",
          "VALIDATION");
    }
    ObjectNode key = newKey(tx, tenant, name.asText());
    return ok(201, key);
  }

  /**
   * Stores a new TENANT_SYSTEM_JWT key and returns its view with the one-time {@code privateKey}.
   */
  private ObjectNode newKey(StateStore.Transaction tx, ObjectNode tenant, String name) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    String privateKey =
        SandboxJwts.jwt(
            "{\"sub\":\""
                + Ids.uuid()
                + "\",\"tenantId\":\""
                + tenant.path("id").asText()
                + "\",\"type\":\"TENANT_SYSTEM_JWT\",\"iat\":"
                + now.getEpochSecond()
                + "}");
    ObjectNode k = ((ArrayNode) tx.root().withArray("apiKeys")).addObject();
    k.put("id", Ids.uuid())
        .put("tenantId", tenant.path("id").asText())
        .put("type", "TENANT_SYSTEM_JWT")
        .put("name", name);
    k.put("createdAt", now.toString())
        .put(
            "shortenedPrivateKey",
            privateKey.substring(0, 8) + "..." + privateKey.substring(privateKey.length() - 4));
    k.put("expiresAt", now.plus(365, ChronoUnit.DAYS).toString())
        .put("isRevoked", false)
        .putNull("lastUsedAt");
    tx.changed();
    ObjectNode view = keyView(k);
    view.put("privateKey", privateKey);
    return view;
  }

  private SandboxResponse revokeKey(StateStore.Transaction tx, ObjectNode tenant, String id) {
    for (JsonNode k : tx.root().path("apiKeys")) {
      if (k.path("id").asText().equals(id)
          && k.path("tenantId").asText().equals(tenant.path("id").asText())) {
        ((ObjectNode) k).put("isRevoked", true);
        tx.changed();
        ObjectNode out = mapper.createObjectNode().put("valid", true);
        out.putObject("payload");
        out.set("apiKey", keyView(k));
        return ok(200, out);
      }
    }
    return problem(
        404,
        "Resource Not Found",
        "API key " + id + " not found",
        "API_KEY_NOT_FOUND",
        "DOMAIN_RULE");
  }

  private SandboxResponse createTenant(StateStore.Transaction tx, JsonNode body) {
    JsonNode name = body == null ? null : body.get("projectName");
    if (name == null || !name.isTextual() || name.asText().isBlank()) {
      return problem(
          400,
          "Validation Error",
          "projectName must be a string; projectName should not be empty",
          "VALIDATION_ERROR",
          "VALIDATION");
    }
    for (JsonNode t : tx.root().path("tenants")) {
      if (t.path("projectName").asText().equalsIgnoreCase(name.asText())) {
        return problem(
            422,
            "Business Rule Violation",
            "A tenant named '" + name.asText() + "' already exists",
            "TENANT_ALREADY_EXISTS",
            "DOMAIN_RULE");
      }
    }
    ObjectNode t = ((ArrayNode) tx.root().withArray("tenants")).addObject();
    String id = Ids.uuid();
    t.put("projectName", name.asText())
        .put("acronym", acronym(name.asText()))
        .put("id", id)
        .put("createdAt", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
    t.put("projectApiKey", Ids.hex(32)).put("testnetProjectApiKey", "pk_test_" + Ids.hex(32));
    t.put("allowJWTForUnauthenticatedUsers", false).put("defaultWalletManagementType", "custodial");
    t.putArray("adminJwts");
    String jwt = adminJwt(t);
    String apiPrivateKey = newKey(tx, t, "Tenant API key").path("privateKey").asText();
    tx.changed();
    ObjectNode out = tenantView(t);
    out.put("jwt", jwt).put("apiPrivateKey", apiPrivateKey);
    return ok(201, out);
  }

  private SandboxResponse updateTenant(
      StateStore.Transaction tx, ObjectNode tenant, JsonNode body) {
    if (body == null || !body.isObject())
      return problem(
          400, "Validation Error", "body must be an object", "VALIDATION_ERROR", "VALIDATION");
    List<String> text =
        List.of(
            "projectName",
            "projectDescription",
            "projectWebsite",
            "projectEmail",
            "projectImageUrl",
            "stripeApiKey",
            "stripeWebhookSecret",
            "stripePublishableKey",
            "loginToken",
            "firebaseTenantId");
    for (var it = body.fields(); it.hasNext(); ) {
      var e = it.next();
      if (text.contains(e.getKey())) {
        if (!e.getValue().isTextual())
          return problem(
              400,
              "Validation Error",
              e.getKey() + " must be a string",
              "VALIDATION_ERROR",
              "VALIDATION");
      } else if (e.getKey().equals("allowJWTForUnauthenticatedUsers")) {
        if (!e.getValue().isBoolean())
          return problem(
              400,
              "Validation Error",
              "allowJWTForUnauthenticatedUsers must be a boolean value",
              "VALIDATION_ERROR",
              "VALIDATION");
      } else {
        return problem(
            400,
            "Validation Error",
            "property " + e.getKey() + " should not exist",
            "VALIDATION_ERROR",
            "VALIDATION");
      }
    }
    if (body.has("projectEmail") && !body.get("projectEmail").asText().contains("@")) {
      return problem(
          400,
          "Validation Error",
          "projectEmail must be an email",
          "VALIDATION_ERROR",
          "VALIDATION");
    }
    body.fields().forEachRemaining(e -> tenant.set(e.getKey(), e.getValue()));
    tx.changed();
    return ok(200, tenantView(tenant));
  }

  private SandboxResponse tenantApiKey(
      StateStore.Transaction tx, ObjectNode tenant, JsonNode body) {
    JsonNode name = body == null ? null : body.get("keyName");
    if (name == null || !name.isTextual() || name.asText().isBlank()) {
      return problem(
          400,
          "Validation Error",
          "keyName must be a string; keyName should not be empty",
          "VALIDATION_ERROR",
          "VALIDATION");
    }
    String secret = newKey(tx, tenant, name.asText()).path("privateKey").asText();
    ObjectNode out = tenantView(tenant);
    out.put("apiPrivateKey", secret);
    return ok(201, out);
  }

  private SandboxResponse tenantJwt(StateStore.Transaction tx, ObjectNode tenant, JsonNode body) {
    JsonNode testnet = body == null ? null : body.get("isTestnet");
    if (testnet == null || !testnet.isBoolean()) {
      return problem(
          400,
          "Validation Error",
          "isTestnet must be a boolean value",
          "VALIDATION_ERROR",
          "VALIDATION");
    }
    String jwt = adminJwt(tenant);
    tx.changed();
    ObjectNode out = tenantView(tenant);
    out.put("jwt", jwt);
    return ok(201, out);
  }

  /** A new admin JWT of the tenant, valid for 15 minutes like the real service's. */
  private static String adminJwt(ObjectNode tenant) {
    long now = Instant.now().getEpochSecond();
    String jwt =
        SandboxJwts.jwt(
            "{\"sub\":\"admin-"
                + Ids.alnum(8)
                + "\",\"tenantId\":\""
                + tenant.path("id").asText()
                + "\",\"type\":\"TENANT_ADMIN_JWT\",\"iat\":"
                + now
                + ",\"exp\":"
                + (now + 900)
                + "}");
    tenant.withArray("adminJwts").add(jwt);
    return jwt;
  }

  private ObjectNode tenantView(ObjectNode tenant) {
    ObjectNode v = tenant.deepCopy();
    v.remove(SECRET_TENANT_FIELDS);
    v.remove("stripePublishableKey");
    return v;
  }

  private ObjectNode publicView(ObjectNode t) {
    ObjectNode v = mapper.createObjectNode();
    for (String f :
        List.of(
            "projectName",
            "acronym",
            "id",
            "createdAt",
            "projectDescription",
            "projectWebsite",
            "projectEmail",
            "projectImageUrl")) {
      if (t.has(f)) v.set(f, t.get(f));
    }
    return v;
  }

  private ObjectNode clientConfig(ObjectNode t) {
    ObjectNode v = mapper.createObjectNode();
    v.set("projectName", t.get("projectName"));
    v.set("id", t.get("id"));
    v.put("stripePublishableKey", t.path("stripePublishableKey").asText(""));
    v.put("firebaseTenantId", t.path("firebaseTenantId").asText(""));
    v.put("infuraApiKey", "sandbox-infura").put("polyScanApiKey", "sandbox-polyscan");
    v.putObject("clientIpLocation")
        .put("country_code", "ZZ")
        .put("country_name", "Sandbox")
        .put("region_code", "LO")
        .put("region_name", "Loopback")
        .put("city_name", "Localhost")
        .put("postal_code", "00000")
        .put("latitude", 0.0)
        .put("longitude", 0.0)
        .put("accuracy_radius", 1);
    return v;
  }

  private ObjectNode keyView(JsonNode k) {
    ObjectNode v = ((ObjectNode) k).deepCopy();
    v.remove("tenantId");
    return v;
  }

  private static String acronym(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.trim().split("\\s+"))
      if (!w.isEmpty()) sb.append(Character.toUpperCase(w.charAt(0)));
    return sb.length() == 0 ? "T" : sb.toString().toUpperCase(Locale.ROOT);
  }

  private SandboxResponse ok(int status, JsonNode body) {
    return new SandboxResponse(status, body);
  }

  private SandboxResponse problem(
      int status, String title, String detail, String code, String category) {
    ObjectNode b = mapper.createObjectNode();
    b.put("status", status)
        .put("title", title)
        .put("detail", detail)
        .put("message", detail)
        .put("code", code)
        .put("category", category);
    b.put("timestamp", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString())
        .put("correlationId", "req-" + Ids.alnum(12))
        .put("retryable", false);
    return new SandboxResponse(status, b);
  }

  private SandboxResponse nest(int status, String message) {
    ObjectNode b =
        mapper
            .createObjectNode()
            .put("statusCode", status)
            .put("message", message)
            .put("error", "Unauthorized");
    return new SandboxResponse(status, b);
  }
}
