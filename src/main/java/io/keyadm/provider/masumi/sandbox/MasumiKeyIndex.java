package io.keyadm.provider.masumi.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.sandbox.StateStore;
import java.util.HashMap;
import java.util.Map;

/**
 * The stored keys by id (in list order) and by token, built once for a state and kept until it
 * changes: a request looks up its caller and its key without a walk over every key.
 */
final class MasumiKeyIndex {

  final InclusiveCursorPage byId;
  private final Map<String, ObjectNode> byToken = new HashMap<>();

  private MasumiKeyIndex(ObjectNode root) {
    JsonNode keys = root.path("keys");
    byId = InclusiveCursorPage.index(keys);
    // The last key with a token wins, as a walk over the keys would find it.
    for (JsonNode k : keys) byToken.put(k.path("token").asText(), (ObjectNode) k);
  }

  static MasumiKeyIndex of(StateStore.Transaction tx) {
    return tx.derived(MasumiKeyIndex.class, MasumiKeyIndex::new);
  }

  /** The key with this token, revoked or not; null when none has it. */
  ObjectNode withToken(String token) {
    return byToken.get(token);
  }

  /** The key with this id, soft-deleted or not; null when none has it. */
  ObjectNode withId(String id) {
    return (ObjectNode) byId.find(id);
  }
}
