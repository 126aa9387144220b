package io.keyadm.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.core.ApiKey;
import io.keyadm.core.CreatedKey;
import io.keyadm.core.KeyColumn;
import io.keyadm.core.Secrets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/**
 * How keys look in every format: the table columns of each provider, and the provider-neutral JSON
 * model {@code {id, name, provider, status, kind, createdAt, expiresAt, lastUsedAt, credits,
 * networks, scopes, raw}} that scripts rely on.
 */
public final class KeyViews {

  private final ObjectMapper mapper;
  private final boolean showSecrets;
  private final Set<String> secretFields;
  private final List<KeyColumn> columns;
  private final List<KeyColumn> detail;

  /**
   * @param showSecrets whether {@code raw} keeps secret fields in clear ({@code --show-secrets})
   * @param columns the provider's key table
   * @param detail the provider's fields of one key
   */
  public KeyViews(
      ObjectMapper mapper,
      boolean showSecrets,
      Set<String> secretFields,
      List<KeyColumn> columns,
      List<KeyColumn> detail) {
    this.mapper = mapper;
    this.secretFields = secretFields;
    this.showSecrets = showSecrets;
    this.columns = columns;
    this.detail = detail;
  }

  public Listing list(List<ApiKey> keys) {
    ArrayNode json = mapper.createArrayNode();
    keys.forEach(k -> json.add(model(k)));
    Listing listing =
        Listing.rows(
                columns.stream().map(KeyColumn::header).toList(),
                json,
                keys.stream().map(ApiKey::id).toList())
            .whenEmpty("no keys");
    for (ApiKey k : keys) listing.add(values(columns, k));
    return listing;
  }

  public Listing one(ApiKey key) {
    return Listing.single(detail.stream().map(KeyColumn::header).toList(), model(key), key.id())
        .add(values(detail, key));
  }

  /**
   * A created key: the one-time secret is the {@code secret} field of the JSON (raw stays masked so
   * it appears once) and, in a table, is left to the caller to print on its own line.
   *
   * @param includeSecret false when the secret went to a file instead of stdout
   */
  public Listing created(CreatedKey created, boolean includeSecret) {
    Listing base = one(created.key());
    ObjectNode json = (ObjectNode) base.json();
    json.set("raw", Secrets.maskFields(created.key().raw(), secretFields));
    if (includeSecret) {
      json.put("secret", created.secret());
      base.appendField("secret", created.secret());
    } else {
      json.putNull("secret");
    }
    return base;
  }

  /** The provider-neutral model of one key. */
  public ObjectNode model(ApiKey k) {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", k.id());
    n.put("name", k.name());
    n.put("provider", k.provider());
    n.put("status", k.status());
    n.put("kind", k.kind());
    n.put("createdAt", iso(k.createdAt()));
    n.put("expiresAt", iso(k.expiresAt()));
    n.put("lastUsedAt", iso(k.lastUsedAt()));
    ArrayNode credits = n.putArray("credits");
    k.credits().forEach(c -> credits.addObject().put("unit", c.unit()).put("amount", c.amount()));
    ArrayNode networks = n.putArray("networks");
    k.networks().forEach(networks::add);
    ArrayNode scopes = n.putArray("scopes");
    k.scopes().forEach(scopes::add);
    n.set(
        "raw",
        k.raw() == null
            ? mapper.createObjectNode()
            : showSecrets ? k.raw() : Secrets.maskFields(k.raw(), secretFields));
    return n;
  }

  private static List<String> values(List<KeyColumn> columns, ApiKey k) {
    return columns.stream()
        .map(
            c -> {
              String v = c.value().apply(k);
              return v == null ? "" : v;
            })
        .toList();
  }

  private static String iso(Instant t) {
    return t == null ? null : DateTimeFormatter.ISO_INSTANT.format(t);
  }
}
