package io.keyadm;

import io.keyadm.cli.Cli;
import io.keyadm.cli.Console;
import io.keyadm.cli.Services;
import io.keyadm.cli.Streams;
import io.keyadm.config.Secret;
import io.keyadm.http.Warmup;
import io.keyadm.provider.ProviderModule;
import io.keyadm.provider.Providers;
import io.keyadm.provider.TrainingRun;
import io.keyadm.sandbox.SandboxServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training run behind the class-data archive built at package time: the commands operators run
 * most, against a sandbox on loopback, so that the classes they load are mapped from the archive
 * instead of being loaded and verified on every start.
 */
final class Training {

  private Training() {}

  static void run(Path dir) {
    clean(dir);
    // Used by every real run, not by the in-process runs below: archived all the same.
    Warmup.start().join();
    try {
      Class.forName("io.keyadm.cli.SystemConsole");
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    Providers providers = Providers.builtIn();
    SandboxServer server =
        SandboxServer.start("127.0.0.1", 0, dir.resolve("served"), 0, providers.sandboxParts());
    try {
      Map<String, String> env = new HashMap<>();
      env.put("HOME", dir.toString());
      env.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
      env.put("XDG_STATE_HOME", dir.resolve("state").toString());
      List<String[]> runs = new ArrayList<>();
      runs.add(new String[] {"--version"});
      runs.add(new String[] {"--help"});
      runs.add(new String[] {"key", "list", "--help"});
      ProviderModule first = providers.all().get(0);
      runs.add(
          new String[] {
            "profile",
            "add",
            "m",
            "--provider",
            first.id(),
            "--url",
            server.baseUrl(first.id()),
            "--token-env",
            "TRAINING_TOKEN"
          });
      runs.add(new String[] {"profile", "list"});
      for (ProviderModule m : providers.all()) {
        if (m.sandbox() == null) continue;
        Map<String, String> credentials = m.sandbox().credentials();
        for (Secret s : m.secrets()) {
          String value = credentials.get(s.configKey());
          if (value != null) env.put(s.envVariable(), value);
        }
        for (TrainingRun run : m.training()) {
          String token = run.validCredential() ? credentials.get(Secret.TOKEN.configKey()) : null;
          runs.add(against(server, dir, m.id(), token, run.args()));
        }
      }
      for (String[] args : runs) {
        Writer sink = Writer.nullWriter();
        Services services =
            new Services(
                new Streams(
                    env,
                    new ByteArrayInputStream(new byte[0]),
                    new PrintWriter(sink),
                    new PrintWriter(sink),
                    Clock.systemUTC(),
                    Console.NONE),
                Providers.builtIn());
        Cli.run(services, args);
      }
    } finally {
      server.stop();
    }
  }

  /** A command against one provider's part of the sandbox, with a token from a file. */
  private static String[] against(
      SandboxServer server, Path dir, String provider, String token, List<String> command) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--url",
                server.baseUrl(provider),
                "--provider",
                provider,
                "--token-file",
                tokenFile(dir, provider, token)));
    args.addAll(command);
    return args.toArray(String[]::new);
  }

  /** The token in a file; null for a wrong one, to train the authentication failure. */
  private static String tokenFile(Path dir, String provider, String token) {
    String value = token != null ? token : provider + "-not-a-valid-token-000000000";
    Path file = dir.resolve(provider + (token != null ? ".token" : ".wrong-token"));
    try {
      Files.writeString(file, value + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file.toString();
  }

  private static void clean(Path dir) {
    try {
      if (Files.exists(dir)) {
        try (Stream<Path> walk = Files.walk(dir)) {
          for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
      }
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
