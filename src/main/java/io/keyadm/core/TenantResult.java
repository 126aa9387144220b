package io.keyadm.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** A tenant object as the server returned it, with its one-time secrets lifted out. */
public record TenantResult(JsonNode tenant, Map<String, String> secrets) {

  public TenantResult {
    secrets = new LinkedHashMap<>(secrets);
  }
}
