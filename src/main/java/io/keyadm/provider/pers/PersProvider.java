package io.keyadm.provider.pers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.config.Credential;
import io.keyadm.config.Durations;
import io.keyadm.config.Secret;
import io.keyadm.core.ApiKey;
import io.keyadm.core.CreatedKey;
import io.keyadm.core.KeyProvider;
import io.keyadm.core.KeyadmException;
import io.keyadm.core.ListQuery;
import io.keyadm.core.OptionValues;
import io.keyadm.core.StatusReport;
import io.keyadm.core.TenantAdmin;
import io.keyadm.core.TenantResult;
import io.keyadm.core.TenantUpdate;
import io.keyadm.http.ApiClient;
import io.keyadm.http.ApiError;
import io.keyadm.provider.Json;
import io.keyadm.provider.ProviderContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The PERS loyalty platform: tenant API keys and tenant administration. */
final class PersProvider implements KeyProvider, TenantAdmin {

  /**
   * Fields of a tenant object that hold secrets; those present in a create response are shown once.
   */
  static final List<String> TENANT_SECRETS =
      List.of("jwt", "apiPrivateKey", "stripeApiKey", "stripeWebhookSecret", "loginToken");

  private static final String TOKEN_HINT =
      "admin access tokens last 15 minutes by default: get a fresh one (e.g. 'keyadm tenant jwt create' with a valid token) and retry";

  private final ProviderContext ctx;
  private final ObjectMapper mapper;
  private final Clock clock;
  private PersApi api;

  PersProvider(ProviderContext ctx) {
    this.ctx = ctx;
    this.mapper = ctx.mapper();
    this.clock = ctx.clock();
  }

  /** Connected on first use: options are checked before any credential is read. */
  private PersApi api() {
    if (api == null) {
      Credential projectKey = ctx.credentials().require(PersModule.PROJECT_KEY);
      Credential adminJwt = ctx.credentials().find(Secret.TOKEN);
      Credential businessKey = ctx.credentials().find(PersModule.BUSINESS_KEY);
      ApiClient client =
          ApiClient.connect(
              ctx.baseUrl(),
              ctx.http(),
              new PersAuth(
                  projectKey.value(),
                  adminJwt == null ? null : adminJwt.value(),
                  businessKey == null ? null : businessKey.value()),
              (status, reason, body) -> PersApi.parseError(status, reason, body, mapper),
              ctx.redactor(),
              mapper);
      api = new PersApi(client);
    }
    return api;
  }

  /**
   * Decodes the admin JWT locally, then makes one authenticated call to see that the server takes
   * it.
   */
  @Override
  public StatusReport status() {
    api();
    Credential token = ctx.credentials().require(Secret.TOKEN);
    Jwt jwt = Jwt.decode(token.value(), mapper);
    Map<String, Object> facts = new LinkedHashMap<>();
    ObjectNode raw = mapper.createObjectNode();
    Instant now = clock.instant();
    Instant exp = null;
    if (jwt != null) {
      raw.set("claims", jwt.claims());
      exp = jwt.time("exp");
      facts.put("subject", jwt.text("sub"));
      facts.put("tenant", jwt.text("tenantId") != null ? jwt.text("tenantId") : jwt.text("tenant"));
      facts.put("type", jwt.text("type"));
      facts.put("issued", jwt.time("iat"));
      facts.put("expires", exp == null ? "never" : exp.toString());
      facts.put(
          "expires in",
          exp == null
              ? "-"
              : exp.isAfter(now)
                  ? Durations.format(roundDown(Duration.between(now, exp)))
                  : "expired");
    } else {
      facts.put("token", "not a JWT; its claims cannot be shown");
    }
    facts.put("credential", token.source());
    if (exp != null && !exp.isAfter(now)) {
      facts.put("status", "expired");
      return new StatusReport(facts, raw, "the admin JWT expired at " + exp + "; " + TOKEN_HINT);
    }
    List<JsonNode> keys = admin(() -> api().listKeys(null, false));
    facts.put("status", "valid");
    facts.put("api keys", keys.size());
    return new StatusReport(facts, raw);
  }

  private static Duration roundDown(Duration d) {
    if (d.toDays() > 0) return Duration.ofDays(d.toDays());
    if (d.toHours() > 0) return Duration.ofHours(d.toHours());
    if (d.toMinutes() > 0) return Duration.ofMinutes(d.toMinutes());
    return Duration.ofSeconds(Math.max(1, d.toSeconds()));
  }

  @Override
  public List<ApiKey> listKeys(ListQuery query) {
    OptionValues o = query.options();
    List<ApiKey> keys =
        admin(
                () ->
                    api()
                        .listKeys(
                            o.one(PersModule.TYPE),
                            o.has(PersModule.INCLUDE_REVOKED) || query.filter().wantsRevoked()))
            .stream()
            .map(this::toKey)
            .toList();
    return query.truncate(keys);
  }

  /** PERS has no get-by-id for keys: the key is found in the list, revoked ones included. */
  @Override
  public ApiKey getKey(String keyId) {
    return admin(() -> api().listKeys(null, true)).stream()
        .filter(k -> keyId.equals(Json.text(k, "id")))
        .findFirst()
        .map(this::toKey)
        .orElseThrow(() -> KeyadmException.notFound("no key with id " + keyId));
  }

  @Override
  public CreatedKey createKey(OptionValues options) {
    String name = PersModule.keyName(options);
    JsonNode created = admin(() -> api().createKey(name));
    String id = Json.id(created, "id");
    String secret = Json.text(created, "privateKey");
    if (secret == null || secret.isEmpty()) {
      throw KeyadmException.unusable(
          "key "
              + id
              + " was created but the server returned no privateKey; revoke it with 'keyadm key revoke "
              + id
              + "'");
    }
    ObjectNode raw = created.deepCopy();
    return new CreatedKey(toKey(raw), secret);
  }

