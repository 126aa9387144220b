package io.keyadm.provider;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyadm.config.Credential;
import io.keyadm.config.Secret;
import io.keyadm.http.HttpSettings;
import io.keyadm.http.Redactor;
import java.time.Clock;
import java.util.Map;

/**
 * Everything a provider needs to connect: where, with which credentials, and how.
 *
 * @param settings the profile's plain settings (the module's {@link ProfileSetting}s), empty
 *     without a profile
 */
public record ProviderContext(
    String baseUrl,
    Credentials credentials,
    Map<String, String> settings,
    HttpSettings http,
    Redactor redactor,
    ObjectMapper mapper,
    Clock clock) {

  public ProviderContext {
    settings = settings == null ? Map.of() : Map.copyOf(settings);
  }

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

    /**
     * Reads a secret the operator names with a file option: the first line of the file, or of stdin
     * for {@code -}.
     */
    String readFile(String file, String option);
  }
}
