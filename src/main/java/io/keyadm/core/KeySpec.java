package io.keyadm.core;

import java.time.Instant;
import java.util.List;

/** The options of {@code key create}; each provider uses what it supports and rejects the rest. */
public record KeySpec(
    String name,
    String permission,
    List<Credit> credits,
    boolean unlimited,
    List<String> networks,
    List<String> chainIds,
    List<String> walletScopes,
    Instant expiresAt) {

  public KeySpec {
    credits = credits == null ? List.of() : List.copyOf(credits);
    networks = networks == null ? List.of() : List.copyOf(networks);
    chainIds = chainIds == null ? List.of() : List.copyOf(chainIds);
    walletScopes = walletScopes == null ? List.of() : List.copyOf(walletScopes);
  }
}
