package io.keyadm.core;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/** One column of a provider's key table: its header and how a key's cell is written. */
public record KeyColumn(String header, Function<ApiKey, String> value) {

  /** A time column: RFC 3339 UTC, {@code -} when absent. */
  public static KeyColumn time(String header, Function<ApiKey, Instant> time) {
    return new KeyColumn(
        header,
        k -> {
          Instant t = time.apply(k);
          return t == null ? "-" : DateTimeFormatter.ISO_INSTANT.format(t);
        });
  }
}
