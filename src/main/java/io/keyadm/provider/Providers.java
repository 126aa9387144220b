package io.keyadm.provider;

import io.keyadm.core.KeyProvider;
import io.keyadm.core.KeyadmException;
import io.keyadm.provider.masumi.MasumiProvider;
import io.keyadm.provider.nft.NftProvider;
import io.keyadm.provider.pers.PersProvider;
import java.util.List;

/** The providers keyadm speaks, by id. */
public final class Providers {

  public static final List<String> IDS = List.of("masumi", "pers", "nft");

  private Providers() {}

  public static KeyProvider open(String id, ProviderContext context) {
    return switch (check(id)) {
      case "masumi" -> new MasumiProvider(context);
      case "pers" -> new PersProvider(context);
      default -> new NftProvider(context);
    };
  }

  /** The id itself, or a usage error listing the known ones. */
  public static String check(String id) {
    if (id == null || !IDS.contains(id)) {
      throw KeyadmException.usage(
          "unknown provider '" + id + "' (expected one of: " + String.join(", ", IDS) + ")");
    }
    return id;
  }
}
