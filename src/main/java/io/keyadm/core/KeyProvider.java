package io.keyadm.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * One key-management service, connected. The default methods are the operations only some providers
 * have; a command checks its provider's capabilities before it calls one of them.
 */
public interface KeyProvider {

  StatusReport status();

  List<ApiKey> listKeys(ListQuery query);

  ApiKey getKey(String keyId);

  /**
   * Checks the provider options of a command before anything is sent or any credential is read; a
   * usage error names the option.
   *
   * @param command the command path, e.g. {@code key create}
   */
  default void check(String command, OptionValues options) {}

  CreatedKey createKey(OptionValues options);

  /** Revokes one key; a key that is already revoked counts as success. */
  ApiKey revokeKey(String keyId);

  /**
   * The options of {@code key create} that make a successor of {@code old}: what this provider lets
   * a new key copy from it, with what the rotate command was given in their place.
   *
   * @param given the provider options of {@code key rotate}
   * @param now the time a lifetime is counted from
   */
  default OptionValues successorOf(ApiKey old, OptionValues given, Instant now) {
    throw new UnsupportedOperationException("key rotate");
  }

  /**
   * Makes one authenticated call with {@code secret} instead of the run's own credential; fails as
   * that call fails.
   */
  default void verifySecret(String secret) {
    throw new UnsupportedOperationException("key rotate --verify");
  }

  /**
   * The id of the key this connection authenticates with, or null when its credential is not one of
   * the keys this provider lists.
   */
  default String credentialKeyId() {
    return null;
  }

  default ApiKey patchKey(String keyId, OptionValues options) {
    throw new UnsupportedOperationException("key patch");
  }

  default List<JsonNode> listRpcKeys() {
    throw new UnsupportedOperationException("rpc-keys list");
  }

  default TenantAdmin tenants() {
    throw new UnsupportedOperationException("tenant");
  }

  /**
   * The credential in use as the provider sees it; by default what {@link #status()} says of it. A
   * provider whose key list already proves the credential may answer without a call.
   */
  default CredentialState credential() {
    return new CredentialState("the token", status().invalidReason(), null);
  }
}
