package io.keyadm.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.output.KeyViews;
import io.keyadm.output.Listing;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How findings look in every format: a row each for tables and csv, {@code {profile, provider,
 * rule, severity, keyId, message, key}} for json and yaml (the key in the model of {@code key
 * list}, its secrets masked), and the ids of the keys found for {@code -o id}.
 */
public final class FindingViews {

  static final List<String> HEADERS =
      List.of("profile", "provider", "severity", "rule", "key", "message");

  private final ObjectMapper mapper;
  private final KeyViews keys;

  /**
   * @param keys the key model; built so that it masks secrets whatever --show-secrets says
   */
  public FindingViews(ObjectMapper mapper, KeyViews keys) {
    this.mapper = mapper;
    this.keys = keys;
  }

  public Listing list(List<Finding> findings) {
    ArrayNode json = mapper.createArrayNode();
    Set<String> ids = new LinkedHashSet<>();
    List<List<String>> rows = new ArrayList<>();
    for (Finding f : findings) {
      ObjectNode n = json.addObject();
      n.put("profile", f.profile());
      n.put("provider", f.provider());
      n.put("rule", f.rule().id());
      n.put("severity", f.severity().label());
      n.put("keyId", f.keyId());
      n.put("message", f.message());
      if (f.key() == null) n.putNull("key");
      else n.set("key", keys.model(f.key()));
      if (f.keyId() != null) ids.add(f.keyId());
      rows.add(
          List.of(
              f.profile(),
              f.provider(),
              f.severity().label(),
              f.rule().id(),
              f.keyId() == null ? "-" : f.keyId(),
              f.message()));
    }
    Listing listing = Listing.rows(HEADERS, json, List.copyOf(ids));
    rows.forEach(listing::add);
    return listing;
  }
}
