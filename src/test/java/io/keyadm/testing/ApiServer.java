package io.keyadm.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** A WireMock server standing in for an API, and the responses tests give it. */
public final class ApiServer {

  private ApiServer() {}

  /** A server on a free port of the loopback interface, started and stopped with the class. */
  public static WireMockExtension loopback() {
    return WireMockExtension.newInstance()
        .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
        .build();
  }

  /** The base URL of {@code api} on {@code server}, as given to {@code --url}. */
  public static String url(WireMockExtension server, Api api) {
    return url(server, api.base());
  }

  public static String url(WireMockExtension server, String basePath) {
    return "http://" + host(server) + basePath;
  }

  /** The host and port keyadm names in its error lines. */
  public static String host(WireMockExtension server) {
    return "127.0.0.1:" + server.getPort();
  }

  /** A 200 with a JSON body. */
  public static ResponseDefinitionBuilder json(String body) {
    return json(200, body);
  }

  /** A JSON body with the given status; {@code body} is sent as its {@code toString()}. */
  public static ResponseDefinitionBuilder json(int status, Object body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body.toString());
  }
}
