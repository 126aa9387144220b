package io.keyadm.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.core.CreatedKey;
import io.keyadm.core.KeyadmException;
import io.keyadm.core.TenantResult;
import io.keyadm.fs.SecureFiles;
import io.keyadm.output.Listing;
import io.keyadm.output.ObjectViews;
import io.keyadm.output.OutputFormat;
import io.keyadm.output.Printer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Delivers a one-time secret exactly once: on stdout (table: with a "store it now" note; json/yaml:
 * the {@code secret(s)} field) or, with {@code --save-secret}, only in a 0600 file. If it cannot be
 * delivered, the command fails loudly and names what to revoke.
 */
public final class SecretDelivery {

  static final Duration EXEC_TIMEOUT = Duration.ofSeconds(60);

  private final Output output;
  private final Path saveTo;
  private final boolean force;
  private final SecretExec exec;

  public SecretDelivery(Output output, Path saveTo, boolean force) {
    this(output, saveTo, force, null);
  }

  SecretDelivery(Output output, Path saveTo, boolean force, SecretExec exec) {
    this.output = output;
    this.saveTo = saveTo;
    this.force = force;
    this.exec = exec;
  }

  /** Whether the secret goes to stdout with the result (not to a file or a command). */
  public boolean onStdout() {
    return saveTo == null && exec == null;
  }

  /**
   * Hands the secret to {@code --save-secret}'s file or {@code --exec}'s command; nothing when it
   * goes to stdout. Fails with the reason, without the "lost" wording: the caller may roll back.
   */
  public void deliverOffStdout(CreatedKey created) {
    output.redactor().addSecret(created.secret());
    if (exec != null) exec.run(created.secret() + "\n");
    else if (saveTo != null) writeFile(created.secret() + "\n");
  }

  /** Where an off-stdout delivery went, for the note on stderr. */
  public String destination() {
    return exec != null ? "the --exec command" : String.valueOf(saveTo);
  }

  /** Checks made before anything is created, so that a secret is never made only to be lost. */
  public void checkBeforeCreate() {
    OutputFormat format = output.format();
    if (output.filtered() && onStdout()) {
      throw KeyadmException.usage(
          "--jq could drop the one-time secret: add --save-secret <file> or --exec <command>");
    }
    if (exec != null) return;
    if (saveTo == null) {
      if (format == OutputFormat.ID) {
        throw KeyadmException.usage(
            "-o id prints no secret: add --save-secret <file>, or use another output format");
      }
      return;
    }
    if (Files.exists(saveTo) && !force) {
      throw KeyadmException.usage(
          "--save-secret: " + saveTo + " already exists (add --force to replace it)");
    }
    if (Files.isDirectory(saveTo))
      throw KeyadmException.usage("--save-secret: " + saveTo + " is a directory");
    for (Path dir = saveTo.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir)) {
        if (!Files.isDirectory(dir))
          throw KeyadmException.usage("--save-secret: " + dir + " is not a directory");
        if (!Files.isWritable(dir))
          throw KeyadmException.usage("--save-secret: cannot write in " + dir);
        break;
      }
    }
  }

  public void deliverKey(CreatedKey created) {
    String id = created.key().id();
    output.redactor().addSecret(created.secret());
    String revoke = "revoke it with 'keyadm key revoke " + id + "'";
    Printer printer = output.printer();
    if (!onStdout()) {
      save(created.secret() + "\n", "key " + id, revoke);
      printer.print(output.keys().created(created, false));
      printer.note("Secret of key " + id + " " + deliveredTo() + ".");
    } else {
      printer.print(output.keys().created(created, true));
      if (printer.format().isHuman())
        printer.note("Store the secret now: it cannot be shown again.");
    }
    checkDelivered(printer, "key " + id, revoke);
  }

  public void deliverTenant(TenantResult result, String what, String revokeHint) {
    result.secrets().values().forEach(output.redactor()::addSecret);
    Printer printer = output.printer();
    ObjectViews views = output.objectsMasked();
    // The table shows each one-time secret once, as its own row, not also masked among the fields.
    ObjectNode withoutSecrets = result.tenant().deepCopy();
    withoutSecrets.remove(result.secrets().keySet());
    Listing listing = views.object(withoutSecrets, "id");
    ObjectNode json = (ObjectNode) views.object(result.tenant(), "id").json();
    Listing shown =
        Listing.single(
                listing.headers(), json, listing.ids().isEmpty() ? null : listing.ids().get(0))
            .add(listing.rows().get(0));
    if (!onStdout()) {
      ObjectNode secrets = output.mapper().createObjectNode();
      result.secrets().forEach(secrets::put);
      save(secrets.toPrettyString() + "\n", what, revokeHint);
      json.putNull("secrets");
      printer.print(shown);
      printer.note(
          "Secrets (" + String.join(", ", result.secrets().keySet()) + ") " + deliveredTo() + ".");
    } else {
      ObjectNode secrets = json.putObject("secrets");
      result
          .secrets()
          .forEach(
              (field, value) -> {
                secrets.put(field, value);
                shown.appendField(field, value);
              });
      printer.print(shown);
      if (printer.format().isHuman())
        printer.note("Store the secrets now: they cannot be shown again.");
    }
    checkDelivered(printer, what, revokeHint);
  }

  private String deliveredTo() {
    return exec != null ? "handed to the --exec command" : "saved to " + saveTo + " (mode 0600)";
  }

  private void save(String content, String what, String revoke) {
    try {
      if (exec != null) exec.run(content);
      else writeFile(content);
    } catch (KeyadmException e) {
      throw lost(what, e.getMessage(), revoke);
    }
  }

  private void writeFile(String content) {
    try {
      SecureFiles.writeAtomically(saveTo, content.getBytes(StandardCharsets.UTF_8), force);
    } catch (FileAlreadyExistsException e) {
      throw KeyadmException.usage(
          "--save-secret: " + saveTo + " appeared meanwhile and was not replaced");
    } catch (IOException e) {
      throw KeyadmException.usage("--save-secret: cannot write " + saveTo + ": " + e.getMessage());
    }
  }

  private void checkDelivered(Printer printer, String what, String revoke) {
    if (printer.out().checkError())
      throw lost(what, "its secret could not be written to stdout", revoke);
  }

  private static KeyadmException lost(String what, String why, String revoke) {
    return new KeyadmException(
        KeyadmException.Kind.UNEXPECTED,
        what + " was created but " + why + "; the secret is lost: " + revoke);
  }
}
