package io.keyadm.config;

/**
 * A secret and a description of where it came from (for hints), never the value itself.
 *
 * <p>{@link #toString()} leaves the value out so that a stray log line cannot leak it.
 */
public record Credential(String value, String source) {

  @Override
  public String toString() {
    return "Credential[source=" + source + "]";
  }
}
