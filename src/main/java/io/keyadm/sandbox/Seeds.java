package io.keyadm.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The state each emulated service starts with: its admin credential and a few objects to look at.
 */
final class Seeds {

  private Seeds() {}

  static void seed(String provider, ObjectNode root) {
    switch (provider) {
      case "masumi" -> MasumiEmulator.seed(root);
      case "pers" -> PersEmulator.seed(root);
      case "nft" -> NftEmulator.seed(root);
      default -> throw new IllegalArgumentException(provider);
    }
  }
}
