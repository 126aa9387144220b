package io.keyadm.provider.nft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyadm.config.Credential;
import io.keyadm.config.Secret;
import io.keyadm.core.ApiKey;
import io.keyadm.core.CreatedKey;
import io.keyadm.core.CredentialState;
import io.keyadm.core.KeyProvider;
import io.keyadm.core.KeyadmException;
import io.keyadm.core.ListQuery;
import io.keyadm.core.OptionValues;
import io.keyadm.core.StatusReport;
import io.keyadm.http.ApiClient;
import io.keyadm.http.ApiError;
import io.keyadm.http.ErrorEnvelope;
import io.keyadm.provider.ProviderContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The NFT platform documented by TrackGenesis: personal API keys with an optional expiry. */
final class NftProvider implements KeyProvider {

  private final ProviderContext ctx;
  private final Clock clock;
  private final String header;
  private final ObjectMapper mapper;
  private NftApi api;

  NftProvider(ProviderContext ctx) {
    this.ctx = ctx;
    this.mapper = ctx.mapper();
    this.clock = ctx.clock();
    String configured = ctx.settings().get(NftModule.AUTH_HEADER.key());
    this.header = configured == null || configured.isBlank() ? "Authorization" : configured;
    ctx.redactor().addSecretHeader(header);
  }

  /** Connected on first use: options are checked before the token is read. */
  private NftApi api() {
    if (api == null) {
      Credential token = ctx.credentials().require(Secret.TOKEN);
      String configured = ctx.settings().get(NftModule.AUTH_SCHEME.key());
      String scheme = configured == null ? "Bearer" : configured;
      ApiClient client =
          ApiClient.connect(
              ctx.baseUrl(),
              ctx.http(),
              new NftAuth(header, scheme, token.value()),
              ErrorEnvelope.json(mapper, NftApi::readError),
              ctx.redactor(),
              mapper);
      api = new NftApi(client);
    }
    return api;
  }

  /** One authenticated call; 401 and 403 get different hints. */
  /** Nothing to read locally: the key list, which status would also read, checks the token. */
  @Override
  public CredentialState credential() {
    return CredentialState.unknown();
  }

  @Override
  public StatusReport status() {
    List<ApiKey> keys;
    try {
      keys = api().myKeys().stream().map(this::toKey).toList();
    } catch (ApiError e) {
      if (e.status() == 401) {
        throw new ApiError(
            e.kind(),
            401,
            e.getMessage()
                + "; the token is missing, invalid or expired (the profile sends it as '"
                + header
                + "'; change with --auth-header/--auth-scheme)",
            e.requestId());
      }
      if (e.status() == 403) {
        throw new ApiError(
            e.kind(),
            403,
            e.getMessage()
                + "; the token is valid but its role lacks the api_key_management read permission",
            e.requestId());
      }
      throw e;
    }
    Instant nearest =
        keys.stream()
            .filter(k -> ApiKey.ACTIVE.equals(k.status()))
            .map(ApiKey::expiresAt)
            .filter(Objects::nonNull)
            .min(Instant::compareTo)
            .orElse(null);
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("status", "valid");
    facts.put("keys", keys.size());
    facts.put("active", keys.stream().filter(k -> ApiKey.ACTIVE.equals(k.status())).count());
    facts.put("expired", keys.stream().filter(k -> ApiKey.EXPIRED.equals(k.status())).count());
    facts.put("nearest expiry", nearest == null ? "-" : nearest.toString());
    return new StatusReport(facts, mapper.createObjectNode().put("keys", keys.size()));
  }

  @Override
  public List<ApiKey> listKeys(ListQuery query) {
    String user = NftModule.user(query.options());
    List<NftWire> raw = user == null ? api().myKeys() : api().userKeys(user);
    List<ApiKey> keys = raw.stream().map(this::toKey).toList();
    return query.truncate(keys);
  }

  @Override
  public ApiKey getKey(String keyId) {
    try {
      return toKey(api().key(keyId));
    } catch (ApiError e) {
      if (e.status() == 404) throw KeyadmException.notFound("no key with id " + keyId);
      throw e;
    }
  }

  @Override
  public CreatedKey createKey(OptionValues options) {
    Instant asked = NftModule.expiry(options, clock.instant());
    NftWire created = api().create(asked);
    String id = created.id();
    String secret = created.apiKey();
    if (secret == null || secret.isEmpty()) {
      throw KeyadmException.unusable(
          "key "
              + id
              + " was created but the server returned no apiKey; revoke it with 'keyadm key revoke "
              + id
              + "'");
    }
    ApiKey key = toKey(created);
    return new CreatedKey(key, secret, expiryWarnings(asked, key.expiresAt()));
  }

  /**
   * A successor lives as long as the old key did ({@code expiresAt - createdAt}), counted from now;
   * a key without expiry has a successor without one.
   */
  @Override
  public OptionValues successorOf(ApiKey old, OptionValues given, Instant now) {
    if (given.has(NftModule.EXPIRES_IN) || given.has(NftModule.EXPIRES_AT)) return given;
    OptionValues create = OptionValues.none();
    if (old.expiresAt() == null) return create;
    if (old.createdAt() == null || !old.expiresAt().isAfter(old.createdAt()))
      throw KeyadmException.usage(
          "key "
              + old.id()
              + " has no readable lifetime (createdAt to expiresAt): give --expires-in or --expires-at");
    Duration lifetime = Duration.between(old.createdAt(), old.expiresAt());
    return create.put(NftModule.EXPIRES_AT, List.of(now.plus(lifetime).toString()));
  }

  /** The platform lists its keys' secrets in clear, so the token in use is found among them. */
  @Override
  public String credentialKeyId() {
    String token = ctx.credentials().require(Secret.TOKEN).value();
    for (NftWire k : api().myKeys()) if (token.equals(k.apiKey())) return k.id();
    return null;
  }

  /** The request field is spelled expiresAT; a server that ignored it stores no expiry. */
  private static List<String> expiryWarnings(Instant asked, Instant stored) {
    if (asked == null) return List.of();
    if (stored == null) return List.of("asked for expiry " + asked + " but the server stored none");
    if (Math.abs(stored.toEpochMilli() - asked.toEpochMilli()) > 1000)
      return List.of("asked for expiry " + asked + " but the server stored " + stored);
    return List.of();
  }

  /**
   * Deletion is final; a retried DELETE that finds the key gone means an earlier attempt worked.
   */
  @Override
  public ApiKey revokeKey(String keyId) {
    try {
      JsonNode answer = api().delete(keyId);
      return ApiKey.revoked(keyId, NftModule.ID, "api-key", answer);
    } catch (ApiError e) {
      if (e.status() == 404 && e.retried()) {
        return ApiKey.revoked(keyId, NftModule.ID, "api-key", null);
      }
      if (e.status() == 404) throw KeyadmException.notFound("no key with id " + keyId);
      throw e;
    }
  }

  private ApiKey toKey(NftWire k) {
    Instant expires = k.expiresAt();
    String status =
        expires != null && !expires.isAfter(clock.instant()) ? ApiKey.EXPIRED : ApiKey.ACTIVE;
    return new ApiKey(
        k.id(),
        null,
        NftModule.ID,
        status,
        "api-key",
        k.createdAt(),
        expires,
        null,
        null,
        null,
        k.scopes(),
        k.raw());
  }
}
