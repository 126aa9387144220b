package io.keyadm.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.core.Secrets;
import io.keyadm.core.StatusReport;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How results other than keys look: status reports, RPC provider keys, tenant objects. */
public final class ObjectViews {

  private final ObjectMapper mapper;
  private final boolean showSecrets;

  private final Set<String> secretFields;

  /**
   * @param secretFields the names of fields whose values are secrets, masked unless showSecrets
   */
  public ObjectViews(ObjectMapper mapper, boolean showSecrets, Set<String> secretFields) {
    this.mapper = mapper;
    this.showSecrets = showSecrets;
    this.secretFields = secretFields;
  }

  /** A status report: its facts in a table; {@code {...facts, raw}} for scripts. */
  public Listing status(StatusReport report) {
    ObjectNode json = mapper.createObjectNode();
    List<String> values = new ArrayList<>();
    for (Map.Entry<String, Object> e : report.facts().entrySet()) {
      String v = e.getValue() == null ? null : String.valueOf(e.getValue());
      json.put(camel(e.getKey()), v);
      values.add(v == null ? "-" : v);
    }
    json.set("raw", masked(report.raw()));
    Object id = report.facts().get("id");
    return Listing.single(
            new ArrayList<>(report.facts().keySet()), json, id == null ? null : id.toString())
        .add(values);
  }

  /**
   * Masumi's RPC provider keys; {@code rpcProviderApiKey} is a plaintext secret and masked by
   * default.
   */
  public Listing rpcKeys(List<JsonNode> keys) {
    ArrayNode json = mapper.createArrayNode();
    List<String> ids = new ArrayList<>();
    Listing listing =
        Listing.rows(List.of("id", "provider", "network", "key", "created", "updated"), json, ids)
            .whenEmpty("no RPC provider keys");
    for (JsonNode k : keys) {
      json.add(masked(k));
      ids.add(k.path("id").asText());
      String secret = k.path("rpcProviderApiKey").asText("");
      listing.add(
          List.of(
              k.path("id").asText(""),
              k.path("rpcProvider").asText(""),
              k.path("network").asText(""),
              showSecrets ? secret : Secrets.mask(secret),
              k.path("createdAt").asText("-"),
              k.path("updatedAt").asText("-")));
    }
    return listing;
  }

  /** Any server object, one row per field (nested values as compact JSON), secrets masked. */
  public Listing object(JsonNode node, String idField) {
    JsonNode shown = masked(node);
    List<String> fields = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = shown.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      fields.add(e.getKey());
      JsonNode v = e.getValue();
      values.add(v.isNull() ? "-" : v.isValueNode() ? v.asText() : v.toString());
    }
    String id = node.path(idField).isValueNode() ? node.path(idField).asText() : null;
    return Listing.single(fields, shown, id).add(values);
  }

  /** A lone value (PERS's login token is a JSON string). */
  public Listing value(String field, String value) {
    ObjectNode json = mapper.createObjectNode().put(field, value);
    return Listing.single(List.of(field), json, value).add(List.of(value));
  }

  private JsonNode masked(JsonNode node) {
    if (node == null) return mapper.createObjectNode();
    return showSecrets ? node : Secrets.maskFields(node, secretFields);
  }

  private static String camel(String label) {
    StringBuilder sb = new StringBuilder();
    boolean up = false;
    for (char c : label.toCharArray()) {
      if (c == ' ' || c == '-') {
        up = true;
      } else {
        sb.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return sb.toString();
  }
}
