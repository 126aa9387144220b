package io.keyadm.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What an emulator answers: a status and a JSON body, and how long to hold the answer back (some
 * services delay a failed authentication).
 */
public record SandboxResponse(int status, JsonNode body, long delayMillis) {

  public SandboxResponse(int status, JsonNode body) {
    this(status, body, 0);
  }
}
