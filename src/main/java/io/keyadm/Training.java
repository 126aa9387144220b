package io.keyadm;

import io.keyadm.cli.Cli;
import io.keyadm.cli.Console;
import io.keyadm.cli.Services;
import io.keyadm.http.Warmup;
import io.keyadm.provider.masumi.sandbox.MasumiSandbox;
import io.keyadm.provider.nft.sandbox.NftSandbox;
import io.keyadm.provider.pers.sandbox.PersSandbox;
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
    SandboxServer server =
        SandboxServer.start(
            "127.0.0.1",
            0,
            dir.resolve("served"),
            0,
            List.of(new MasumiSandbox(), new PersSandbox(), new NftSandbox()));
    try {
      Map<String, String> env =
          Map.of(
              "HOME", dir.toString(),
              "XDG_CONFIG_HOME", dir.resolve("config").toString(),
              "XDG_STATE_HOME", dir.resolve("state").toString(),
              "KEYADM_PROJECT_KEY", PersSandbox.PROJECT_KEY);
      List<String[]> runs = new ArrayList<>();
      runs.add(new String[] {"--version"});
      runs.add(new String[] {"--help"});
      runs.add(new String[] {"key", "list", "--help"});
      runs.add(
          new String[] {
            "profile",
            "add",
            "m",
            "--provider",
            "masumi",
            "--url",
            server.baseUrl("masumi"),
            "--token-env",
            "MASUMI"
          });
      runs.add(new String[] {"profile", "list"});
      for (String output : List.of("table", "json", "yaml", "csv", "id")) {
        runs.add(against(server, dir, "masumi", "masumi", "key", "list", "-o", output));
      }
      runs.add(against(server, dir, "masumi", "masumi", "status"));
      runs.add(against(server, dir, "masumi", "masumi", "key", "create", "--credit", "lovelace=5"));
      runs.add(against(server, dir, "masumi", "masumi", "rpc-keys", "list"));
      runs.add(against(server, dir, "masumi", "wrong", "key", "list"));
      runs.add(against(server, dir, "pers", "pers", "key", "list"));
      runs.add(against(server, dir, "pers", "pers", "status"));
      runs.add(against(server, dir, "nft", "nft", "key", "list"));
      for (String[] args : runs) {
        Writer sink = Writer.nullWriter();
        Services services =
            new Services(
                env,
                new ByteArrayInputStream(new byte[0]),
                new PrintWriter(sink),
                new PrintWriter(sink),
                Clock.systemUTC(),
                Console.NONE);
        Cli.run(services, args);
      }
    } finally {
      server.stop();
    }
  }

  /** A command against one of the sandbox's APIs, with the named credential from a file. */
  private static String[] against(
      SandboxServer server, Path dir, String provider, String credential, String... command) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--url",
                server.baseUrl(provider),
                "--provider",
                provider,
                "--token-file",
                token(dir, credential)));
    args.addAll(List.of(command));
    return args.toArray(String[]::new);
  }

  private static String token(Path dir, String provider) {
    String value =
        switch (provider) {
          case "masumi" -> MasumiSandbox.ADMIN_TOKEN;
          case "pers" -> PersSandbox.ADMIN_JWT;
          case "nft" -> NftSandbox.OWNER_TOKEN;
          default -> "masumi-payment-not-a-valid-token-000";
        };
    Path file = dir.resolve(provider + ".token");
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
