package io.keyadm.sandbox;

import static io.keyadm.sandbox.SandboxHttp.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The frame alone, with made-up parts: it knows no provider. */
class SandboxServerTest {

  @TempDir Path state;

  /** Answers with what it was asked and a counter kept in its state. */
  record EchoPart(String id, String basePath) implements SandboxPart {
    @Override
    public void seed(ObjectNode state) {
      state.put("calls", 0).put("seededBy", id);
    }

    @Override
    public Emulator emulator(ObjectMapper mapper, long authFailureDelayMillis) {
      return (request, tx) -> {
        long calls = tx.root().path("calls").asLong() + 1;
        tx.root().put("calls", calls);
        tx.changed();
        ObjectNode body = mapper.createObjectNode();
        body.put("part", id).put("method", request.method()).put("path", request.path());
        body.put("calls", calls).put("delay", authFailureDelayMillis);
        return new SandboxResponse(200, body);
      };
    }

    @Override
    public Map<String, String> credentials() {
      return Map.of();
    }
  }

  @Test
  void each_part_answers_below_its_base_path_from_its_own_seeded_state() throws Exception {
    SandboxServer server =
        SandboxServer.start(
            "127.0.0.1",
            0,
            state,
            7,
            List.of(new EchoPart("alpha", "/alpha/v1"), new EchoPart("beta", "/b")));
    try {
      assertThat(server.baseUrl("alpha"))
          .isEqualTo("http://127.0.0.1:" + server.port() + "/alpha/v1");
      send("GET", server.baseUrl("alpha") + "/x", Map.of(), null);
      SandboxHttp.Reply alpha = send("POST", server.baseUrl("alpha") + "/keys/1/", Map.of(), "{}");
      SandboxHttp.Reply beta = send("DELETE", server.baseUrl("beta"), Map.of(), null);

      assertThat(alpha.body().toString())
          .isEqualTo(
              "{\"part\":\"alpha\",\"method\":\"POST\",\"path\":\"/keys/1\",\"calls\":2,\"delay\":7}");
      assertThat(beta.body().toString())
          .isEqualTo(
              "{\"part\":\"beta\",\"method\":\"DELETE\",\"path\":\"/\",\"calls\":1,\"delay\":7}");
      assertThat(Files.readString(state.resolve("alpha.json")))
          .isEqualTo("{\"calls\":2,\"seededBy\":\"alpha\"}");
      assertThat(Files.readString(state.resolve("beta.json")))
          .isEqualTo("{\"calls\":1,\"seededBy\":\"beta\"}");
      SandboxHttp.Reply outside =
          send("GET", "http://127.0.0.1:" + server.port() + "/gamma/v1", Map.of(), null);
      assertThat(outside.status()).isEqualTo(404);
      assertThat(outside.body().toString()).isEqualTo("{\"message\":\"Not Found\"}");
    } finally {
      server.stop();
    }
  }

  @Test
  void the_server_is_started_with_nagles_algorithm_off() {
    // With Nagle's algorithm on, each keep-alive response waits for the client's delayed ACK
    // (about 40 ms); the JDK server reads this property when its configuration is first loaded.
    // The time it saves is measured by bench/startup.sh, not here.
    SandboxServer server =
        SandboxServer.start("127.0.0.1", 0, state, 0, List.of(new EchoPart("alpha", "/alpha")));
    try {
      assertThat(System.getProperty("sun.net.httpserver.nodelay")).isEqualTo("true");
      assertThat(send("GET", server.baseUrl("alpha") + "/ping", Map.of(), null).status())
          .isEqualTo(200);
    } finally {
      server.stop();
    }
  }

  @Test
  void the_base_url_of_a_provider_without_a_part_is_refused() {
    SandboxServer server =
        SandboxServer.start("127.0.0.1", 0, state, 0, List.of(new EchoPart("alpha", "/alpha")));
    try {
      assertThatThrownBy(() -> server.baseUrl("masumi"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("no sandbox for provider masumi");
    } finally {
      server.stop();
    }
  }

  @Test
  void two_parts_with_one_id_or_one_base_path_are_refused() {
    assertThatThrownBy(
            () ->
                SandboxServer.start(
                    "127.0.0.1",
                    0,
                    state,
                    0,
                    List.of(new EchoPart("alpha", "/a"), new EchoPart("alpha", "/b"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("alpha");
    assertThatThrownBy(
            () ->
                SandboxServer.start(
                    "127.0.0.1",
                    0,
                    state,
                    0,
                    List.of(new EchoPart("alpha", "/a"), new EchoPart("beta", "/a"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/a");
  }
}
