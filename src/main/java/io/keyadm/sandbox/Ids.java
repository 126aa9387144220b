package io.keyadm.sandbox;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;

/** Identifiers and secrets in the shapes the real services issue. */
public final class Ids {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";

  private Ids() {}

  public static String alnum(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) sb.append(ALNUM.charAt(RANDOM.nextInt(ALNUM.length())));
    return sb.toString();
  }

  public static String hex(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  /** A cuid-like id that sorts after every id made before it (Masumi lists by id). */
  public static String cuid(long sequence) {
    return "cm" + String.format("%010d", sequence) + alnum(13);
  }

  /** A MongoDB ObjectId: 24 hex digits, time first. */
  public static String objectId(long epochSecond) {
    return String.format("%08x", epochSecond) + hex(8);
  }

  public static String uuid() {
    return UUID.randomUUID().toString();
  }
}
