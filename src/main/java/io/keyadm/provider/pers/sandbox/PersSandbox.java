package io.keyadm.provider.pers.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.sandbox.Emulator;
import io.keyadm.sandbox.SandboxJwts;
import io.keyadm.sandbox.SandboxPart;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** PERS's part of the sandbox: the v2 tenant and API-key endpoints, with one seeded tenant. */
public final class PersSandbox implements SandboxPart {

  /**
   * The seeded tenant's project key (64 hex characters, like a real one). Like every sandbox
   * credential it guards nothing and is documented, so scripts can rely on it.
   */
  public static final String PROJECT_KEY =
      "5a17b0c0ffee0000000000000000000000000000000000000000000000000001";

  /** The seeded tenant's admin JWT; it expires in 2100 so that {@code status} reports it valid. */
  public static final String ADMIN_JWT =
      SandboxJwts.jwt(
          "{\"sub\":\"sandbox-admin\",\"tenantId\":\"sandbox-tenant\",\"type\":\"TENANT_ADMIN_JWT\","
              + "\"iat\":1767225600,\"exp\":4102444800}");

  private static final String SANDBOX_TENANT = "sandbox-tenant";

  private static final Map<String, String> CREDENTIALS;

  static {
    Map<String, String> credentials = new LinkedHashMap<>();
    credentials.put("token", ADMIN_JWT);
    credentials.put("project-key", PROJECT_KEY);
    CREDENTIALS = Collections.unmodifiableMap(credentials);
  }

  @Override
  public String id() {
    return "pers";
  }

  @Override
  public String basePath() {
    return "/pers/v2";
  }

  @Override
  public void seed(ObjectNode root) {
    ObjectNode t = root.putArray("tenants").addObject();
    t.put("projectName", "Sandbox Loyalty")
        .put("acronym", "SBL")
        .put("id", SANDBOX_TENANT)
        .put("createdAt", "2026-01-01T00:00:00.000Z");
    t.put("projectDescription", "The keyadm sandbox tenant")
        .put("projectWebsite", "https://sandbox.invalid")
        .put("projectEmail", "admin@sandbox.invalid");
    t.put("projectImageUrl", "https://sandbox.invalid/logo.png");
    t.put("projectApiKey", PROJECT_KEY).put("testnetProjectApiKey", "pk_test_" + PROJECT_KEY);
    t.put("allowJWTForUnauthenticatedUsers", false).put("defaultWalletManagementType", "custodial");
    t.put("stripePublishableKey", "pk_test_sandbox").put("firebaseTenantId", "sandbox-firebase");
    t.put("loginToken", "sandbox-login-token-0001");
    t.putArray("adminJwts").add(ADMIN_JWT);
    ArrayNode keys = root.putArray("apiKeys");
    keys.addObject()
        .put("id", "0b0e5f6a-1c2d-4e5f-8a9b-000000000001")
        .put("tenantId", SANDBOX_TENANT)
        .put("type", "TENANT_SYSTEM_JWT")
        .put("name", "Integration (seeded)")
        .put("createdAt", "2026-01-01T00:00:00.000Z")
        .put("shortenedPrivateKey", "eyJhbGci...AAA1")
        .put("expiresAt", "2099-01-01T00:00:00.000Z")
        .put("isRevoked", false)
        .putNull("lastUsedAt");
    keys.addObject()
        .put("id", "0b0e5f6a-1c2d-4e5f-8a9b-000000000002")
        .put("tenantId", SANDBOX_TENANT)
        .put("type", "TENANT_SYSTEM_JWT")
        .put("name", "Old integration (revoked)")
        .put("createdAt", "2026-01-01T00:00:00.000Z")
        .put("shortenedPrivateKey", "eyJhbGci...AAA2")
        .putNull("expiresAt")
        .put("isRevoked", true)
        .put("lastUsedAt", "2026-02-01T00:00:00.000Z");
  }

  /** PERS answers a failed authentication at once: the delay is not used. */
  @Override
  public Emulator emulator(ObjectMapper mapper, long authFailureDelayMillis) {
    return new PersEmulator(mapper);
  }

  @Override
  public Map<String, String> credentials() {
    return CREDENTIALS;
  }
}
