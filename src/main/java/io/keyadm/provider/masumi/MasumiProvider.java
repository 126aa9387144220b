package io.keyadm.provider.masumi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.config.Credential;
import io.keyadm.config.Secret;
import io.keyadm.core.ApiKey;
import io.keyadm.core.CreatedKey;
import io.keyadm.core.Credit;
import io.keyadm.core.KeyProvider;
import io.keyadm.core.KeyadmException;
import io.keyadm.core.ListQuery;
import io.keyadm.core.OptionValues;
import io.keyadm.core.StatusReport;
import io.keyadm.http.ApiClient;
import io.keyadm.http.ApiError;
import io.keyadm.provider.Json;
import io.keyadm.provider.ProviderContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The Masumi Payment Service: maps its keys to the neutral model and works around its traps. */
final class MasumiProvider implements KeyProvider {

  static final int DEFAULT_PAGE_SIZE = 50;

  private final ProviderContext ctx;
  private final ObjectMapper mapper;
  private MasumiApi api;

  MasumiProvider(ProviderContext ctx) {
    this.ctx = ctx;
    this.mapper = ctx.mapper();
  }

  /** Connected on first use: options are checked before the token is read. */
  private MasumiApi api() {
    if (api == null) {
      Credential token = ctx.credentials().require(Secret.TOKEN);
      ApiClient client =
          ApiClient.connect(
              ctx.baseUrl(),
              ctx.http(),
              new MasumiAuth(token.value()),
              (status, reason, body) -> MasumiApi.parseError(status, reason, body, mapper),
              ctx.redactor(),
              mapper);
      api = new MasumiApi(client);
    }
    return api;
  }

  @Override
  public StatusReport status() {
    JsonNode data = api().status();
    ApiKey key = toKey(data);
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("id", key.id());
    facts.put("permission", key.kind());
    facts.put("status", key.status());
    facts.put("networks", String.join(",", key.networks()));
    facts.put("usage", data.path("usageLimited").asBoolean(true) ? "limited" : "unlimited");
    facts.put("remaining credits", MasumiModule.credits(key.credits()));
    return new StatusReport(facts, data);
  }

  @Override
  public List<ApiKey> listKeys(ListQuery query) {
    int pageSize = MasumiOptions.pageSize(query.options(), DEFAULT_PAGE_SIZE);
    return InclusiveCursorPager.collect(api()::listPage, pageSize, query.limit()).stream()
        .map(this::toKey)
        .toList();
  }

  /** Masumi has no get-by-id endpoint: the key is found by listing. */
  @Override
  public ApiKey getKey(String keyId) {
    return find(keyId).orElseThrow(() -> KeyadmException.notFound("no key with id " + keyId));
  }

  private Optional<ApiKey> find(String keyId) {
    return InclusiveCursorPager.collect(api()::listPage, InclusiveCursorPager.MAX_TAKE, null)
        .stream()
        .filter(n -> keyId.equals(Json.text(n, "id")))
        .findFirst()
        .map(this::toKey);
  }

  @Override
  public CreatedKey createKey(OptionValues options) {
    MasumiKeySpec spec = MasumiOptions.keySpec(options);
    String permission = spec.permission() == null ? "read" : spec.permission();
    ObjectNode body = mapper.createObjectNode();
    ArrayNode credits = body.putArray("UsageCredits");
    spec.credits()
        .forEach(
            c -> credits.addObject().put("unit", wireUnit(c.unit())).put("amount", c.amount()));
    // POST wants usageLimited as a string, and an admin key must be unlimited or the server says
    // 400.
    boolean unlimited = spec.unlimited() || "admin".equals(permission);
    body.put("usageLimited", unlimited ? "false" : "true");
    putPermission(body, permission);
    if (!spec.networks().isEmpty()) networks(body, spec.networks());
    if (!spec.chainIds().isEmpty()) chainIds(body, spec.chainIds());
    if (!spec.walletScopes().isEmpty()) {
      body.put("walletScopeEnabled", "true");
      ArrayNode ids = body.putArray("WalletScopeHotWalletIds");
      spec.walletScopes().forEach(ids::add);
    }
    JsonNode data = api().create(body);
    String id = Json.text(data, "id");
    String token = Json.text(data, "token");
    if (id == null) {
      throw KeyadmException.unusable(
          "unusable response: the created key has no id; " + MasumiApi.LIST_HINT);
    }
    if (token == null || token.isEmpty() || token.startsWith("*")) {
      throw KeyadmException.unusable(
          "key "
              + id
              + " was created but the server returned no token; revoke it with 'keyadm key revoke "
              + id
              + "'");
    }
    return new CreatedKey(toKey(data), token);
  }

