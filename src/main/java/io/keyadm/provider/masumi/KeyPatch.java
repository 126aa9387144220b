package io.keyadm.provider.masumi;

import io.keyadm.core.Credit;
import java.util.List;

/**
 * The changes {@code key patch} names; a null field means "leave as it is".
 *
 * <p>{@code creditDeltas} hold signed amounts: positive adds, negative removes.
 */
record KeyPatch(
    String status,
    Boolean limited,
    List<Credit> creditDeltas,
    List<String> networks,
    List<String> chainIds,
    String permission,
    String newToken) {

  public boolean isEmpty() {
    return status == null
        && limited == null
        && (creditDeltas == null || creditDeltas.isEmpty())
        && networks == null
        && chainIds == null
        && permission == null
        && newToken == null;
  }
}
