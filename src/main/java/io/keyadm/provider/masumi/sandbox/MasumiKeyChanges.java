package io.keyadm.provider.masumi.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.sandbox.Ids;
import io.keyadm.sandbox.SandboxResponse;
import io.keyadm.sandbox.StateStore;
import java.math.BigInteger;
import java.util.List;

/**
 * Creating and changing keys as the 0.28 service does, traps included: PATCH re-activates and
 * re-limits what it is not told, and a malformed amount or an unknown hot wallet is a bare 500.
 */
final class MasumiKeyChanges {

  private final MasumiReplies replies;

  MasumiKeyChanges(MasumiReplies replies) {
    this.replies = replies;
  }

  SandboxResponse create(StateStore.Transaction tx, JsonNode body) {
    if (body == null || !body.isObject()) return replies.error(400, "UsageCredits: Required");
    List<String> problems = MasumiValidation.createProblems(body);
    if (!problems.isEmpty()) return replies.error(400, String.join("; ", problems));
    JsonNode credits = body.get("UsageCredits");
    for (JsonNode c : credits) {
      String amount = c.path("amount").asText();
      if (amount.startsWith("-")) return replies.error(400, "Invalid amount");
      if (!amount.matches("\\d+")) return replies.error(500, "Internal Server Error");
    }
    for (JsonNode w : body.path("WalletScopeHotWalletIds"))
      if (!knownWallet(tx.root(), w.asText())) return replies.error(500, "Internal Server Error");
    boolean[] flags = permissionFlags(body);
    JsonNode limited = body.get("usageLimited");
    boolean usageLimited = limited == null || limited.asText().equals("true");
    if (flags[2] && usageLimited)
      return replies.error(400, "Admin API keys cannot have usage limits");
    long seq = tx.root().path("sequence").asLong() + 1;
    tx.root().put("sequence", seq);
    ObjectNode key = replies.mapper().createObjectNode();
    key.put("id", Ids.cuid(seq))
        .put("token", (flags[2] ? "masumi-payment-admin-" : "masumi-payment-") + Ids.alnum(24));
    key.put("canRead", flags[0])
        .put("canPay", flags[1])
        .put("canAdmin", flags[2])
        .put("usageLimited", usageLimited);
    ArrayNode nets = key.putArray("NetworkLimit");
    if (body.has("NetworkLimit")) body.get("NetworkLimit").forEach(n -> nets.add(n.asText()));
    else nets.add("Preprod").add("Mainnet");
    ArrayNode chains = key.putArray("ChainIdLimit");
    body.path("ChainIdLimit").forEach(c -> chains.add(c.asText()));
    ArrayNode remaining = key.putArray("RemainingUsageCredits");
    credits.forEach(
        c ->
            remaining
                .addObject()
                .put("unit", c.path("unit").asText())
                .put("amount", new BigInteger(c.path("amount").asText()).toString()));
    key.put("status", "Active");
    key.put("walletScopeEnabled", "true".equals(body.path("walletScopeEnabled").asText()));
    ArrayNode scopes = key.putArray("WalletScopes");
    body.path("WalletScopeHotWalletIds")
        .forEach(w -> scopes.addObject().put("hotWalletId", w.asText()));
    ((ArrayNode) tx.root().withArray("keys")).add(key);
    tx.changed();
    return replies.ok(replies.view(key, true));
  }

