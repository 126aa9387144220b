package io.keyadm.provider.masumi.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.sandbox.Emulator;
import io.keyadm.sandbox.SandboxPart;
import java.util.Map;

/** Masumi's part of the sandbox: the Payment Service's API-key endpoints. */
public final class MasumiSandbox implements SandboxPart {

  /**
   * The admin token, in the shape the real service issues. It guards nothing (the sandbox listens
   * on loopback only and holds no real keys) and is documented, so scripts can rely on it.
   */
  public static final String ADMIN_TOKEN = "masumi-payment-admin-sandbox0admin0token00001";

  private static final String ADMIN_ID = "cm0000000000sandboxadmin0";
  private static final String HOT_WALLET = "cm0000000000sandboxwallet";

  @Override
  public String id() {
    return "masumi";
  }

  @Override
  public String basePath() {
    return "/masumi/api/v1";
  }

  @Override
  public void seed(ObjectNode root) {
    root.put("sequence", 1);
    ObjectNode admin = root.putArray("keys").addObject();
    admin.put("id", ADMIN_ID).put("token", ADMIN_TOKEN);
    admin.put("canRead", true).put("canPay", true).put("canAdmin", true).put("usageLimited", false);
    admin.putArray("NetworkLimit").add("Preprod").add("Mainnet");
    admin.putArray("ChainIdLimit");
    admin.putArray("RemainingUsageCredits");
    admin.put("status", "Active").put("walletScopeEnabled", false);
    admin.putArray("WalletScopes");
    root.putArray("hotWallets").add(HOT_WALLET);
    ArrayNode rpc = root.putArray("rpcKeys");
    rpc.addObject()
        .put("id", "cm0000000000sandboxrpc001")
        .put("rpcProviderApiKey", "preprodSandboxBlockfrostKey00000000001")
        .put("rpcProvider", "Blockfrost")
        .put("createdAt", "2026-01-01T00:00:00.000Z")
        .put("updatedAt", "2026-01-01T00:00:00.000Z")
        .put("network", "Preprod");
    rpc.addObject()
        .put("id", "cm0000000000sandboxrpc002")
        .put("rpcProviderApiKey", "mainnetSandboxBlockfrostKey00000000002")
        .put("rpcProvider", "Blockfrost")
        .put("createdAt", "2026-01-01T00:00:00.000Z")
        .put("updatedAt", "2026-01-01T00:00:00.000Z")
        .put("network", "Mainnet");
  }

  /** Masumi holds back every failed authentication by a random delay up to the given one. */
  @Override
  public Emulator emulator(ObjectMapper mapper, long authFailureDelayMillis) {
    return new MasumiEmulator(mapper, authFailureDelayMillis);
  }

  @Override
  public Map<String, String> credentials() {
    return Map.of("token", ADMIN_TOKEN);
  }
}
