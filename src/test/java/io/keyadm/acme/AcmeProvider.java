package io.keyadm.acme;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyadm.config.Secret;
import io.keyadm.core.ApiKey;
import io.keyadm.core.CreatedKey;
import io.keyadm.core.KeyProvider;
import io.keyadm.core.KeyadmException;
import io.keyadm.core.ListQuery;
import io.keyadm.core.OptionValues;
import io.keyadm.core.StatusReport;
import io.keyadm.http.ApiClient;
import io.keyadm.http.ServerError;
import io.keyadm.provider.Json;
import io.keyadm.provider.ProviderContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Acme's keys: {@code {id, label, createdAt, revoked}}; a create answers the secret once. */
final class AcmeProvider implements KeyProvider {

  private final ProviderContext ctx;
  private ApiClient client;

  AcmeProvider(ProviderContext ctx) {
    this.ctx = ctx;
  }

  private ApiClient client() {
    if (client == null) {
      String token = ctx.credentials().require(Secret.TOKEN).value();
      client =
          ApiClient.connect(
              ctx.baseUrl(),
              ctx.http(),
              chain ->
                  chain.proceed(
                      chain
                          .request()
                          .newBuilder()
                          .header("Authorization", "Bearer " + token)
                          .build()),
              (status, reason, body) -> ServerError.statusLine(status, reason),
              ctx.redactor(),
              ctx.mapper());
    }
    return client;
  }

  @Override
  public StatusReport status() {
    List<ApiKey> keys = listKeys(ListQuery.all());
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("status", "valid");
    facts.put("keys", keys.size());
    return new StatusReport(facts, ctx.mapper().createObjectNode());
  }

  @Override
  public List<ApiKey> listKeys(ListQuery query) {
    return query.truncate(
        Json.array(client().get("/keys").send(), "keys").stream().map(this::toKey).toList());
  }

  @Override
  public ApiKey getKey(String keyId) {
    return listKeys(ListQuery.all()).stream()
        .filter(k -> k.id().equals(keyId))
        .findFirst()
        .orElseThrow(() -> KeyadmException.notFound("no key with id " + keyId));
  }

  @Override
  public CreatedKey createKey(OptionValues options) {
    var body = ctx.mapper().createObjectNode();
    if (options.has(AcmeModule.LABEL)) body.put("label", options.one(AcmeModule.LABEL));
    JsonNode created = Json.object(client().post("/keys").body(body).send(), "the new key");
    return new CreatedKey(toKey(created), Json.text(created, "secret"));
  }

  @Override
  public ApiKey revokeKey(String keyId) {
    client().delete("/keys/" + keyId).send();
    return ApiKey.revoked(keyId, "acme", null, null);
  }

  private ApiKey toKey(JsonNode n) {
    return new ApiKey(
        Json.id(n, "id"),
        Json.text(n, "label"),
        "acme",
        n.path("revoked").asBoolean() ? ApiKey.REVOKED : ApiKey.ACTIVE,
        "api-key",
        Json.time(n, "createdAt"),
        null,
        null,
        null,
        null,
        null,
        n);
  }
}
