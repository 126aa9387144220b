package io.keyadm.cli;

import io.keyadm.config.Durations;
import io.keyadm.core.KeyadmException;
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

  @Option(
      names = "--exec",
      paramLabel = "<command>",
      description = {
        "Hand the secret to this command instead of stdout: run through 'sh -c' with the secret on"
            + " its stdin (never in its arguments or environment); delivered only when it exits 0."
            + " Its output goes to stderr. E.g. --exec 'gh secret set MASUMI_TOKEN'."
      })
  String exec;

  @Option(
      names = "--exec-timeout",
      paramLabel = "<duration>",
      description = "How long --exec's command may run before it is killed (default: 60s).")
  String execTimeout;

  /** The delivery these options ask for. */
  public SecretDelivery delivery(Output output) {
    if (exec != null && saveSecret != null)
      throw KeyadmException.usage("--save-secret and --exec conflict: give one");
    if (exec != null && exec.isBlank())
      throw KeyadmException.usage("invalid value for --exec: must not be empty");
    if (execTimeout != null && exec == null)
      throw KeyadmException.usage("--exec-timeout goes with --exec");
    SecretExec command =
        exec == null
            ? null
            : new SecretExec(
                exec,
                execTimeout == null
                    ? SecretDelivery.EXEC_TIMEOUT
                    : Durations.parse(execTimeout, "--exec-timeout"),
                output.err(),
                output.redactor());
    return new SecretDelivery(output, saveSecret, force, command);
  }
}
