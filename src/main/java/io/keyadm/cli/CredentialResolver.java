package io.keyadm.cli;

import io.keyadm.config.Credential;
import io.keyadm.config.CredentialChain;
import io.keyadm.config.Profile;
import io.keyadm.config.Secret;
import io.keyadm.http.Redactor;
import io.keyadm.provider.ProviderContext;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The credentials of a run, each looked up once through the documented chain and registered with
 * the redactor so that no trace or error line can show it.
 */
public final class CredentialResolver implements ProviderContext.Credentials {

  private final GlobalOptions options;
  private final CredentialChain chain;
  private final Supplier<Profile> profile;
  private final Redactor redactor;
  private final Map<Secret, Credential> resolved = new HashMap<>();

  CredentialResolver(
      GlobalOptions options, CredentialChain chain, Supplier<Profile> profile, Redactor redactor) {
    this.options = options;
    this.chain = chain;
    this.profile = profile;
    this.redactor = redactor;
  }

  @Override
  public Credential find(Secret secret) {
    return resolve(secret, false);
  }

  @Override
  public Credential require(Secret secret) {
    return resolve(secret, true);
  }

  @Override
  public String readFile(String file, String option) {
    return chain.readSecretFile(file, option);
  }

  /** Where the token in use came from, for hints on authentication failures; null before. */
  public String tokenSource() {
    Credential c = resolved.get(Secret.TOKEN);
    return c == null ? null : c.source();
  }

  private Credential resolve(Secret secret, boolean required) {
    String file = options.secretFile(secret);
    if (resolved.containsKey(secret)) {
      Credential c = resolved.get(secret);
      return c == null && required ? chain.require(secret, file, profile.get()) : c;
    }
    Credential c =
        required
            ? chain.require(secret, file, profile.get())
            : chain.find(secret, file, profile.get());
    if (c != null) redactor.addSecret(c.value());
    resolved.put(secret, c);
    return c;
  }
}
