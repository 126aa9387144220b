package io.keyadm.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of every command that makes a one-time secret. */
public final class SaveSecretOptions {

  @Option(
      names = "--save-secret",
      paramLabel = "<file>",
      description = "Write the secret to this file (mode 0600) instead of stdout.")
  Path saveSecret;

  @Option(names = "--force", description = "With --save-secret: replace an existing file.")
  boolean force;

  /** The delivery these options ask for. */
  public SecretDelivery delivery(Output output) {
    return new SecretDelivery(output, saveSecret, force);
  }
}
