package io.keyadm.masumi;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.keyadm.testing.ApiServer.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.keyadm.testing.Fixtures;
import io.keyadm.testing.JsonTrees;
import java.util.ArrayList;
import java.util.List;

/** Masumi response bodies for tests, and a list endpoint with the real inclusive cursor. */
final class MasumiFixtures {

  static final String TOKEN = "masumi-payment-admin-abcdefghijklmnopqrstuvwx";

  private MasumiFixtures() {}

  static String fixture(String name) {
    return Fixtures.fixture("masumi", name);
  }

  static ObjectNode key(String id) {
    return Fixtures.object("masumi", "key-read.json").put("id", id);
  }

  static List<ObjectNode> keys(int n) {
    List<ObjectNode> keys = new ArrayList<>();
    for (int i = 1; i <= n; i++) keys.add(key(String.format("cmkey%019d", i)));
    return keys;
  }

  static String success(Object data) {
    ObjectNode body = JsonTrees.object().put("status", "success");
    body.set("data", JsonTrees.MAPPER.valueToTree(data));
    return body.toString();
  }

  static String error(String message) {
    ObjectNode body = JsonTrees.object().put("status", "error");
    body.putObject("error").put("message", message);
    return body.toString();
  }

  static String listPage(List<ObjectNode> page) {
    ObjectNode data = JsonTrees.object();
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

  /**
   * A server that answers {@code take=1&cursorId=X} the way Masumi 0.28 does: {@code [X]} for a
   * listed key and {@code []} for an unknown id. The first page ({@code take=1}, no cursor) is
   * stubbed too.
   */
  static void stubLookup(WireMockExtension wm, List<ObjectNode> keys) {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/api-key"))
            .atPriority(10)
            .withQueryParam("take", equalTo("1"))
            .withQueryParam("cursorId", matching(".+"))
            .willReturn(json(listPage(List.of()))));
    stubList(wm, keys, 1);
  }
}
