package io.keyadm.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.keyadm.testing.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.keyadm.CliRunner;
import io.keyadm.CliRunner.Result;
import io.keyadm.sandbox.SandboxJwts;
import io.keyadm.testing.ApiServer;
import io.keyadm.testing.Keyadm;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What real servers answer when something is off: the web framework's own 404 for a base URL
 * without the API's path, and a development server's raw, very long error text.
 */
class ServerAnswersTest {

  @RegisterExtension static WireMockExtension wm = ApiServer.loopback();

  static final String EXPRESS_404 =
      """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <title>Error</title>
      </head>
      <body>
      <pre>Cannot GET /api-key-status</pre>
      </body>
      </html>
      """;

  static final String HTML_404 =
      "<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>The page you"
          + " are looking for cannot be found</h1></body></html>";

  @TempDir Path home;
  CliRunner cli;
  String root;

  @BeforeEach
  void setUp() {
    cli =
        new CliRunner(home)
            .env("KEYADM_TOKEN", SandboxJwts.jwt("{\"sub\":\"a\",\"exp\":4102444800}"))
            .env("KEYADM_PROJECT_KEY", "c0ffee" + "ab".repeat(29));
    root = "http://" + ApiServer.host(wm);
  }

  @Test
  void masumi_without_api_v1_gets_express_cannot_get_and_exits_6_naming_the_url_and_path() {
    wm.stubFor(
        get(urlEqualTo("/api-key-status"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "text/html; charset=utf-8")
                    .withBody(EXPRESS_404)));

    Result r = new Keyadm(cli, "masumi", root).run("status");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(6);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.stderr())
        .isEqualTo(
            "keyadm: status on "
                + ApiServer.host(wm)
                + ": the base URL is wrong: GET "
                + root
                + "/api-key-status reached a web server but no API route (HTTP 404: Cannot GET"
                + " /api-key-status); expected the API's /api-key-status under "
                + root
                + "/: check --url or the profile's url\n");
    wm.verify(1, getRequestedFor(urlEqualTo("/api-key-status")));
  }

  @Test
  void pers_and_nft_answered_by_an_html_404_page_say_the_base_url_is_wrong() {
    wm.stubFor(
        get(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "text/html")
                    .withBody(HTML_404)));

    Result pers = new Keyadm(cli, "pers", root + "/api").run("key", "list");
    Result nft = new Keyadm(cli, "nft", root + "/v1").run("key", "list");

    assertThat(pers.exitCode()).as(pers.toString()).isEqualTo(6);
    assertThat(pers.stderr())
        .isEqualTo(
            "keyadm: key list on "
                + ApiServer.host(wm)
                + ": the base URL is wrong: GET "
                + root
                + "/api/api-keys reached a web server but no API route (HTTP 404); expected the"
                + " API's /api-keys under "
                + root
                + "/api: check --url or the profile's url\n");
    assertThat(nft.exitCode()).as(nft.toString()).isEqualTo(6);
    assertThat(nft.stderr()).contains("the base URL is wrong: GET " + root + "/v1/api-keys/my ");
    assertThat(nft.stderr().lines()).hasSize(1);
  }

  @Test
  void nests_json_cannot_get_is_the_framework_too_but_an_api_404_stays_not_found() {
    wm.stubFor(
        get(urlPathEqualTo("/v2/api-keys"))
            .willReturn(
                json(
                    404,
                    "{\"statusCode\":404,\"message\":\"Cannot GET /v2/api-keys?page=1\",\"error\":\"Not Found\"}")));
    Result framework = new Keyadm(cli, "pers", root + "/v2").run("key", "list");
    assertThat(framework.exitCode()).as(framework.toString()).isEqualTo(6);
    assertThat(framework.stderr()).contains("(HTTP 404: Cannot GET /v2/api-keys?page=1)");

    wm.stubFor(
        get(urlPathEqualTo("/api/v1/api-keys/k-9"))
            .willReturn(json(404, "{\"message\":\"Api key not found\"}")));
    Result api = new Keyadm(cli, "nft", root + "/api/v1").run("key", "get", "k-9");
    assertThat(api.exitCode()).as(api.toString()).isEqualTo(4);
  }

  /** A development server's Prisma error: a source path, a code frame, 16 KB in all. */
  static String prismaMessage() {
    StringBuilder sb =
        new StringBuilder(
            "\nInvalid `prisma.apiKey.create()` invocation in\n"
                + "/app/src/routes/api/api-key/index.ts:142:41\n\n"
                + "  139 |   const apiKey = await prisma.apiKey.create({\n"
                + "→ 142 |     data: {\n\u001b[31mUnique constraint failed on the fields: (`token`)\u001b[0m\n");
    while (sb.length() < 16 * 1024)
      sb.append(
          "    at Object.request (/app/node_modules/@prisma/client/runtime/library.js:1:1234)\n");
    return sb.toString();
  }

  @Test
  void a_16_kb_prisma_message_in_the_envelope_becomes_one_bounded_terminal_safe_line() {
    String body =
        "{\"status\":\"error\",\"error\":{\"message\":\""
            + new String(
                com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance()
                    .quoteAsString(prismaMessage()))
            + "\"}}";
    wm.stubFor(get(urlPathEqualTo("/api/v1/api-key-status")).willReturn(json(400, body)));

    Result r = new Keyadm(cli, "masumi", root + "/api/v1").run("status");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(5);
    assertThat(r.stderr().lines()).hasSize(1);
    String line = r.stderr().strip();
    assertThat(line)
        .startsWith(
            "keyadm: status on "
                + ApiServer.host(wm)
                + ": Invalid `prisma.apiKey.create()` invocation in /app/src/routes/api/api-key/index.ts:142:41 139 |")
        .contains("more characters) (HTTP 400)")
        .doesNotContain("\u001b");
    assertThat(line.length()).isLessThan(500);
  }

  @Test
  void a_raw_text_error_body_outside_any_envelope_is_shown_bounded_too() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/api-key-status"))
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withHeader("Content-Type", "text/plain")
                    .withBody(prismaMessage())));

    Result r = new Keyadm(cli, "masumi", root + "/api/v1").run("status");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(6);
    assertThat(r.stderr().lines()).hasSize(1);
    assertThat(r.stderr())
        .contains(": Server Error: Invalid `prisma.apiKey.create()` invocation in /app/src/")
        .contains("more characters) (HTTP 500)")
        .doesNotContain("\u001b");
    assertThat(r.stderr().length()).isLessThan(500);
    wm.verify(1, anyRequestedFor(anyUrl()));
  }
}