  /**
   * PATCH re-activates a revoked key when {@code status} is omitted and re-limits an unlimited key
   * when {@code usageLimited} is omitted, so the key is read first and both are always sent.
   */
  @Override
  public ApiKey patchKey(String keyId, OptionValues options) {
    String newToken = null;
    String tokenFile = options.one(MasumiOptions.NEW_TOKEN_FILE);
    if (tokenFile != null) {
      newToken = ctx.credentials().readFile(tokenFile, MasumiOptions.NEW_TOKEN_FILE);
      if (newToken.length() < 15 || newToken.length() > 550) {
        throw KeyadmException.usage(
            "--new-token-file: the token must be 15 to 550 characters long");
      }
      ctx.redactor().addSecret(newToken);
    }
    KeyPatch patch = MasumiOptions.keyPatch(options, newToken);
    ObjectNode body = mapper.createObjectNode().put("id", keyId);
    ApiKey current = find(keyId).orElse(null);
    if (current == null && (patch.status() == null || patch.limited() == null)) {
      // PATCH reaches keys the list hides (revoked with DELETE), but then their state is unknown.
      throw KeyadmException.notFound(
          "no key with id "
              + keyId
              + " in the key list; to patch a key removed with 'key revoke', give both --status and --limited/--unlimited");
    }
    String permission =
        patch.permission() != null ? patch.permission() : current == null ? null : current.kind();
    boolean limited;
    if (patch.limited() != null) limited = patch.limited();
    else limited = current.raw().path("usageLimited").asBoolean(true);
    if ("admin".equals(permission)) {
      if (Boolean.TRUE.equals(patch.limited()))
        throw KeyadmException.usage(
            "--limited conflicts with an admin key: admin keys are always unlimited");
      limited = false;
    }
    String status = patch.status() != null ? patch.status() : current.status();
    body.put("status", ApiKey.REVOKED.equals(status) ? "Revoked" : "Active");
    body.put("usageLimited", limited);
    if (patch.newToken() != null) body.put("token", patch.newToken());
    if (patch.creditDeltas() != null && !patch.creditDeltas().isEmpty()) {
      ArrayNode deltas = body.putArray("UsageCreditsToAddOrRemove");
      patch
          .creditDeltas()
          .forEach(
              c -> deltas.addObject().put("unit", wireUnit(c.unit())).put("amount", c.amount()));
    }
    if (patch.permission() != null) {
      putPermission(body, patch.permission());
      // Demoting an admin leaves it with no networks unless NetworkLimit is sent too.
      boolean demotingAdmin =
          current != null && "admin".equals(current.kind()) && !"admin".equals(patch.permission());
      if (demotingAdmin && patch.networks() == null) {
        networks(
            body,
            current.networks().isEmpty() ? List.of("preprod", "mainnet") : current.networks());
      }
    }
    if (patch.networks() != null) networks(body, patch.networks());
    if (patch.chainIds() != null) chainIds(body, patch.chainIds());
    return toKey(api().patch(body));
  }

  /**
   * DELETE soft-deletes; repeating it on a deleted key answers 200. An unknown id answers an opaque
   * 500, so a 500 is checked against the list to tell "no such key" from a real server failure.
   */
  @Override
  public ApiKey revokeKey(String keyId) {
    try {
      return toKey(api().delete(keyId));
    } catch (ApiError e) {
      if (e.status() != 500) throw e;
      if (find(keyId).isEmpty()) throw KeyadmException.notFound("no key with id " + keyId);
      throw e;
    }
  }

  @Override
  public List<JsonNode> listRpcKeys() {
    return InclusiveCursorPager.collect(api()::rpcPage, InclusiveCursorPager.MAX_TAKE, null);
  }

  ApiKey toKey(JsonNode n) {
    String id = Json.id(n, "id");
    String status =
        "Revoked".equalsIgnoreCase(Json.text(n, "status")) ? ApiKey.REVOKED : ApiKey.ACTIVE;
    List<Credit> credits = new ArrayList<>();
    for (JsonNode c : n.path("RemainingUsageCredits")) {
      String unit = c.path("unit").asText("");
      credits.add(
          new Credit(unit.isEmpty() ? Credit.LOVELACE : unit, c.path("amount").asText("0")));
    }
    // Releases up to 0.26 spell it networkLimit.
    JsonNode networks = n.has("NetworkLimit") ? n.get("NetworkLimit") : n.path("networkLimit");
    List<String> nets = Json.texts(networks).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    String kind = permissionOf(n);
    List<String> scopes =
        switch (kind) {
          case "admin" -> List.of("read", "pay", "admin");
          case "pay" -> List.of("read", "pay");
          default -> List.of("read");
        };
    return new ApiKey(
        id, null, MasumiModule.ID, status, kind, null, null, null, credits, nets, scopes, n);
  }

  /** The can* flags win; releases before 0.27 have only the deprecated {@code permission}. */
  static String permissionOf(JsonNode n) {
    if (n.has("canAdmin") || n.has("canPay") || n.has("canRead")) {
      if (n.path("canAdmin").asBoolean()) return "admin";
      if (n.path("canPay").asBoolean()) return "pay";
      return "read";
    }
    String p = Objects.requireNonNullElse(Json.text(n, "permission"), "Read");
    return switch (p) {
      case "Admin" -> "admin";
      case "ReadAndPay" -> "pay";
      default -> "read";
    };
  }

  private static void putPermission(ObjectNode body, String permission) {
    body.put("canRead", true);
    body.put("canPay", !"read".equals(permission));
    body.put("canAdmin", "admin".equals(permission));
  }

  private static void networks(ObjectNode body, List<String> networks) {
    ArrayNode arr = body.putArray("NetworkLimit");
    networks.forEach(
        n ->
            arr.add(
                n.substring(0, 1).toUpperCase(Locale.ROOT)
                    + n.substring(1).toLowerCase(Locale.ROOT)));
  }

  private static void chainIds(ObjectNode body, List<String> chainIds) {
    ArrayNode arr = body.putArray("ChainIdLimit");
    chainIds.forEach(arr::add);
  }

  private static String wireUnit(String unit) {
    return Credit.LOVELACE.equals(unit) ? "" : unit;
  }
}
