package io.keyadm.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code status} found out about the calling credential: ordered facts for people, the
 * server's object for scripts, and why the credential is not valid (null when it is).
 */
public record StatusReport(Map<String, Object> facts, JsonNode raw, String invalidReason) {

  public StatusReport {
    facts = new LinkedHashMap<>(facts);
  }

  public StatusReport(Map<String, Object> facts, JsonNode raw) {
    this(facts, raw, null);
  }
}
