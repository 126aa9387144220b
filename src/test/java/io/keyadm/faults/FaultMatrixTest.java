package io.keyadm.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static io.keyadm.testing.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.keyadm.CliRunner;
import io.keyadm.CliRunner.Result;
import io.keyadm.testing.Api;
import io.keyadm.testing.ApiServer;
import io.keyadm.testing.Keyadm;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every fault a server or network can throw at every command: each ends with the documented exit
 * code, one line on stderr naming the command and the host, no stack trace, within the time budget,
 * and never with a create sent twice. The matrix is rendered into docs/faults.md, which must match.
 */
class FaultMatrixTest {

  @RegisterExtension static WireMockExtension wm = ApiServer.loopback();

  @TempDir static Path home;

  static final String TIMEOUT = "4s";
  static final long BUDGET_MS = 4000 + 2500;
  static byte[] fiftyMegabytes;
  static int closedPort;

  record Command(String name, Api api, List<String> args, boolean creates) {}

  record FaultCase(String name, Supplier<ResponseDefinitionBuilder> response, boolean refused) {}

  static final List<Command> COMMANDS =
      List.of(
          new Command("key list", Api.MASUMI, List.of("key", "list"), false),
          new Command("key get", Api.MASUMI, List.of("key", "get", "cmkey1"), false),
          new Command("key create", Api.MASUMI, List.of("key", "create"), true),
          new Command(
              "key patch", Api.MASUMI, List.of("key", "patch", "cmkey1", "--limited"), false),
          new Command("key revoke", Api.MASUMI, List.of("key", "revoke", "cmkey1", "--yes"), false),
          new Command("status", Api.MASUMI, List.of("status"), false),
          new Command(
              "tenant create", Api.PERS, List.of("tenant", "create", "--name", "Acme"), true));

