package io.keyadm.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Function;

/** Reads one provider's error body; every provider has its own shape. */
@FunctionalInterface
public interface ErrorEnvelope {

  /**
   * @param body the response body as text, possibly empty or not JSON at all
   * @return the message (never null: fall back to the status line) and the request id, if any
   */
  ServerError parse(int status, String reason, String body);

  /**
   * An envelope in JSON: {@code reader} finds the message in the parsed body, or answers null; a
   * body that is not JSON, or says nothing usable, falls back to the status line.
   */
  static ErrorEnvelope json(ObjectMapper mapper, Function<JsonNode, ServerError> reader) {
    return (status, reason, body) -> {
      try {
        JsonNode root = mapper.readTree(body);
        ServerError error = root == null ? null : reader.apply(root);
        if (error != null) return error;
      } catch (Exception notJson) {
        // fall back to the status line
      }
      return ServerError.statusLine(status, reason);
    };
  }
}
