package io.keyadm.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** JWTs in the shape the real services issue, for the sandbox's credentials and for tests. */
public final class SandboxJwts {

  private SandboxJwts() {}

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
