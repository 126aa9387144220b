package io.keyadm.provider.pers;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyadm.config.Credential;
import io.keyadm.core.CredentialState;
import java.time.Instant;

/** The tenant admin JWT as read locally from its claims: only the server can say it is genuine. */
final class PersCredential {

  private PersCredential() {}

  static CredentialState of(Credential token, ObjectMapper mapper, Instant now) {
    Jwt jwt = Jwt.decode(token.value(), mapper);
    Instant exp = jwt == null ? null : jwt.time("exp");
    String invalid =
        exp != null && !exp.isAfter(now)
            ? "it expired at " + exp + "; " + PersSession.TOKEN_HINT
            : null;
    return new CredentialState("the admin JWT", invalid, exp);
  }
}
