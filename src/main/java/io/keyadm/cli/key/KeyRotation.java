package io.keyadm.cli.key;

import io.keyadm.cli.Output;
import io.keyadm.cli.SecretDelivery;
import io.keyadm.core.ApiKey;
import io.keyadm.core.CreatedKey;
import io.keyadm.core.KeyProvider;
import io.keyadm.core.KeyadmException;
import io.keyadm.core.OptionValues;
import io.keyadm.core.Rotation;
import io.keyadm.output.Printer;
import io.keyadm.output.WorkflowViews;
import java.time.Clock;

/**
 * The steps of {@code key rotate} and their failure rules: a failed create changes nothing; a
 * failed delivery, check or profile update revokes the successor again; a failed revoke of the old
 * key is a partial success (exit 8).
 */
final class KeyRotation {

  private final KeyProvider provider;
  private final SecretDelivery delivery;
  private final Output output;
  private final Clock clock;

  KeyRotation(KeyProvider provider, SecretDelivery delivery, Output output, Clock clock) {
    this.provider = provider;
    this.delivery = delivery;
    this.output = output;
    this.clock = clock;
  }

  int run(
      String keyId,
      OptionValues given,
      boolean verify,
      boolean keepOld,
      ProfileToken profileToken) {
    ApiKey old = provider.getKey(keyId);
    if (old.isRevoked())
      throw new KeyadmException(
          KeyadmException.Kind.REJECTED,
          "key " + keyId + " is revoked: there is nothing to rotate");
    checkOwnCredential(old, profileToken);
    OptionValues successor = provider.successorOf(old, given, clock.instant());
    CreatedKey created = provider.createKey(successor);
    String newId = created.key().id();
    try {
      delivery.deliverOffStdout(created);
      if (verify) provider.verifySecret(created.secret());
      if (profileToken != null) profileToken.store(created.secret());
    } catch (KeyadmException e) {
      throw rolledBack(e, old, newId);
    }
    KeyadmException revokeFailure = null;
    if (!keepOld) {
      try {
        provider.revokeKey(old.id());
      } catch (KeyadmException e) {
        revokeFailure = e;
      }
    }
    print(
        new Rotation(old, created, delivery.onStdout(), verify, !keepOld && revokeFailure == null));
    created.warnings().forEach(output.printer()::warn);
    if (revokeFailure != null)
      throw new KeyadmException(
          KeyadmException.Kind.PARTIAL,
          "successor "
              + newId
              + " is live and delivered, but the old key "
              + old.id()
              + " could not be revoked: "
              + revokeFailure.getMessage()
              + "; revoke it with 'keyadm key revoke "
              + old.id()
              + "'");
    return 0;
  }

  /** Rotating the credential in use would lock keyadm out unless the profile gets the successor. */
  private void checkOwnCredential(ApiKey old, ProfileToken profileToken) {
    String own;
    try {
      own = provider.credentialKeyId();
    } catch (KeyadmException e) {
      own = null;
    }
    boolean isOwn = old.id().equals(own);
    if (isOwn && profileToken == null)
      throw KeyadmException.usage(
          "key "
              + old.id()
              + " is the credential keyadm is using: add --update-profile to store the successor"
              + " in the profile before the old key is revoked");
    if (!isOwn && profileToken != null)
      throw KeyadmException.usage(
          "--update-profile: key "
              + old.id()
              + " is not the credential of profile "
              + profileToken.name());
  }

  private KeyadmException rolledBack(KeyadmException cause, ApiKey old, String newId) {
    try {
      provider.revokeKey(newId);
    } catch (KeyadmException again) {
      return new KeyadmException(
          cause.kind(),
          cause.getMessage()
              + "; revoking the successor failed too ("
              + again.getMessage()
              + "): revoke key "
              + newId
              + " by hand with 'keyadm key revoke "
              + newId
              + "'; key "
              + old.id()
              + " is untouched");
    }
    return new KeyadmException(
        cause.kind(),
        cause.getMessage()
            + "; the successor "
            + newId
            + " was revoked again and key "
            + old.id()
            + " is untouched");
  }

  private void print(Rotation r) {
    Printer printer = output.printer();
    printer.print(new WorkflowViews(output.mapper(), output.keys()).rotation(r));
    String newId = r.successor().key().id();
    if (r.secretOnStdout() && printer.format().isHuman())
      printer.note("Store the secret now: it cannot be shown again.");
    if (!r.secretOnStdout())
      printer.note("Secret of key " + newId + " delivered to " + delivery.destination() + ".");
    if (!r.oldRevoked()) printer.note("Key " + r.old().id() + " is still active.");
    if (printer.out().checkError())
      throw new KeyadmException(
          KeyadmException.Kind.UNEXPECTED,
          "key "
              + newId
              + " was created but its secret could not be written to stdout; the secret is lost:"
              + " revoke it with 'keyadm key revoke "
              + newId
              + "'");
  }
}