  SandboxResponse patch(StateStore.Transaction tx, JsonNode body) {
    if (body == null || !body.isObject()) return replies.error(400, "id: Required");
    List<String> problems = MasumiValidation.patchProblems(body);
    if (!problems.isEmpty()) return replies.error(400, String.join("; ", problems));
    ObjectNode key = MasumiKeyIndex.of(tx).withId(body.get("id").asText());
    if (key == null) return replies.error(404, "API key not found");
    // The credit arithmetic is checked in full before anything changes.
    ObjectNode credits = replies.mapper().createObjectNode();
    key.path("RemainingUsageCredits")
        .forEach(c -> credits.put(c.path("unit").asText(), c.path("amount").asText()));
    JsonNode deltas = body.get("UsageCreditsToAddOrRemove");
    if (deltas != null) {
      for (JsonNode d : deltas) {
        String amount = d.path("amount").asText();
        if (!amount.matches("[-+]?\\d+")) return replies.error(500, "Internal Server Error");
        BigInteger now =
            new BigInteger(credits.path(d.path("unit").asText()).asText("0"))
                .add(new BigInteger(amount));
        if (now.signum() < 0) return replies.error(400, "Invalid amount");
        if (now.signum() == 0) credits.remove(d.path("unit").asText());
        else credits.put(d.path("unit").asText(), now.toString());
      }
    }
    for (JsonNode w : body.path("WalletScopeHotWalletIds"))
      if (!knownWallet(tx.root(), w.asText())) return replies.error(500, "Internal Server Error");
    boolean anyFlag =
        body.has("canRead") || body.has("canPay") || body.has("canAdmin") || body.has("permission");
    boolean[] flags =
        anyFlag
            ? permissionFlags(body)
            : new boolean[] {
              key.path("canRead").asBoolean(),
              key.path("canPay").asBoolean(),
              key.path("canAdmin").asBoolean()
            };
    // The trap, kept on purpose: what PATCH is not told falls back to the defaults.
    JsonNode limited = body.get("usageLimited");
    boolean usageLimited = limited == null || limited.asBoolean();
    JsonNode status = body.get("status");
    String newStatus = status == null ? "Active" : status.asText();
    if (flags[2] && usageLimited)
      return replies.error(400, "Admin API keys cannot have usage limits");
    apply(key, body, flags, usageLimited, newStatus, credits);
    tx.changed();
    return replies.ok(replies.view(key, false));
  }

  private static void apply(
      ObjectNode key,
      JsonNode body,
      boolean[] flags,
      boolean usageLimited,
      String status,
      ObjectNode credits) {
    boolean demoted = key.path("canAdmin").asBoolean() && !flags[2];
    key.put("canRead", flags[0]).put("canPay", flags[1]).put("canAdmin", flags[2]);
    key.put("usageLimited", usageLimited).put("status", status);
    if (body.has("token")) key.put("token", body.get("token").asText());
    ArrayNode remaining = key.putArray("RemainingUsageCredits");
    credits
        .fields()
        .forEachRemaining(
            e ->
                remaining.addObject().put("unit", e.getKey()).put("amount", e.getValue().asText()));
    if (body.has("NetworkLimit")) {
      ArrayNode nets = key.putArray("NetworkLimit");
      body.get("NetworkLimit").forEach(n -> nets.add(n.asText()));
    } else if (demoted) {
      key.putArray("NetworkLimit");
    }
    if (body.has("ChainIdLimit")) {
      ArrayNode chains = key.putArray("ChainIdLimit");
      body.get("ChainIdLimit").forEach(c -> chains.add(c.asText()));
    }
    JsonNode scopeEnabled = body.get("walletScopeEnabled");
    if (scopeEnabled != null) key.put("walletScopeEnabled", scopeEnabled.asBoolean());
    if (body.has("WalletScopeHotWalletIds")) {
      ArrayNode scopes = key.putArray("WalletScopes");
      body.get("WalletScopeHotWalletIds")
          .forEach(w -> scopes.addObject().put("hotWalletId", w.asText()));
    }
  }

  /**
   * canRead, canPay, canAdmin: given flags win (canRead defaulting true); else the deprecated
   * permission.
   */
  private static boolean[] permissionFlags(JsonNode body) {
    if (body.has("canRead") || body.has("canPay") || body.has("canAdmin")) {
      boolean admin = body.path("canAdmin").asBoolean(false);
      boolean pay = admin || body.path("canPay").asBoolean(false);
      boolean read = admin || pay || body.path("canRead").asBoolean(true);
      return new boolean[] {read, pay, admin};
    }
    return switch (body.path("permission").asText("Read")) {
      case "Admin" -> new boolean[] {true, true, true};
      case "ReadAndPay" -> new boolean[] {true, true, false};
      default -> new boolean[] {true, false, false};
    };
  }

  private static boolean knownWallet(ObjectNode root, String id) {
    for (JsonNode w : root.path("hotWallets")) if (w.asText().equals(id)) return true;
    return false;
  }
}
