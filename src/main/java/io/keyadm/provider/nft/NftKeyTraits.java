package io.keyadm.provider.nft;

import io.keyadm.core.KeyTraits;

/** NFT platform keys may carry an expiry (absent: never); their use is not recorded. */
final class NftKeyTraits implements KeyTraits {

  static final NftKeyTraits INSTANCE = new NftKeyTraits();

  @Override
  public boolean keysExpire() {
    return true;
  }
}
