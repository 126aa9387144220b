package io.keyadm.provider.masumi;

import io.keyadm.core.KeyadmException;
import java.util.List;

/** Turns the changes {@code key patch} names into the full body Masumi's PATCH needs. */
final class MasumiPatches {

  private MasumiPatches() {}

  /**
   * Masumi's PATCH wants status and usage limit every time, so what the patch leaves out is taken
   * from the key as the list shows it. {@code current} is null when the list does not show the key:
   * it is unknown or was removed with {@code key revoke}. PATCH still reaches a removed key, but
   * setting it active would leave an active key that no list shows, so that is refused.
   */
  static MasumiWire.KeyUpdate update(String keyId, KeyPatch patch, MasumiWire.Key current) {
    if (current == null) refuseHidden(keyId, patch);
    String permission = patch.permission() != null ? patch.permission() : permissionOf(current);
    boolean limited = patch.limited() != null ? patch.limited() : current.usageLimited();
    if ("admin".equals(permission)) {
      if (Boolean.TRUE.equals(patch.limited())) {
        throw KeyadmException.usage(
            "--limited conflicts with an admin key: admin keys are always unlimited");
      }
      limited = false;
    }
    boolean active = patch.status() != null ? "active".equals(patch.status()) : !current.revoked();
    List<String> networks = patch.networks();
    // Demoting an admin leaves it with no networks unless NetworkLimit is sent too.
    boolean demotingAdmin =
        patch.permission() != null
            && current != null
            && "admin".equals(current.permission())
            && !"admin".equals(patch.permission());
    if (demotingAdmin && networks == null) {
      networks = current.networks().isEmpty() ? List.of("preprod", "mainnet") : current.networks();
    }
    return new MasumiWire.KeyUpdate(
        keyId,
        active,
        limited,
        patch.newToken(),
        patch.creditDeltas(),
        patch.permission(),
        networks,
        patch.chainIds());
  }

  private static void refuseHidden(String keyId, KeyPatch patch) {
    if ("active".equals(patch.status())) {
      throw new KeyadmException(
          KeyadmException.Kind.REJECTED,
          "key "
              + keyId
              + " is not in the key list (unknown, or removed with 'key revoke'); Masumi would"
              + " make a removed key active yet invisible in every list, so it is not re-activated;"
              + " create a new key instead");
    }
    if (patch.status() == null || patch.limited() == null) {
      throw KeyadmException.notFound(
          "no key with id "
              + keyId
              + " in the key list; a key removed with 'key revoke' can only be patched with"
              + " --status revoked and --limited/--unlimited");
    }
  }

  private static String permissionOf(MasumiWire.Key current) {
    return current == null ? null : current.permission();
  }
}
