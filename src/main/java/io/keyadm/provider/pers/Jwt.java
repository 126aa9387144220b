package io.keyadm.provider.pers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Base64;

/** The claims of a JWT, decoded locally without checking its signature (only the server can). */
record Jwt(JsonNode claims) {

  /**
   * @return the claims, or null when the text is not a JWT
   */
  static Jwt decode(String token, ObjectMapper mapper) {
    if (token == null) return null;
    String[] parts = token.split("\\.");
    if (parts.length != 3) return null;
    try {
      JsonNode claims = mapper.readTree(Base64.getUrlDecoder().decode(parts[1]));
      return claims != null && claims.isObject() ? new Jwt(claims) : null;
    } catch (Exception e) {
      return null;
    }
  }

  String text(String claim) {
    JsonNode v = claims.get(claim);
    return v == null || v.isNull() ? null : v.asText();
  }

  Instant time(String claim) {
    JsonNode v = claims.get(claim);
    return v != null && v.canConvertToLong() ? Instant.ofEpochSecond(v.asLong()) : null;
  }
}
