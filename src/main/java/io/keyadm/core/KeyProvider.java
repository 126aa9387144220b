package io.keyadm.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One key-management service. The default methods are the operations only some providers have; they
 * fail with a usage error that names the providers that can.
 */
public interface KeyProvider {

  String id();

  StatusReport status();

  List<ApiKey> listKeys(ListQuery query);

  ApiKey getKey(String keyId);

  CreatedKey createKey(KeySpec spec);

  /** Revokes one key; a key that is already revoked counts as success. */
  ApiKey revokeKey(String keyId);

  default ApiKey patchKey(String keyId, KeyPatch patch) {
    throw KeyadmException.unsupported("key patch", id(), "masumi");
  }

  default List<JsonNode> listRpcKeys() {
    throw KeyadmException.unsupported("rpc-keys list", id(), "masumi");
  }

  default TenantAdmin tenants() {
    throw KeyadmException.unsupported("tenant", id(), "pers");
  }
}
