package io.keyadm.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tenant object as the server returned it, with its one-time secrets lifted out.
 *
 * @param profile the credentials a profile for this tenant would hold, by config key
 */
public record TenantResult(
    JsonNode tenant, Map<String, String> secrets, Map<String, String> profile) {

  public TenantResult {
    secrets = new LinkedHashMap<>(secrets);
    profile = new LinkedHashMap<>(profile);
  }
}
