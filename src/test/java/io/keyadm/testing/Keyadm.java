package io.keyadm.testing;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.keyadm.CliRunner;
import io.keyadm.CliRunner.Result;
import java.util.ArrayList;
import java.util.List;

/**
 * keyadm pointed at one API: every run starts with {@code --provider}, {@code --url} and the global
 * options, {@code --retries 0} unless told otherwise, so that one call is one request and no test
 * waits for a backoff.
 */
public final class Keyadm {

  private final CliRunner cli;
  private final String provider;
  private final String url;
  private final List<String> options;

  /** keyadm with {@code cli}'s environment, pointed at {@code api} on {@code server}. */
  public static Keyadm against(WireMockExtension server, Api api, CliRunner cli) {
    return new Keyadm(cli, api.provider(), ApiServer.url(server, api));
  }

  public Keyadm(CliRunner cli, String provider, String url) {
    this(cli, provider, url, List.of("--retries", "0"));
  }

  private Keyadm(CliRunner cli, String provider, String url, List<String> options) {
    this.cli = cli;
    this.provider = provider;
    this.url = url;
    this.options = List.copyOf(options);
  }

  /** The same runner with these global options instead of {@code --retries 0}. */
  public Keyadm withOptions(String... globalOptions) {
    return new Keyadm(cli, provider, url, List.of(globalOptions));
  }

  /** The whole command line of a run with {@code args}. */
  public String[] argv(String... args) {
    List<String> all = new ArrayList<>(List.of("--provider", provider, "--url", url));
    all.addAll(options);
    all.addAll(List.of(args));
    return all.toArray(String[]::new);
  }

  public Result run(String... args) {
    return cli.run(argv(args));
  }
}
