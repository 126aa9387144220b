package io.keyadm.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyadm.testing.JsonTrees;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Raw requests to a running sandbox, the way any client would send them. */
final class SandboxHttp {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  record Reply(int status, JsonNode body) {
    JsonNode data() {
      return body.get("data");
    }

    String message() {
      JsonNode m = body.path("error").path("message");
      return m.isMissingNode() ? body.path("message").asText() : m.asText();
    }
  }

  private SandboxHttp() {}

  static Reply send(String method, String url, Map<String, String> headers, String body) {
    try {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(url))
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(body));
      if (body != null) b.header("Content-Type", "application/json");
      headers.forEach(b::header);
      HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), JsonTrees.parse(r.body()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
