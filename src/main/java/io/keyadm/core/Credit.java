package io.keyadm.core;

import java.math.BigInteger;

/**
 * An amount of one unit (Masumi: policy id + asset name hex, {@code lovelace} for ADA).
 *
 * <p>The amount is a decimal string because Masumi amounts are arbitrary-precision integers.
 */
public record Credit(String unit, String amount) {

  public static final String LOVELACE = "lovelace";

  public BigInteger value() {
    return new BigInteger(amount);
  }

  @Override
  public String toString() {
    return unit + "=" + amount;
  }
}
