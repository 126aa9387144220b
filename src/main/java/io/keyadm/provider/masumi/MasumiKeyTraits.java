package io.keyadm.provider.masumi;

import io.keyadm.core.ApiKey;
import io.keyadm.core.Credit;
import io.keyadm.core.KeyTraits;
import java.math.BigInteger;

/**
 * Which Masumi keys are risky: keys have no expiry and no record of use, admin keys can manage
 * every other key, and pay keys spend from the server's wallets.
 */
final class MasumiKeyTraits implements KeyTraits {

  static final MasumiKeyTraits INSTANCE = new MasumiKeyTraits();

  private static final String ADMIN = "admin";
  private static final String PAY = "pay";

  @Override
  public boolean isAdmin(ApiKey key) {
    return ADMIN.equals(key.kind());
  }

  /**
   * A pay key without a usage limit that may use mainnet (an empty network list allows both). Admin
   * keys are left to the admin-keys count: the server refuses to give them a limit.
   */
  @Override
  public boolean paysWithoutLimit(ApiKey key) {
    return PAY.equals(key.kind())
        && !limited(key)
        && (key.networks().isEmpty() || key.networks().contains("mainnet"));
  }

  /**
   * A limited pay key with nothing left to spend. Read keys are limited with no credits by default
   * and need none, so they are not counted.
   */
  @Override
  public boolean outOfCredits(ApiKey key) {
    if (!PAY.equals(key.kind()) || !limited(key)) return false;
    BigInteger left = BigInteger.ZERO;
    for (Credit c : key.credits()) left = left.add(c.value().max(BigInteger.ZERO));
    return left.signum() == 0;
  }

  /** Absent reads as limited: that is the server's default. */
  private static boolean limited(ApiKey key) {
    return key.raw().path("usageLimited").asBoolean(true);
  }
}
