package io.keyadm.core;

import java.util.LinkedHashMap;
import java.util.Map;

/** The tenant settings {@code tenant update} names, keyed by the server's field names. */
public record TenantUpdate(Map<String, Object> fields) {

  public TenantUpdate {
    fields = new LinkedHashMap<>(fields);
  }
}
