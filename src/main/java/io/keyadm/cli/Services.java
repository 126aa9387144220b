package io.keyadm.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyadm.config.ConfigStore;
import io.keyadm.config.Credential;
import io.keyadm.config.CredentialChain;
import io.keyadm.config.CredentialChain.Secret;
import io.keyadm.config.Durations;
import io.keyadm.config.Profile;
import io.keyadm.config.SandboxProfiles;
import io.keyadm.core.KeyProvider;
import io.keyadm.core.KeyadmException;
import io.keyadm.http.HttpSettings;
import io.keyadm.http.Redactor;
import io.keyadm.http.Warmup;
import io.keyadm.output.KeyViews;
import io.keyadm.output.OutputFormat;
import io.keyadm.output.Printer;
import io.keyadm.provider.ProviderContext;
import io.keyadm.provider.Providers;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * What every command is handed: the environment, the streams, the clock, the console, the config
 * and the provider of the selected profile. Built once per run; tests build it with fakes.
 */
public final class Services implements AutoCloseable {

  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  static final int DEFAULT_RETRIES = 2;

  private final Map<String, String> env;
  private final InputStream stdin;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Clock clock;
  private final Console console;
  private final GlobalOptions options = new GlobalOptions();
  private ObjectMapper mapper;
  private Future<ObjectMapper> warmMapper;
  private boolean warmUpOnDemand;

  private ConfigStore config;
  private CredentialChain chain;
  private Redactor redactor;
  private KeyProvider provider;
  private Profile profile;
  private String host;
  private final Map<Secret, Credential> resolved = new EnumMap<>(Secret.class);
  private EmbeddedSandbox sandbox;

  public Services(
      Map<String, String> env,
      InputStream stdin,
      PrintWriter out,
      PrintWriter err,
      Clock clock,
      Console console) {
    this.env = Map.copyOf(env);
    this.stdin = stdin;
    this.out = out;
    this.err = err;
    this.clock = clock;
    this.console = console;
  }

