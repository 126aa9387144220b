package io.keyadm.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What an emulator answers: a status and a JSON body, and how long to hold the answer back (Masumi
 * delays failed authentication by a random 0–1 s).
 */
record SandboxResponse(int status, JsonNode body, long delayMillis) {

  SandboxResponse(int status, JsonNode body) {
    this(status, body, 0);
  }
}
