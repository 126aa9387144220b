package io.keyadm.cli;

import io.keyadm.config.Durations;
import io.keyadm.core.KeyProvider;
import io.keyadm.core.KeyadmException;
import io.keyadm.core.OptionValues;
import io.keyadm.http.HttpSettings;
import io.keyadm.provider.ProviderContext;
import io.keyadm.provider.ProviderModule;
import io.keyadm.provider.Providers;
import java.net.URI;
import java.time.Duration;

/**
 * Opens the selected profile's provider for the running command: checks that the provider has the
 * command and its options, starts the embedded sandbox for a built-in profile, and connects.
 */
public final class Connection implements AutoCloseable {

  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  static final int DEFAULT_RETRIES = 2;
  static final Duration MAX_TIMEOUT = Duration.ofDays(24);

  /** How a module is opened; tests hand in a fake provider instead. */
  @FunctionalInterface
  public interface Opener {
    KeyProvider open(ProviderModule module, ProviderContext context);
  }

  private final Services services;
  private final Opener opener;
  private KeyProvider provider;
  private String host;
  private EmbeddedSandbox sandbox;

  Connection(Services services, Opener opener) {
    this.services = services;
    this.opener = opener;
  }

  /** The provider of the selected profile, checked for the running command. */
  public KeyProvider provider() {
    if (provider != null) return provider;
    services.output().format();
    Providers providers = services.providers();
    ProviderModule module = services.selection().module();
    CommandRun run = services.currentCommand();
    providers.requireCommand(module, run.path());
    providers.rejectForeignOptions(module, run.path(), run.options().names());
    module.check(run.path(), run.options(), services.streams().clock());
    String url = services.selection().url();
    if (BuiltInProfiles.EMBEDDED_URL.equals(url)) {
      String shared = services.session().sandboxUrl(module.id());
      if (shared != null) {
        url = shared;
      } else {
        sandbox = EmbeddedSandbox.start(services.sandboxStateDir(), providers, module.id());
        url = sandbox.baseUrl(module.id());
      }
    }
    host = hostOf(url);
    provider = opener.open(module, context(url));
    return provider;
  }

  /** The base URL as selected (--url, else the profile's), before any sandbox is started. */
  public String url() {
    return services.selection().url();
  }

  /** The selected provider's module, without connecting. */
  public ProviderModule module() {
    return services.selection().module();
  }

  /** The provider options the running command was given. */
  public OptionValues options() {
    return services.currentCommand().options();
  }

  private ProviderContext context(String url) {
    var profile = services.selection().profile();
    return new ProviderContext(
        url,
        services.credentials(),
        profile == null ? null : profile.settings(),
        http(),
        services.redactor(),
        services.mapper(),
        services.streams().clock());
  }

  /** How this run talks HTTP: --timeout, --retries, --debug. */
  HttpSettings http() {
    GlobalOptions options = services.options();
    int retries = options.retries == null ? DEFAULT_RETRIES : options.retries;
    if (retries < 0 || retries > 10)
      throw KeyadmException.usage("invalid value for --retries: " + retries + " (0 to 10)");
    return new HttpSettings(
        timeout(),
        retries,
        "keyadm/" + Version.get(),
        options.debug ? services.streams().err() : null,
        services.session().cancellation());
  }

  public Duration timeout() {
    String t = services.options().timeout;
    if (t == null) return DEFAULT_TIMEOUT;
    Duration d = Durations.parse(t, "--timeout");
    // The HTTP client counts its timeouts in int milliseconds: about 24 days.
    if (d.compareTo(MAX_TIMEOUT) > 0) {
      throw KeyadmException.usage(
          "invalid value for --timeout: "
              + t
              + " is too long (at most "
              + MAX_TIMEOUT.toDays()
              + "d)");
    }
    return d;
  }

  /** host:port of the server in use, once a provider was opened; null before. */
  public String host() {
    return host;
  }

  static String hostOf(String url) {
    try {
      URI uri = URI.create(url.trim());
      if (uri.getHost() == null) return url;
      int port =
          uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
      return uri.getHost() + ":" + port;
    } catch (IllegalArgumentException e) {
      throw KeyadmException.usage("invalid base URL '" + url + "' (expected http:// or https://)");
    }
  }

  @Override
  public void close() {
    if (sandbox != null) {
      sandbox.close();
      sandbox = null;
    }
  }
}
