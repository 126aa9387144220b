package io.keyadm.core;

import java.util.List;

/**
 * A freshly created key together with its one-time secret, which the server never shows again.
 *
 * @param warnings what the operator should know about how the server took the request
 */
public record CreatedKey(ApiKey key, String secret, List<String> warnings) {

  public CreatedKey {
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  public CreatedKey(ApiKey key, String secret) {
    this(key, secret, List.of());
  }
}
