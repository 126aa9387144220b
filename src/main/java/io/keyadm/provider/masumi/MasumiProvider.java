package io.keyadm.provider.masumi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyadm.config.Credential;
import io.keyadm.config.Secret;
import io.keyadm.core.ApiKey;
import io.keyadm.core.CreatedKey;
import io.keyadm.core.KeyProvider;
import io.keyadm.core.KeyadmException;
import io.keyadm.core.ListQuery;
import io.keyadm.core.OptionValues;
import io.keyadm.core.StatusReport;
import io.keyadm.http.ApiClient;
import io.keyadm.http.ApiError;
import io.keyadm.http.ErrorEnvelope;
import io.keyadm.provider.ProviderContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
              ErrorEnvelope.json(mapper, MasumiApi::readError),
              ctx.redactor(),
              mapper);
      api = new MasumiApi(client);
    }
    return api;
  }

  @Override
  public StatusReport status() {
    MasumiWire.Key wire = api().status();
    ApiKey key = toKey(wire);
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("id", key.id());
    facts.put("permission", key.kind());
    facts.put("status", key.status());
    facts.put("networks", String.join(",", key.networks()));
    facts.put("usage", wire.usageLimited() ? "limited" : "unlimited");
    facts.put("remaining credits", MasumiModule.credits(key.credits()));
    return new StatusReport(facts, wire.raw());
  }

  @Override
  public List<ApiKey> listKeys(ListQuery query) {
    int pageSize = MasumiOptions.pageSize(query.options(), DEFAULT_PAGE_SIZE);
    return InclusiveCursorPager.collect(api()::listPage, pageSize, query.limit()).stream()
        .map(n -> toKey(MasumiWire.Key.from(n)))
        .toList();
  }

  @Override
  public ApiKey getKey(String keyId) {
    return find(keyId)
        .map(this::toKey)
        .orElseThrow(() -> KeyadmException.notFound("no key with id " + keyId));
  }

  /**
   * Masumi has no get-by-id, but its cursor is inclusive: {@code take=1&cursorId=X} answers exactly
   * {@code [X]} when X is visible, {@code []} when X is unknown, and the next visible row when X is
   * soft-deleted. So the row is only taken when its id is the one asked for. A different row is
   * ambiguous only when it is also the list's first row: a server that ignores {@code cursorId}
   * (releases before 0.28 page by token) answers that way too, and only then is the list walked.
   */
  private Optional<MasumiWire.Key> find(String keyId) {
    List<JsonNode> page = api().listPage(1, keyId);
    if (page.isEmpty()) return Optional.empty();
    MasumiWire.Key row = MasumiWire.Key.from(page.get(0));
    if (row.id().equals(keyId)) return Optional.of(row);
    List<JsonNode> first = api().listPage(1, null);
    if (first.isEmpty() || !row.id().equals(MasumiWire.Key.from(first.get(0)).id())) {
      return Optional.empty();
    }
    return InclusiveCursorPager.collect(api()::listPage, InclusiveCursorPager.MAX_TAKE, null)
        .stream()
        .map(MasumiWire.Key::from)
        .filter(k -> keyId.equals(k.id()))
        .findFirst();
  }

  @Override
  public CreatedKey createKey(OptionValues options) {
    MasumiKeySpec spec = MasumiOptions.keySpec(options);
    String permission = spec.permission() == null ? "read" : spec.permission();
    // An admin key must be unlimited or the server says 400.
    boolean unlimited = spec.unlimited() || "admin".equals(permission);
    MasumiWire.NewKey body =
        new MasumiWire.NewKey(
            permission,
            !unlimited,
            spec.credits(),
            spec.networks(),
            spec.chainIds(),
            spec.walletScopes());
    MasumiWire.Key created;
    try {
      created = api().create(body);
    } catch (ApiError e) {
      // An unknown hot-wallet id answers an opaque 500; retrying will not help.
      if (e.status() != 500 || spec.walletScopes().isEmpty()) throw e;
      throw new KeyadmException(
          KeyadmException.Kind.REJECTED,
          e.getMessage()
              + "; the likely cause is a --wallet-scope id that is not a hot wallet of this"
              + " server; "
              + MasumiApi.LIST_HINT);
    }
    String token = created.token();
    if (token == null || token.isEmpty() || token.startsWith("*")) {
      throw KeyadmException.unusable(
          "key "
              + created.id()
              + " was created but the server returned no token; revoke it with 'keyadm key revoke "
              + created.id()
              + "'");
    }
    return new CreatedKey(toKey(created), token);
  }

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
    MasumiWire.KeyUpdate update = MasumiPatches.update(keyId, patch, find(keyId).orElse(null));
    return toKey(api().patch(update));
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

  private ApiKey toKey(MasumiWire.Key k) {
    String kind = k.permission();
    List<String> scopes =
        switch (kind) {
          case "admin" -> List.of("read", "pay", "admin");
          case "pay" -> List.of("read", "pay");
          default -> List.of("read");
        };
    return new ApiKey(
        k.id(),
        null,
        MasumiModule.ID,
        k.revoked() ? ApiKey.REVOKED : ApiKey.ACTIVE,
        kind,
        null,
        null,
        null,
        k.remainingCredits(),
        k.networks(),
        scopes,
        k.raw());
  }
}
