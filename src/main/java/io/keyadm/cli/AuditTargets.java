package io.keyadm.cli;

import io.keyadm.audit.Target;
import io.keyadm.audit.Thresholds;
import io.keyadm.config.CredentialChain;
import io.keyadm.config.Profile;
import io.keyadm.config.Secret;
import io.keyadm.core.KeyProvider;
import io.keyadm.http.HttpSettings;
import io.keyadm.provider.ProviderContext;
import io.keyadm.provider.ProviderModule;
import java.util.HashMap;
import java.util.Map;

/**
 * The connections of an audit: the run's own one for a single profile, or one per profile, each
 * with only that profile's credentials, sharing one embedded sandbox for the built-in profiles.
 */
final class AuditTargets implements AutoCloseable {

  private final Services services;
  private CredentialChain ownChain;
  private EmbeddedSandbox sandbox;

  AuditTargets(Services services) {
    this.services = services;
  }

  /** The profile the run selected (or --url), through the run's connection and credential chain. */
  Target selected(Profile profile, Thresholds thresholds) {
    Connection connection = services.connection();
    ProviderModule module = connection.module();
    return new Target(
        profile == null ? null : profile.name(),
        module.id(),
        module.keyTraits(),
        thresholds,
        new Target.Connector() {
          @Override
          public KeyProvider open() {
            return connection.provider();
          }

          @Override
          public String host() {
            return connection.host();
          }
        });
  }

  /** A profile on a connection of its own, with only the credential sources the profile names. */
  Target own(Profile profile, Thresholds thresholds) {
    ProviderModule module = services.providers().get(profile.provider());
    HttpSettings http = services.connection().http();
    CredentialChain chain = ownChain();
    return new Target(
        profile.name(),
        module.id(),
        module.keyTraits(),
        thresholds,
        new Target.Connector() {
          private volatile String host;

          @Override
          public KeyProvider open() {
            String url = profile.url();
            if (BuiltInProfiles.EMBEDDED_URL.equals(url)) url = sandboxUrl(module.id());
            host = Connection.hostOf(url);
            CredentialResolver credentials =
                new CredentialResolver(
                    services.options(), chain, () -> profile, services.redactor());
            ProviderContext context =
                new ProviderContext(
                    url,
                    credentials,
                    profile.settings(),
                    http,
                    services.redactor(),
                    services.mapper(),
                    services.streams().clock());
            return services.opener().open(module, context);
          }

          @Override
          public String host() {
            return host;
          }
        });
  }

  /**
   * The run's environment without the KEYADM_ secret variables: one token cannot be right for
   * profiles of different services.
   */
  private synchronized CredentialChain ownChain() {
    if (ownChain == null) {
      Map<String, String> env = new HashMap<>(services.streams().env());
      for (Secret s : services.providers().secrets()) env.remove(s.envVariable());
      ownChain = new CredentialChain(env, services.streams().stdin());
    }
    return ownChain;
  }

  private synchronized String sandboxUrl(String provider) {
    if (sandbox == null)
      sandbox = EmbeddedSandbox.start(services.sandboxStateDir(), services.providers(), provider);
    return sandbox.baseUrl(provider);
  }

  @Override
  public synchronized void close() {
    if (sandbox != null) sandbox.close();
    sandbox = null;
  }
}
