package io.keyadm.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Response bodies recorded in the shape each API really answers: src/test/resources/fixtures/. */
public final class Fixtures {

  private Fixtures() {}

  /** The text of {@code fixtures/<provider>/<name>}. */
  public static String fixture(String provider, String name) {
    String path = "/fixtures/" + provider + "/" + name;
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalArgumentException("no fixture " + path);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fresh tree of a fixture, for a test to change without touching other tests' copies. */
  public static JsonNode tree(String provider, String name) {
    return JsonTrees.parse(fixture(provider, name));
  }

  /** A fresh tree of a fixture that holds one JSON object. */
  public static ObjectNode object(String provider, String name) {
    JsonNode tree = tree(provider, name);
    if (!(tree instanceof ObjectNode object))
      throw new IllegalArgumentException(provider + "/" + name + " is not a JSON object");
    return object;
  }
}
