package io.keyadm.provider.masumi;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyadm.core.ApiKey;
import io.keyadm.core.Credit;
import io.keyadm.core.OptionValues;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * What a Masumi key's successor copies: permission, networks, chain ids, wallet scopes, the
 * usage-limited flag and the remaining credits, each as the option of {@code key create} that asks
 * for it. {@code --credit} on {@code key rotate} replaces the credits (and so limits the key).
 */
final class MasumiSuccessor {

  private MasumiSuccessor() {}

  static OptionValues of(ApiKey old, OptionValues given) {
    MasumiWire.Key k = MasumiWire.Key.from(old.raw());
    JsonNode raw = old.raw();
    OptionValues create = OptionValues.none();
    create.put(MasumiOptions.PERMISSION, List.of(k.permission()));
    boolean admin = "admin".equals(k.permission());
    if (given.has(MasumiOptions.CREDIT)) {
      create.put(MasumiOptions.CREDIT, given.all(MasumiOptions.CREDIT));
    } else if (!admin && !k.usageLimited()) {
      create.put(MasumiOptions.UNLIMITED, List.of());
    } else if (!admin) {
      List<String> credits = new ArrayList<>();
      // A unit spent down to 0 cannot be asked for again (the server wants more than 0).
      for (Credit c : k.remainingCredits())
        if (new BigInteger(c.amount()).signum() > 0) credits.add(c.unit() + "=" + c.amount());
      if (!credits.isEmpty()) create.put(MasumiOptions.CREDIT, credits);
    }
    if (!k.networks().isEmpty()) create.put(MasumiOptions.NETWORK, k.networks());
    List<String> chains = new ArrayList<>();
    // Responses list the Cardano networks as chain ids too; requests must set them as networks.
    for (JsonNode c : raw.path("ChainIdLimit"))
      if (!c.asText().startsWith("cardano:")) chains.add(c.asText());
    if (!chains.isEmpty()) create.put(MasumiOptions.CHAIN_ID, chains);
    List<String> wallets = new ArrayList<>();
    for (JsonNode w : raw.path("WalletScopes")) wallets.add(w.path("hotWalletId").asText());
    if (!wallets.isEmpty()) create.put(MasumiOptions.WALLET_SCOPE, wallets);
    return create;
  }
}
