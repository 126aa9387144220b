package io.keyadm.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.keyadm.testing.Api;
import io.keyadm.testing.ApiServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C during a request: exit 130 and one line, through the launcher's exec. */
class InterruptIT {

  @RegisterExtension static WireMockExtension wm = ApiServer.loopback();

  @TempDir Path home;

  @Test
  void sigint_during_a_request_exits_130_with_one_line() throws Exception {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withFixedDelay(20_000).withBody("{}")));
    ProcessBuilder pb =
        new ProcessBuilder(
            Proc.KEYADM.toString(),
            "--provider",
            "masumi",
            "--url",
            ApiServer.url(wm, Api.MASUMI),
            "key",
            "list");
    pb.environment().put("HOME", home.toString());
    pb.environment().put("KEYADM_TOKEN", "masumi-payment-admin-interrupttest000001");
    pb.redirectError(home.resolve("err").toFile());
    pb.redirectOutput(home.resolve("out").toFile());
    Process p = pb.start();
    for (int i = 0; i < 100 && wm.findAll(anyRequestedFor(anyUrl())).isEmpty(); i++)
      Thread.sleep(100);
    assertThat(wm.findAll(anyRequestedFor(anyUrl())))
        .as("the request reached the server")
        .isNotEmpty();

    new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start().waitFor();

    assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(130);
    assertThat(Files.readString(home.resolve("err"))).isEqualTo("keyadm: interrupted\n");
    assertThat(Files.readString(home.resolve("out"))).isEmpty();
  }
}
