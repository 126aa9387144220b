package io.keyadm.masumi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Masumi response bodies for tests, and a list endpoint with the real inclusive cursor. */
final class MasumiFixtures {

  static final ObjectMapper MAPPER = new ObjectMapper();
  static final String TOKEN = "masumi-payment-admin-abcdefghijklmnopqrstuvwx";

  private MasumiFixtures() {}

  static String fixture(String name) {
    try (var in = MasumiFixtures.class.getResourceAsStream("/fixtures/masumi/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode key(String id) {
    try {
      ObjectNode k = (ObjectNode) MAPPER.readTree(fixture("key-read.json"));
      k.put("id", id);
      return k;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<ObjectNode> keys(int n) {
    List<ObjectNode> keys = new ArrayList<>();
    for (int i = 1; i <= n; i++) keys.add(key(String.format("cmkey%019d", i)));
    return keys;
  }

  static String success(Object data) {
    ObjectNode body = MAPPER.createObjectNode().put("status", "success");
    body.set("data", MAPPER.valueToTree(data));
    return body.toString();
  }

  static String error(String message) {
    ObjectNode body = MAPPER.createObjectNode().put("status", "error");
    body.putObject("error").put("message", message);
    return body.toString();
  }

  static String listPage(List<ObjectNode> page) {
    ObjectNode data = MAPPER.createObjectNode();
    ArrayNode arr = data.putArray("ApiKeys");
    page.forEach(arr::add);
    return success(data);
  }

  /**
   * Stubs GET /api-key as Masumi answers it: ordered by id, the page fetched with cursorId=X
   * starting with X again, for every take a client may ask.
   */
  static void stubList(WireMockExtension wm, List<ObjectNode> keys, int... takes) {
    for (int take : takes) {
      wm.stubFor(
          get(urlPathEqualTo("/api/v1/api-key"))
              .withQueryParam("take", equalTo(String.valueOf(take)))
              .withQueryParam("cursorId", absent())
              .willReturn(json(listPage(keys.subList(0, Math.min(take, keys.size()))))));
      for (int i = 0; i < keys.size(); i++) {
        List<ObjectNode> page = keys.subList(i, Math.min(keys.size(), i + take));
        wm.stubFor(
            get(urlPathEqualTo("/api/v1/api-key"))
                .withQueryParam("take", equalTo(String.valueOf(take)))
                .withQueryParam("cursorId", equalTo(keys.get(i).get("id").asText()))
                .willReturn(json(listPage(page))));
      }
    }
  }

  static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(
      int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }
}
