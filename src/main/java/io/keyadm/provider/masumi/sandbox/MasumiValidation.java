package io.keyadm.provider.masumi.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The Masumi service's request schemas (zod, in release 0.28), with its messages: POST takes {@code
 * usageLimited} and {@code walletScopeEnabled} as strings, PATCH as booleans.
 */
final class MasumiValidation {

  private MasumiValidation() {}

  /** The problems of a POST /api-key body, each as the server words it; empty when it is valid. */
  static List<String> createProblems(JsonNode body) {
    List<String> problems = new ArrayList<>();
    JsonNode credits = body.get("UsageCredits");
    if (credits == null) problems.add("UsageCredits: Required");
    else if (!credits.isArray())
      problems.add("UsageCredits: Expected array, received " + type(credits));
    else checkCredits(credits, "UsageCredits", problems);
    JsonNode limited = body.get("usageLimited");
    if (limited != null
        && !(limited.isTextual()
            && (limited.asText().equals("true") || limited.asText().equals("false")))) {
      problems.add(
          "usageLimited: "
              + (limited.isTextual()
                  ? "Invalid enum value. Expected 'true' | 'false', received '"
                      + limited.asText()
                      + "'"
                  : "Expected string, received " + type(limited)));
    }
    JsonNode scopeEnabled = body.get("walletScopeEnabled");
    if (scopeEnabled != null && !scopeEnabled.isTextual())
      problems.add("walletScopeEnabled: Expected string, received " + type(scopeEnabled));
    checkCommon(body, problems);
    return problems;
  }

  /** The problems of a PATCH /api-key body; empty when it is valid. */
  static List<String> patchProblems(JsonNode body) {
    List<String> problems = new ArrayList<>();
    JsonNode id = body.get("id");
    if (id == null) problems.add("id: Required");
    else if (!id.isTextual()) problems.add("id: Expected string, received " + type(id));
    JsonNode limited = body.get("usageLimited");
    if (limited != null && !limited.isBoolean())
      problems.add("usageLimited: Expected boolean, received " + type(limited));
    JsonNode status = body.get("status");
    if (status != null
        && !(status.isTextual()
            && (status.asText().equals("Active") || status.asText().equals("Revoked")))) {
      problems.add(
          "status: Invalid enum value. Expected 'Active' | 'Revoked', received '"
              + status.asText()
              + "'");
    }
    JsonNode token = body.get("token");
    if (token != null
        && (!token.isTextual() || token.asText().length() < 15 || token.asText().length() > 550)) {
      problems.add("token: String must contain between 15 and 550 character(s)");
    }
    JsonNode deltas = body.get("UsageCreditsToAddOrRemove");
    if (deltas != null) {
      if (!deltas.isArray())
        problems.add("UsageCreditsToAddOrRemove: Expected array, received " + type(deltas));
      else if (deltas.size() > 25)
        problems.add("UsageCreditsToAddOrRemove: Array must contain at most 25 element(s)");
      else checkCredits(deltas, "UsageCreditsToAddOrRemove", problems);
    }
    JsonNode scopeEnabled = body.get("walletScopeEnabled");
    if (scopeEnabled != null && !scopeEnabled.isBoolean())
      problems.add("walletScopeEnabled: Expected boolean, received " + type(scopeEnabled));
    checkCommon(body, problems);
    return problems;
  }

  private static void checkCredits(JsonNode credits, String field, List<String> problems) {
    for (int i = 0; i < credits.size(); i++) {
      JsonNode c = credits.get(i);
      for (String part : List.of("unit", "amount")) {
        if (!c.path(part).isTextual())
          problems.add(
              field
                  + "."
                  + i
                  + "."
                  + part
                  + ": "
                  + (c.has(part) ? "Expected string, received " + type(c.get(part)) : "Required"));
      }
    }
  }

  private static void checkCommon(JsonNode body, List<String> problems) {
    JsonNode nets = body.get("NetworkLimit");
    if (nets != null) {
      if (!nets.isArray()) problems.add("NetworkLimit: Expected array, received " + type(nets));
      else
        for (int i = 0; i < nets.size(); i++) {
          String n = nets.get(i).asText();
          if (!nets.get(i).isTextual() || !(n.equals("Preprod") || n.equals("Mainnet"))) {
            problems.add(
                "NetworkLimit."
                    + i
                    + ": Invalid enum value. Expected 'Preprod' | 'Mainnet', received '"
                    + n
                    + "'");
          }
        }
    }
    JsonNode chains = body.get("ChainIdLimit");
    if (chains != null) {
      if (!chains.isArray()) problems.add("ChainIdLimit: Expected array, received " + type(chains));
      else if (chains.size() > 50)
        problems.add("ChainIdLimit: Array must contain at most 50 element(s)");
      else
        for (int i = 0; i < chains.size(); i++) {
          String c = chains.get(i).asText();
          if (!c.matches("[-a-z0-9]{3,8}:[-_a-zA-Z0-9]{1,32}"))
            problems.add("ChainIdLimit." + i + ": Invalid CAIP-2 chain id");
          else if (c.startsWith("cardano:"))
            problems.add("ChainIdLimit." + i + ": Cardano chain ids are set through NetworkLimit");
        }
    }
    for (String flag : List.of("canRead", "canPay", "canAdmin")) {
      JsonNode v = body.get(flag);
      if (v != null && !v.isBoolean())
        problems.add(flag + ": Expected boolean, received " + type(v));
    }
    JsonNode permission = body.get("permission");
    if (permission != null
        && !List.of("Read", "ReadAndPay", "Admin").contains(permission.asText())) {
      problems.add(
          "permission: Invalid enum value. Expected 'Read' | 'ReadAndPay' | 'Admin', received '"
              + permission.asText()
              + "'");
    }
    JsonNode wallets = body.get("WalletScopeHotWalletIds");
    if (wallets != null && !wallets.isArray())
      problems.add("WalletScopeHotWalletIds: Expected array, received " + type(wallets));
  }

  /** The JSON type as zod names it in "Expected X, received Y". */
  static String type(JsonNode n) {
    if (n.isBoolean()) return "boolean";
    if (n.isNumber()) return "number";
    if (n.isTextual()) return "string";
    if (n.isArray()) return "array";
    if (n.isNull()) return "null";
    return "object";
  }
}
