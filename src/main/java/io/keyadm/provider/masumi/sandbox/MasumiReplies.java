package io.keyadm.provider.masumi.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.sandbox.SandboxResponse;
import java.util.Locale;

/** What the Masumi emulator answers: its envelopes, and a key as the API shows it. */
final class MasumiReplies {

  private final ObjectMapper mapper;

  MasumiReplies(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  ObjectMapper mapper() {
    return mapper;
  }

  SandboxResponse ok(JsonNode data) {
    ObjectNode body = mapper.createObjectNode().put("status", "success");
    body.set("data", data);
    return new SandboxResponse(200, body);
  }

  SandboxResponse error(int status, String message) {
    ObjectNode body = mapper.createObjectNode().put("status", "error");
    body.putObject("error").put("message", message);
    return new SandboxResponse(status, body);
  }

  /**
   * The key as the API shows it: token masked except right after creation, the deprecated
   * permission derived.
   */
  ObjectNode view(JsonNode key, boolean plaintextToken) {
    ObjectNode v = mapper.createObjectNode();
    v.put("id", key.path("id").asText());
    String token = key.path("token").asText();
    v.put(
        "token",
        plaintextToken ? token : "*****" + token.substring(Math.max(0, token.length() - 4)));
    boolean admin = key.path("canAdmin").asBoolean();
    boolean pay = key.path("canPay").asBoolean();
    v.put("permission", admin ? "Admin" : pay ? "ReadAndPay" : "Read");
    v.put("canRead", key.path("canRead").asBoolean()).put("canPay", pay).put("canAdmin", admin);
    v.put("usageLimited", key.path("usageLimited").asBoolean());
    v.set("NetworkLimit", key.path("NetworkLimit").deepCopy());
    ArrayNode chains = v.putArray("ChainIdLimit");
    key.path("ChainIdLimit").forEach(c -> chains.add(c.asText()));
    key.path("NetworkLimit")
        .forEach(n -> chains.add("cardano:" + n.asText().toLowerCase(Locale.ROOT)));
    v.set("RemainingUsageCredits", key.path("RemainingUsageCredits").deepCopy());
    v.put("status", key.path("status").asText());
    v.put("walletScopeEnabled", key.path("walletScopeEnabled").asBoolean());
    v.set("WalletScopes", key.path("WalletScopes").deepCopy());
    return v;
  }
}
