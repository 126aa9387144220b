package io.keyadm.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** JWTs in the shape the real services issue, for the sandbox's credentials and for tests. */
public final class SandboxJwts {

  private static final byte[] KEY = "keyadm-sandbox-hs256-key".getBytes(StandardCharsets.UTF_8);

  private SandboxJwts() {}

  /**
   * An HS256 JWT with the given claims, signed with the sandbox's fixed key so that, as with real
   * tokens, no two differ only in their claims (the sandbox itself checks tokens by equality).
   */
  public static String jwt(String claimsJson) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String signed =
        b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
            + "."
            + b64.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
      return signed
          + "."
          + b64.encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