  /** The real process: its environment, standard streams, clock and terminal. */
  public static Services system() {
    PrintWriter out =
        new PrintWriter(
            new BufferedWriter(
                new OutputStreamWriter(
                    new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8)),
            false);
    PrintWriter err =
        new PrintWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8),
            true);
    Services services =
        new Services(System.getenv(), System.in, out, err, Clock.systemUTC(), new SystemConsole());
    services.warmUpOnDemand = true;
    return services;
  }

  /** Starts building what a network command needs on a second thread (real runs only). */
  void warmUp() {
    if (warmUpOnDemand && warmMapper == null && mapper == null) warmMapper = Warmup.start();
  }

  /** The global --url, or null. */
  public String urlOption() {
    return options.url;
  }

  /** The global --provider, or null. */
  public String providerOption() {
    return options.provider;
  }

  /** The global {@code --x-file} option of a secret, or null. */
  public String secretFileOption(Secret secret) {
    return switch (secret) {
      case TOKEN -> options.tokenFile;
      case PROJECT_KEY -> options.projectKeyFile;
      case BUSINESS_KEY -> options.businessKeyFile;
    };
  }

  GlobalOptions options() {
    return options;
  }

  public Map<String, String> env() {
    return env;
  }

  public PrintWriter out() {
    return out;
  }

  public PrintWriter err() {
    return err;
  }

  public Clock clock() {
    return clock;
  }

  public Console console() {
    return console;
  }

  /** Created on first use: building an ObjectMapper is a noticeable share of a short command. */
  public ObjectMapper mapper() {
    if (mapper == null && warmMapper != null) {
      try {
        mapper = warmMapper.get();
      } catch (ExecutionException e) {
        // built below, on this thread
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (mapper == null) mapper = new ObjectMapper();
    return mapper;
  }

  /** One failure among several, as the one-line error the command's final error would be. */
  public void reportFailure(String what, KeyadmException e) {
    new ErrorReporter(this).printLine(what, e);
  }

  public boolean debug() {
    return options.debug;
  }

  public ConfigStore config() {
    if (config == null) config = new ConfigStore(ConfigStore.defaultPath(env), err);
    return config;
  }

  public CredentialChain chain() {
    if (chain == null) chain = new CredentialChain(env, stdin);
    return chain;
  }

  public Redactor redactor() {
    if (redactor == null) {
      String nftHeader = profile == null ? null : profile.get(Profile.AUTH_HEADER);
      redactor = new Redactor(mapper(), nftHeader == null ? Set.of() : Set.of(nftHeader));
    }
    return redactor;
  }

  public OutputFormat format() {
    String f = options.output != null ? options.output : env.get("KEYADM_OUTPUT");
    return f == null || f.isBlank() ? OutputFormat.TABLE : OutputFormat.parse(f);
  }

  public Printer printer() {
    OutputFormat format = format();
    int width = format == OutputFormat.TABLE ? console.width() : 0;
    return new Printer(
        format, out, err, width, mapper(), options.quiet, width > 0 && colorAllowed());
  }

  /**
   * No colour with --no-color or a non-empty NO_COLOR (no-color.org); a terminal is checked by the
   * caller.
   */
  private boolean colorAllowed() {
    String noColor = env.get("NO_COLOR");
    return !options.noColor && (noColor == null || noColor.isEmpty());
  }

  public KeyViews keyViews() {
    return new KeyViews(mapper(), options.showSecrets);
  }

  public boolean showSecrets() {
    return options.showSecrets;
  }

  public Duration timeout() {
    return options.timeout == null
        ? DEFAULT_TIMEOUT
        : Durations.parse(options.timeout, "--timeout");
  }

  /** host:port of the server in use, once a provider was opened; null before. */
  public String host() {
    return host;
  }

  /** Where the token in use came from, for hints on authentication failures. */
  public String credentialSource() {
    Credential c = resolved.get(Secret.TOKEN);
    return c == null ? null : c.source();
  }

  /** The provider id of the selected profile (or --provider), without connecting. */
  public String providerId() {
    selectProfile();
    if (options.provider != null) return Providers.check(options.provider);
    if (profile != null) return profile.provider();
    throw KeyadmException.usage(
        "--url needs --provider (one of: " + String.join(", ", Providers.IDS) + ")");
  }

  /** The provider of the selected profile, connected with credentials from the chain. */
  public KeyProvider provider() {
    if (provider != null) return provider;
    format();
    String providerId = providerId();
    if (profile != null
        && options.provider != null
        && !options.provider.equals(profile.provider())) {
      throw KeyadmException.usage(
          "profile "
              + profile.name()
              + " is a "
              + profile.provider()
              + " profile; --provider "
              + options.provider
              + " does not match");
    }
    String url = options.url != null ? options.url : profile.url();
    if (SandboxProfiles.EMBEDDED_URL.equals(url)) {
      sandbox = EmbeddedSandbox.start(sandboxStateDir(), err);
      url = sandbox.baseUrl(providerId);
    }
    host = hostOf(url);
    PrintWriter debugOut = options.debug ? err : null;
    int retries = options.retries == null ? DEFAULT_RETRIES : options.retries;
    if (retries < 0 || retries > 10)
      throw KeyadmException.usage("invalid value for --retries: " + retries + " (0 to 10)");
    HttpSettings http = new HttpSettings(timeout(), retries, "keyadm/" + Version.get(), debugOut);
    Redactor redactor = redactor();
    ProviderContext.Credentials credentials =
        new ProviderContext.Credentials() {
          @Override
          public Credential find(Secret secret) {
            return resolve(secret, false);
          }

          @Override
          public Credential require(Secret secret) {
            return resolve(secret, true);
          }
        };
    String authHeader = profile == null ? null : profile.get(Profile.AUTH_HEADER);
    String authScheme = profile == null ? null : profile.get(Profile.AUTH_SCHEME);
    provider =
        Providers.open(
            providerId,
            new ProviderContext(
                url, credentials, authHeader, authScheme, http, redactor, mapper(), clock));
    return provider;
  }

  /** The URL of the selected profile as configured (the embedded sandbox's marker included). */
  public String profileUrl() {
    selectProfile();
    return profile == null ? null : profile.url();
  }

  /** The directory the embedded sandbox keeps its state in. */
  public Path sandboxStateDir() {
    String xdg = env.get("XDG_STATE_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".local", "state");
    return base.resolve("keyadm").resolve("sandbox");
  }

  private Credential resolve(Secret secret, boolean required) {
    String file = secretFileOption(secret);
    if (resolved.containsKey(secret)) {
      Credential c = resolved.get(secret);
      return c == null && required ? chain().require(secret, file, profile) : c;
    }
    Credential c =
        required ? chain().require(secret, file, profile) : chain().find(secret, file, profile);
    if (c != null) redactor().addSecret(c.value());
    resolved.put(secret, c);
    return c;
  }

  private void selectProfile() {
    if (profile != null) return;
    String name = options.profile != null ? options.profile : env.get("KEYADM_PROFILE");
    if (name != null && !name.isBlank()) {
      profile = config().profile(name);
    } else if (options.url == null) {
      String current = config().currentProfile();
      if (current == null) {
        throw KeyadmException.usage(
            "no profile selected: add one with 'keyadm profile add', give --url and --provider, or try -p sandbox-masumi");
      }
      profile = config().profile(current);
    }
  }

  private static String hostOf(String url) {
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

  /**
   * Asks before a destructive change; without a terminal, {@code --yes} is required and its absence
   * is a usage error raised before anything is sent.
   */
  public void confirm(boolean yes, String question) {
    if (yes) return;
    if (!console.isInteractive()) {
      throw KeyadmException.usage(
          "confirmation required: rerun with --yes (stdin is not a terminal)");
    }
    if (!console.confirm(question)) throw KeyadmException.usage("cancelled");
  }

  @Override
  public void close() {
    if (sandbox != null) {
      sandbox.close();
      sandbox = null;
    }
    out.flush();
    err.flush();
  }
}
