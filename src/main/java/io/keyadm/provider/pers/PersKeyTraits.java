package io.keyadm.provider.pers;

import io.keyadm.core.KeyTraits;

/** PERS keys may carry an expiry ({@code expiresAt} null: never) and record their last use. */
final class PersKeyTraits implements KeyTraits {

  static final PersKeyTraits INSTANCE = new PersKeyTraits();

  @Override
  public boolean keysExpire() {
    return true;
  }

  @Override
  public boolean recordsUse() {
    return true;
  }
}