  static final List<FaultCase> FAULTS =
      List.of(
          new FaultCase("connection refused", null, true),
          new FaultCase(
              "connection reset",
              () -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
              false),
          new FaultCase("empty response", () -> aResponse().withFault(Fault.EMPTY_RESPONSE), false),
          new FaultCase(
              "malformed chunk",
              () -> aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK),
              false),
          new FaultCase(
              "random data, then close",
              () -> aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE),
              false),
          new FaultCase(
              "truncated JSON (200)",
              () ->
                  json(
                      200,
                      "{\"status\":\"success\",\"data\":{\"ApiKeys\":[{\"id\":\"cmkey1\",\"tok"),
              false),
          new FaultCase(
              "HTML error page (502)",
              () ->
                  aResponse()
                      .withStatus(502)
                      .withHeader("Content-Type", "text/html")
                      .withBody(
                          "<html><head><title>502 Bad Gateway</title></head>\n<body><h1>Bad Gateway</h1>\n</body></html>"),
              false),
          new FaultCase(
              "200 with invalid JSON", () -> json(200, "{status: success, data: nope"), false),
          new FaultCase(
              "200 with a wrong content type (HTML)",
              () ->
                  aResponse()
                      .withStatus(200)
                      .withHeader("Content-Type", "text/html")
                      .withBody("<!doctype html><html><body>Sign in to continue</body></html>"),
              false),
          new FaultCase(
              "delay beyond --timeout 1s", () -> json(200, "{}").withFixedDelay(3000), false),
          new FaultCase(
              "429 with Retry-After: 1",
              () ->
                  json(429, "{\"status\":\"error\",\"error\":{\"message\":\"Too Many Requests\"}}")
                      .withHeader("Retry-After", "1"),
              false),
          new FaultCase(
              "500",
              () ->
                  json(
                      500,
                      "{\"status\":\"error\",\"error\":{\"message\":\"Internal Server Error\"}}"),
              false),
          new FaultCase("502", () -> json(502, "{}"), false),
          new FaultCase("503", () -> json(503, "{}"), false),
          new FaultCase("504", () -> json(504, "{}"), false),
          new FaultCase(
              "50 MB body (200)",
              () ->
                  aResponse()
                      .withStatus(200)
                      .withHeader("Content-Type", "application/json")
                      .withBody(fiftyMegabytes),
              false));

  /** The documented outcome of every cell; the test proves each one. */
  static int expectedExit(FaultCase fault, Command command) {
    return switch (fault.name()) {
      case "connection refused",
              "connection reset",
              "empty response",
              "malformed chunk",
              "random data, then close",
              "delay beyond --timeout 1s" ->
          7;
      default -> 6;
    };
  }

  static final Map<String, Map<String, Integer>> OBSERVED = new LinkedHashMap<>();

  @BeforeAll
  static void prepare() throws Exception {
    fiftyMegabytes = new byte[50 * 1024 * 1024];
    java.util.Arrays.fill(fiftyMegabytes, (byte) ' ');
    fiftyMegabytes[0] = '[';
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
  }

  /**
   * One test per cell, named "fault × command", then the check of docs/faults.md, which runs after
   * all of them because dynamic tests run in the order they are given.
   */
  @TestFactory
  Stream<DynamicTest>
      every_fault_on_every_command_ends_with_the_documented_exit_code_and_one_line() {
    OBSERVED.clear();
    Stream<DynamicTest> cells =
        FAULTS.stream()
            .flatMap(
                fault ->
                    COMMANDS.stream()
                        .map(
                            command ->
                                dynamicTest(
                                    fault.name() + " × " + command.name(),
                                    () -> cell(fault, command))));
    return Stream.concat(
        cells,
        Stream.of(
            dynamicTest(
                "docs/faults.md is the observed matrix",
                FaultMatrixTest::the_committed_matrix_is_the_observed_one)));
  }

  private static void cell(FaultCase fault, Command command) {
    wm.resetAll();
    if (!fault.refused()) wm.stubFor(any(anyUrl()).willReturn(fault.response().get()));
    int port = fault.refused() ? closedPort : wm.getPort();
    String timeout = fault.name().startsWith("delay") ? "1s" : TIMEOUT;
    CliRunner cli =
        new CliRunner(home)
            .env("KEYADM_TOKEN", "masumi-payment-admin-faultmatrixtoken0001")
            .env("KEYADM_PROJECT_KEY", "f".repeat(64));
    Keyadm keyadm =
        new Keyadm(cli, command.api().provider(), "http://127.0.0.1:" + port + command.api().base())
            .withOptions("--timeout", timeout, "--retries", "1");

    long start = System.nanoTime();
    Result r = keyadm.run(command.args().toArray(String[]::new));
    long ms = (System.nanoTime() - start) / 1_000_000;

    // Recorded before any assertion, so that the document check sees a failing cell's code too.
    OBSERVED
        .computeIfAbsent(fault.name(), k -> new LinkedHashMap<>())
        .put(command.name(), r.exitCode());
    String cell = fault.name() + " × " + command.name() + ": ";
    assertSoftly(
        soft -> {
          soft.assertThat(r.exitCode())
              .as(cell + "exit code\n%s", r)
              .isEqualTo(expectedExit(fault, command));
          soft.assertThat(r.stderr().lines()).as(cell + "lines on stderr\n%s", r).hasSize(1);
          soft.assertThat(r.stderr())
              .as(cell + "stderr names the command and the host")
              .startsWith("keyadm: " + command.name() + " on 127.0.0.1:" + port + ": ");
          soft.assertThat(r.stderr())
              .as(cell + "no stack trace")
              .doesNotContain("Exception")
              .doesNotContain("\tat ");
          soft.assertThat(r.stdout()).as(cell + "stdout").isEmpty();
          soft.assertThat(ms).as(cell + "milliseconds taken").isLessThanOrEqualTo(BUDGET_MS);
          if (command.creates() && !fault.refused()) {
            soft.assertThat(wm.findAll(postRequestedFor(anyUrl())))
                .as(cell + "create requests sent")
                .hasSizeLessThanOrEqualTo(1);
          }
          if (command.creates() && r.exitCode() == 7 && !fault.refused()) {
            soft.assertThat(r.stderr())
                .as(cell + "an ambiguous create says the outcome is unknown")
                .contains("the outcome is unknown");
          }
        });
  }

  static void the_committed_matrix_is_the_observed_one() throws Exception {
    List<String> notRun = new ArrayList<>();
    for (FaultCase f : FAULTS)
      for (Command c : COMMANDS)
        if (!OBSERVED.getOrDefault(f.name(), Map.of()).containsKey(c.name()))
          notRun.add(f.name() + " × " + c.name());
    assertThat(notRun).as("cells that did not run: the matrix cannot be checked").isEmpty();
    StringBuilder md = new StringBuilder();
    md.append("# Faults: what each command does when the server or the network fails\n\n");
    md.append(
        "Exit code of each command for each fault, as `FaultMatrixTest` observes it against WireMock\n");
    md.append(
        "(`--retries 1`, `--timeout 4s`; 1s for the delay row). Every cell also ends with exactly one line on\n");
    md.append(
        "stderr, `keyadm: <command> on <host>: <why>`, no stack trace, and no second create request.\n");
    md.append(
        "A create that fails after its request may have reached the server says the outcome is unknown and how to check.\n\n");
    md.append(
        "Exit codes: 6 = server unavailable, rate limited or unusable answer; 7 = network failure or timeout.\n\n");
    md.append("| fault |");
    COMMANDS.forEach(c -> md.append(' ').append(c.name()).append(" |"));
    md.append("\n|:---|");
    COMMANDS.forEach(c -> md.append("---:|"));
    md.append('\n');
    for (FaultCase f : FAULTS) {
      md.append("| ").append(f.name()).append(" |");
      for (Command c : COMMANDS)
        md.append(' ')
            .append(OBSERVED.getOrDefault(f.name(), Map.of()).getOrDefault(c.name(), -1))
            .append(" |");
      md.append('\n');
    }
    md.append(
        "\nRetries: reads and revoke are repeated after connection failures, 429 and 502/503/504, with exponential\n");
    md.append(
        "backoff and jitter, honouring Retry-After, within `--retries` (default 2) and the `--timeout` budget.\n");
    md.append(
        "Creates, patches and tenant creation are repeated only when the connection could not be made at all.\n");
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "faults.md"), md.toString());
    assertThat(md.toString())
        .as("docs/faults.md is stale: copy target/faults.md over it")
        .isEqualTo(Files.readString(Path.of("docs", "faults.md")));
  }
}
