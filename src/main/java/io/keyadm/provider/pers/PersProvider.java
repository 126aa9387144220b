package io.keyadm.provider.pers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.config.Credential;
import io.keyadm.config.Durations;
import io.keyadm.config.Secret;
import io.keyadm.core.ApiKey;
import io.keyadm.core.CreatedKey;
import io.keyadm.core.CredentialState;
import io.keyadm.core.KeyProvider;
import io.keyadm.core.KeyadmException;
import io.keyadm.core.ListQuery;
import io.keyadm.core.OptionValues;
import io.keyadm.core.StatusReport;
import io.keyadm.core.TenantAdmin;
import io.keyadm.http.ApiError;
import io.keyadm.provider.Json;
import io.keyadm.provider.ProviderContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The PERS loyalty platform's tenant API keys; tenant administration is {@link PersTenants}. */
final class PersProvider implements KeyProvider {

  private final PersSession session;
  private final ObjectMapper mapper;
  private final Clock clock;
  private final PersTenants tenants;

  PersProvider(ProviderContext ctx) {
    this.session = new PersSession(ctx);
    this.mapper = ctx.mapper();
    this.clock = ctx.clock();
    this.tenants = new PersTenants(session);
  }

  /** The admin JWT's expiry, read locally; the key list then shows whether the server takes it. */
  @Override
  public CredentialState credential() {
    session.api();
    Credential token = session.context().credentials().require(Secret.TOKEN);
    return PersCredential.of(token, mapper, clock.instant());
  }

  /**
   * Decodes the admin JWT locally, then makes one authenticated call to see that the server takes
   * it.
   */
  @Override
  public StatusReport status() {
    session.api();
    Credential token = session.context().credentials().require(Secret.TOKEN);
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
      return new StatusReport(
          facts, raw, "the admin JWT expired at " + exp + "; " + PersSession.TOKEN_HINT);
    }
    List<PersWire.Key> keys = session.admin(() -> session.api().listKeys(null, false));
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
        session
            .admin(
                () ->
                    session
                        .api()
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
    return session.admin(() -> session.api().listKeys(null, true)).stream()
        .filter(k -> keyId.equals(k.id()))
        .findFirst()
        .map(this::toKey)
        .orElseThrow(() -> KeyadmException.notFound("no key with id " + keyId));
  }

  @Override
  public CreatedKey createKey(OptionValues options) {
    String name = PersModule.keyName(options);
    PersWire.Key created = session.admin(() -> session.api().createKey(name));
    String id = created.id();
    String secret = created.privateKey();
    if (secret == null || secret.isEmpty()) {
      throw KeyadmException.unusable(
          "key "
              + id
              + " was created but the server returned no privateKey; revoke it with 'keyadm key revoke "
              + id
              + "'");
    }
    return new CreatedKey(toKey(created), secret);
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
    String token = session.context().credentials().require(Secret.TOKEN).value();
    if (token.length() < 12) return null;
    String preview = token.substring(0, 8) + "..." + token.substring(token.length() - 4);
    return session.admin(() -> session.api().listKeys(null, false)).stream()
        .filter(k -> preview.equals(Json.text(k.raw(), "shortenedPrivateKey")))
        .map(PersWire.Key::id)
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
      answer = session.admin(() -> session.api().revokeKey(keyId));
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
    return toKey(PersWire.Key.from(revoked));
  }

  @Override
  public TenantAdmin tenants() {
    return tenants;
  }

  private ApiKey toKey(PersWire.Key k) {
    String status;
    if (k.revoked()) status = ApiKey.REVOKED;
    else if (k.expiresAt() != null && !k.expiresAt().isAfter(clock.instant()))
      status = ApiKey.EXPIRED;
    else status = ApiKey.ACTIVE;
    return new ApiKey(
        k.id(),
        k.name(),
        PersModule.ID,
        status,
        k.type(),
        k.createdAt(),
        k.expiresAt(),
        k.lastUsedAt(),
        null,
        null,
        null,
        k.raw());
  }
}
