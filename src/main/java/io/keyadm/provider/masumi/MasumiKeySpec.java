package io.keyadm.provider.masumi;

import io.keyadm.core.Credit;
import java.util.List;

/** What {@code key create} asks Masumi for. */
record MasumiKeySpec(
    String permission,
    List<Credit> credits,
    boolean unlimited,
    List<String> networks,
    List<String> chainIds,
    List<String> walletScopes) {}