  /** A successor keeps the old key's name unless {@code --name} gives another. */
  @Override
  public OptionValues successorOf(ApiKey old, OptionValues given, Instant now) {
    String name = given.has(PersModule.NAME) ? given.one(PersModule.NAME) : old.name();
    return OptionValues.none().put(PersModule.NAME, name == null ? null : List.of(name));
  }

  /**
   * The admin JWT in use is one of the listed keys when its preview (first 8 + "..." + last 4, as
   * PERS shows it) is that key's.
   */
  @Override
  public String credentialKeyId() {
    String token = ctx.credentials().require(Secret.TOKEN).value();
    if (token.length() < 12) return null;
    String preview = token.substring(0, 8) + "..." + token.substring(token.length() - 4);
    return admin(() -> api().listKeys(null, false)).stream()
        .filter(k -> preview.equals(Json.text(k, "shortenedPrivateKey")))
        .map(k -> Json.text(k, "id"))
        .findFirst()
        .orElse(null);
  }

  /**
   * Permanent; the answer's {@code apiKey} confirms it. A 2xx is success either way, and so is a
   * 404 after a retry: an earlier attempt revoked it.
   */
  @Override
  public ApiKey revokeKey(String keyId) {
    JsonNode answer;
    try {
      answer = admin(() -> api().revokeKey(keyId));
    } catch (ApiError e) {
      if (e.status() == 404 && e.retried()) return ApiKey.revoked(keyId, PersModule.ID, null, null);
      throw e;
    }
    JsonNode key = answer == null ? null : answer.get("apiKey");
    if (key == null || !key.isObject()) {
      return ApiKey.revoked(keyId, PersModule.ID, null, answer);
    }
    ObjectNode revoked = key.deepCopy();
    revoked.put("isRevoked", true);
    return toKey(revoked);
  }

  @Override
  public TenantAdmin tenants() {
    return this;
  }

  @Override
  public TenantResult create(String projectName) {
    return withSecrets(api().createTenant(projectName), "jwt");
  }

  @Override
  public JsonNode update(TenantUpdate update) {
    ObjectNode body = mapper.valueToTree(update.fields());
    return admin(() -> api().updateTenant(body));
  }

  @Override
  public JsonNode show() {
    return api().publicTenant();
  }

  @Override
  public JsonNode clientConfig() {
    return api().clientConfig();
  }

  @Override
  public String loginToken() {
    JsonNode n = api().loginToken();
    if (n != null && n.isTextual()) return n.asText();
    String token =
        n == null
            ? null
            : Json.text(n, "loginToken") != null
                ? Json.text(n, "loginToken")
                : Json.text(n, "token");
    if (token == null)
      throw KeyadmException.unusable(
          "unusable response: expected the login token as a JSON string");
    return token;
  }

  @Override
  public TenantResult createApiKey(String keyName) {
    return withSecrets(admin(() -> api().createTenantApiKey(keyName)), "apiPrivateKey");
  }

  @Override
  public TenantResult createJwt(boolean testnet) {
    return withSecrets(admin(() -> api().createTenantJwt(testnet)), "jwt");
  }

  /**
   * Lifts the one-time secrets out of a tenant object; the one that was asked for must be there.
   */
  private TenantResult withSecrets(JsonNode tenant, String expected) {
    Map<String, String> secrets = new LinkedHashMap<>();
    for (String f : TENANT_SECRETS) {
      String v = Json.text(tenant, f);
      if (v != null && !v.isEmpty()) {
        secrets.put(f, v);
        ctx.redactor().addSecret(v);
      }
    }
    if (!secrets.containsKey(expected)) {
      throw KeyadmException.unusable(
          "the server answered without the new "
              + expected
              + " (tenant "
              + Json.text(tenant, "id")
              + "); it cannot be shown again");
    }
    Map<String, String> profile = new LinkedHashMap<>();
    profile.put(Secret.TOKEN.configKey(), secrets.get("jwt"));
    String projectKey = Json.text(tenant, "projectApiKey");
    if (projectKey != null) profile.put(PersModule.PROJECT_KEY.configKey(), projectKey);
    return new TenantResult(tenant, secrets, profile);
  }

  /** An admin call: needs the admin JWT, and a 401 with an expired one says so. */
  private <T> T admin(Supplier<T> call) {
    api();
    Credential token = ctx.credentials().require(Secret.TOKEN);
    try {
      return call.get();
    } catch (ApiError e) {
      if (e.status() != 401) throw e;
      Jwt jwt = Jwt.decode(token.value(), mapper);
      Instant exp = jwt == null ? null : jwt.time("exp");
      String hint =
          exp != null && !exp.isAfter(clock.instant())
              ? "; the admin JWT expired at " + exp + "; " + TOKEN_HINT
              : "; " + TOKEN_HINT;
      throw new ApiError(e.kind(), e.status(), e.getMessage() + hint, e.requestId());
    }
  }

  ApiKey toKey(JsonNode n) {
    Instant expires = Json.time(n, "expiresAt");
    String status;
    if (n.path("isRevoked").asBoolean(false)) status = ApiKey.REVOKED;
    else if (expires != null && !expires.isAfter(clock.instant())) status = ApiKey.EXPIRED;
    else status = ApiKey.ACTIVE;
    return new ApiKey(
        Json.id(n, "id"),
        Json.text(n, "name"),
        PersModule.ID,
        status,
        Json.text(n, "type"),
        Json.time(n, "createdAt"),
        expires,
        Json.time(n, "lastUsedAt"),
        null,
        null,
        null,
        n);
  }
}
