package io.keyadm.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.core.ApiKey;
import io.keyadm.core.CreatedKey;
import io.keyadm.core.Credit;
import io.keyadm.core.Secrets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How keys look in every format: the table columns of each provider, and the provider-neutral JSON
 * model {@code {id, name, provider, status, kind, createdAt, expiresAt, lastUsedAt, credits,
 * networks, scopes, raw}} that scripts rely on.
 */
public final class KeyViews {

  private record Column(String header, Function<ApiKey, String> value) {}

  private static final List<Column> MASUMI =
      List.of(
          new Column("id", ApiKey::id),
          new Column("permission", ApiKey::kind),
          new Column("status", ApiKey::status),
          new Column("limited", k -> yesNo(k.raw().path("usageLimited"))),
          new Column("credits", k -> credits(k.credits())),
          new Column("networks", k -> String.join(",", k.networks())),
          new Column("token", k -> maskedText(k.raw(), "token")));

  private static final List<Column> MASUMI_DETAIL_EXTRA =
      List.of(
          new Column("chain ids", k -> joinText(k.raw().path("ChainIdLimit"), null)),
          new Column("wallet scopes", k -> joinText(k.raw().path("WalletScopes"), "hotWalletId")));

  private static final List<Column> PERS =
      List.of(
          new Column("id", ApiKey::id),
          new Column("name", ApiKey::name),
          new Column("type", ApiKey::kind),
          new Column("status", ApiKey::status),
          new Column("created", k -> time(k.createdAt())),
          new Column("expires", k -> time(k.expiresAt())),
          new Column("last used", k -> time(k.lastUsedAt())),
          new Column("preview", k -> k.raw().path("shortenedPrivateKey").asText("")));

  private static final List<Column> NFT =
      List.of(
          new Column("id", ApiKey::id),
          new Column("scopes", k -> String.join(",", k.scopes())),
          new Column("org", k -> k.raw().path("orgId").asText("")),
          new Column("created by", k -> k.raw().path("createdBy").asText("")),
          new Column("status", ApiKey::status),
          new Column("created", k -> time(k.createdAt())),
          new Column("expires", k -> time(k.expiresAt())));

  private final ObjectMapper mapper;
  private final boolean showSecrets;

  /**
   * @param showSecrets whether {@code raw} keeps secret fields in clear ({@code --show-secrets})
   */
  public KeyViews(ObjectMapper mapper, boolean showSecrets) {
    this.mapper = mapper;
    this.showSecrets = showSecrets;
  }

  public Listing list(String provider, List<ApiKey> keys) {
    List<Column> columns = columns(provider);
    ArrayNode json = mapper.createArrayNode();
    keys.forEach(k -> json.add(model(k)));
    Listing listing =
        Listing.rows(
                columns.stream().map(Column::header).toList(),
                json,
                keys.stream().map(ApiKey::id).toList())
            .whenEmpty("no keys");
    for (ApiKey k : keys) listing.add(values(columns, k));
    return listing;
  }

  public Listing one(ApiKey key) {
    List<Column> columns = new ArrayList<>(columns(key.provider()));
    if ("masumi".equals(key.provider())) columns.addAll(MASUMI_DETAIL_EXTRA);
    return Listing.single(columns.stream().map(Column::header).toList(), model(key), key.id())
        .add(values(columns, key));
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
    json.set("raw", Secrets.maskFields(created.key().raw()));
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
            : showSecrets ? k.raw() : Secrets.maskFields(k.raw()));
    return n;
  }

  private static List<Column> columns(String provider) {
    return switch (provider) {
      case "pers" -> PERS;
      case "nft" -> NFT;
      default -> MASUMI;
    };
  }

  private List<String> values(List<Column> columns, ApiKey k) {
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

  static String time(Instant t) {
    return t == null ? "-" : DateTimeFormatter.ISO_INSTANT.format(t);
  }

  private static String yesNo(JsonNode flag) {
    return flag.isMissingNode() || flag.isNull() ? "" : flag.asBoolean() ? "yes" : "no";
  }

  private static String credits(List<Credit> credits) {
    return credits.isEmpty()
        ? "-"
        : credits.stream().map(Credit::toString).collect(Collectors.joining(", "));
  }

  private static String maskedText(JsonNode raw, String field) {
    JsonNode v = raw.path(field);
    return v.isTextual() ? Secrets.mask(v.asText()) : "";
  }

  private static String joinText(JsonNode array, String field) {
    List<String> parts = new ArrayList<>();
    array.forEach(e -> parts.add(field == null ? e.asText() : e.path(field).asText()));
    return parts.isEmpty() ? "-" : String.join(",", parts);
  }
}
