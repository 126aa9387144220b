package io.keyadm.provider;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyadm.config.Credential;
import io.keyadm.config.CredentialChain.Secret;
import io.keyadm.http.HttpSettings;
import io.keyadm.http.Redactor;
import java.time.Clock;

/**
 * Everything a provider needs to connect: where, with which credentials, and how.
 *
 * @param authHeader the header that carries the token, where the provider lets the operator choose
 * @param authScheme the token's prefix in that header ("Bearer"), or empty for a bare token
 */
public record ProviderContext(
    String baseUrl,
    Credentials credentials,
    String authHeader,
    String authScheme,
    HttpSettings http,
    Redactor redactor,
    ObjectMapper mapper,
    Clock clock) {

  /** The credential chain as seen by a provider: resolved on first use. */
  public interface Credentials {
    /**
     * @return the credential, or null when none is configured
     */
    Credential find(Secret secret);

    /**
     * @return the credential; an authentication failure (exit 3) when none is configured
     */
    Credential require(Secret secret);
  }
}
