package io.keyadm.provider.nft.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.sandbox.Emulator;
import io.keyadm.sandbox.SandboxPart;
import java.util.Map;

/** The NFT platform's part of the sandbox: its API-key routes, with an OWNER and a USER. */
public final class NftSandbox implements SandboxPart {

  /**
   * The OWNER's token. Like every sandbox credential it guards nothing and is documented, so
   * scripts can rely on it.
   */
  public static final String OWNER_TOKEN = "nft-sandbox-owner-token-0001";

  /** A second, USER-role token, to see a 403. */
  public static final String USER_TOKEN = "nft-sandbox-user-token-0001";

  private static final String OWNER_ID = "67a98689bc4810c0e57b07d7";
  private static final String USER_ID = "67a98689bc4810c0e57b07d8";

  @Override
  public String id() {
    return "nft";
  }

  @Override
  public String basePath() {
    return "/nft/api/v1";
  }

  @Override
  public void seed(ObjectNode root) {
    ArrayNode users = root.putArray("users");
    users.addObject().put("id", OWNER_ID).put("token", OWNER_TOKEN).put("role", "OWNER");
    users.addObject().put("id", USER_ID).put("token", USER_TOKEN).put("role", "USER");
    ArrayNode keys = root.putArray("keys");
    keys.add(
        NftEmulator.key(
            OWNER_ID,
            "67aaf3d7ac6656e91a4a9845",
            "2026-01-02T00:00:00.000Z",
            "2099-01-01T00:00:00.000Z"));
    keys.add(
        NftEmulator.key(
            OWNER_ID,
            "67aaf3d7ac6656e91a4a9846",
            "2026-01-03T00:00:00.000Z",
            "2026-02-01T00:00:00.000Z"));
  }

  /** The platform answers a failed authentication at once: the delay is not used. */
  @Override
  public Emulator emulator(ObjectMapper mapper, long authFailureDelayMillis) {
    return new NftEmulator(mapper);
  }

  @Override
  public Map<String, String> credentials() {
    return Map.of("token", OWNER_TOKEN);
  }
}
