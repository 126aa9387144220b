package io.keyadm.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The sandbox's fixed admin credentials. They guard nothing (the sandbox listens on loopback only
 * and holds no real keys) and are documented, so scripts can rely on them.
 */
public final class SandboxCredentials {

  /** Masumi admin token, in the shape the real service issues. */
  public static final String MASUMI_ADMIN_TOKEN = "masumi-payment-admin-sandbox0admin0token00001";

  /** PERS project key (64 hex characters, like a real one). */
  public static final String PERS_PROJECT_KEY =
      "5a17b0c0ffee0000000000000000000000000000000000000000000000000001";

  /** PERS tenant admin JWT; it expires in 2100 so that {@code status} reports it valid. */
  public static final String PERS_ADMIN_JWT =
      jwt(
          "{\"sub\":\"sandbox-admin\",\"tenantId\":\"sandbox-tenant\",\"type\":\"TENANT_ADMIN_JWT\","
              + "\"iat\":1767225600,\"exp\":4102444800}");

  /** NFT platform token. */
  public static final String NFT_ADMIN_TOKEN = "nft-sandbox-owner-token-0001";

  private SandboxCredentials() {}

  /** The admin credentials of one provider's part, by config key; null when it has none. */
  public static java.util.Map<String, String> of(String provider) {
    return switch (provider) {
      case "masumi" -> java.util.Map.of("token", MASUMI_ADMIN_TOKEN);
      case "pers" -> {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("token", PERS_ADMIN_JWT);
        m.put("project-key", PERS_PROJECT_KEY);
        yield m;
      }
      case "nft" -> java.util.Map.of("token", NFT_ADMIN_TOKEN);
      default -> null;
    };
  }

  /**
   * An unsigned-looking HS256 JWT with the given claims; the sandbox checks it by equality only.
   */
  public static String jwt(String claimsJson) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString(
            "{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
        + "."
        + b64.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8))
        + "."
        + b64.encodeToString("keyadm-sandbox-signature".getBytes(StandardCharsets.UTF_8));
  }
}
