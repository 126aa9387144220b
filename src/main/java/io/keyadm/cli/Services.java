package io.keyadm.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyadm.config.ConfigStore;
import io.keyadm.config.CredentialChain;
import io.keyadm.http.Redactor;
import io.keyadm.http.Warmup;
import io.keyadm.provider.ProviderModule;
import io.keyadm.provider.Providers;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The parts a run's commands are built from, each made on first use: the process's streams, the
 * provider registry, the config file, the profile selection, the credentials, the connection and
 * the output. Tests hand in a fake config store or a fake provider.
 */
public final class Services implements AutoCloseable {

  private final Streams streams;
  private final Providers providers;
  private final GlobalOptions options = new GlobalOptions();
  private ObjectMapper mapper;
  private Future<ObjectMapper> warmMapper;
  private boolean warmUpOnDemand;
  private CommandRun command = CommandRun.NONE;

  private ConfigStore config;
  private ProfileSelection selection;
  private CredentialResolver credentials;
  private CredentialChain chain;
  private Redactor redactor;
  private Connection connection;
  private Connection.Opener opener = ProviderModule::open;
  private Output output;
  private Session session = Session.NONE;

  public Services(Streams streams, Providers providers) {
    this.streams = streams;
    this.providers = providers;
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
        new Services(
            new Streams(
                System.getenv(), System.in, out, err, Clock.systemUTC(), new SystemConsole()),
            Providers.builtIn());
    services.warmUpOnDemand = true;
    return services;
  }

  /** Uses this config store instead of the file the environment names (tests). */
  public Services withConfig(ConfigStore store) {
    this.config = store;
    return this;
  }

  /** Opens providers with this instead of the module's own (tests: a fake provider). */
  public Services withOpener(Connection.Opener opener) {
    this.opener = opener;
    return this;
  }

  /** Runs this run's command as one of a {@code keyadm shell} session (see {@link Session}). */
  public Services inSession(Session session) {
    this.session = session;
    return this;
  }

  public Session session() {
    return session;
  }

  /** How providers are opened: the module's own, or a test's fake. */
  public Connection.Opener opener() {
    return opener;
  }

  /** Starts building what a network command needs on a second thread (real runs only). */
  void warmUp() {
    if (warmUpOnDemand && warmMapper == null && mapper == null) warmMapper = Warmup.start();
  }

  public Streams streams() {
    return streams;
  }

  public Providers providers() {
    return providers;
  }

  GlobalOptions options() {
    return options;
  }

  public GlobalOptions globalOptions() {
    return options;
  }

  /** The provider options the running command was given. */
  public io.keyadm.core.OptionValues commandOptions() {
    return command.options();
  }

  void startCommand(CommandRun run) {
    this.command = run;
  }

  CommandRun currentCommand() {
    return command;
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

  public boolean debug() {
    return options.debug;
  }

  public ConfigStore config() {
    if (config == null)
      config =
          new ConfigStore(
              ConfigStore.defaultPath(streams.env()), streams.err(), BuiltInProfiles.of(providers));
    return config;
  }

  public CredentialChain chain() {
    if (chain == null)
      chain = new CredentialChain(streams.env(), streams.stdin(), () -> connection().timeout());
    return chain;
  }

  public Redactor redactor() {
    if (redactor == null) redactor = new Redactor(mapper(), providers.secretFields());
    return redactor;
  }

  public ProfileSelection selection() {
    if (selection == null)
      selection = new ProfileSelection(options, streams.env(), this::config, providers);
    return selection;
  }

  public CredentialResolver credentials() {
    if (credentials == null)
      credentials = new CredentialResolver(options, chain(), selection()::profile, redactor());
    return credentials;
  }

  public Connection connection() {
    if (connection == null) connection = new Connection(this, opener);
    return connection;
  }

  public Output output() {
    if (output == null)
      output =
          new Output(options, streams, this::mapper, () -> selection().module(), this::redactor);
    return output;
  }

  /** host:port of the server in use, once a provider was opened; null before. */
  String host() {
    return connection == null ? null : connection.host();
  }

  /** Where the token in use came from, once it was read; null before. */
  String tokenSource() {
    return credentials == null ? null : credentials.tokenSource();
  }

  /** The directory the embedded sandbox keeps its state in. */
  public Path sandboxStateDir() {
    Map<String, String> env = streams.env();
    String xdg = env.get("XDG_STATE_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".local", "state");
    return base.resolve("keyadm").resolve("sandbox");
  }

  @Override
  public void close() {
    if (connection != null) connection.close();
    streams.out().flush();
    streams.err().flush();
  }
}
