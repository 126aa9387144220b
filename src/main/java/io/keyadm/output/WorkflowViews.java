package io.keyadm.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.core.RevokeOutcome;
import io.keyadm.core.Rotation;
import java.util.ArrayList;
import java.util.List;

/** How the results of key workflows look: a bulk revoke's report and a rotation's summary. */
public final class WorkflowViews {

  private final ObjectMapper mapper;
  private final KeyViews keys;

  public WorkflowViews(ObjectMapper mapper, KeyViews keys) {
    this.mapper = mapper;
    this.keys = keys;
  }

  /**
   * One row per key: {@code ID OUTCOME}; JSON {@code [{id, outcome, message}]}; ids: the keys that
   * ended revoked.
   */
  public Listing revokeReport(List<RevokeOutcome> outcomes) {
    ArrayNode json = mapper.createArrayNode();
    List<String> ids = new ArrayList<>();
    Listing listing = Listing.rows(List.of("ID", "OUTCOME"), json, ids);
    for (RevokeOutcome o : outcomes) {
      json.addObject()
          .put("id", o.id())
          .put("outcome", o.outcome().label)
          .put("message", o.message());
      if (o.succeeded()) ids.add(o.id());
      listing.add(List.of(o.id(), o.text()));
    }
    return listing.whenEmpty("no keys");
  }

  /**
   * {@code old → new}, whether the old key was revoked and the successor verified; JSON {@code
   * {old, new, secret, verified, oldRevoked}}, {@code secret} null unless delivered here.
   */
  public Listing rotation(Rotation r) {
    ObjectNode json = mapper.createObjectNode();
    json.put("old", r.old().id());
    json.set("new", keys.created(r.successor(), false).json());
    ((ObjectNode) json.get("new")).remove("secret");
    if (r.secretOnStdout()) json.put("secret", r.successor().secret());
    else json.putNull("secret");
    json.put("verified", r.verified());
    json.put("oldRevoked", r.oldRevoked());
    List<String> fields = new ArrayList<>(List.of("old", "new", "revoked old", "verified"));
    List<String> row =
        new ArrayList<>(
            List.of(
                r.old().id(),
                r.successor().key().id(),
                r.oldRevoked() ? "yes" : "no (still active)",
                r.verified() ? "yes" : "no"));
    if (r.secretOnStdout()) {
      fields.add("secret");
      row.add(r.successor().secret());
    }
    return Listing.single(fields, json, r.successor().key().id()).add(row);
  }
}
