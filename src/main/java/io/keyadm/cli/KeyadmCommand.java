package io.keyadm.cli;

import io.keyadm.cli.key.KeyCommand;
import io.keyadm.cli.profile.ProfileCommand;
import io.keyadm.cli.rpckeys.RpcKeysCommand;
import io.keyadm.cli.sandbox.SandboxCommand;
import io.keyadm.cli.shell.ShellCommand;
import io.keyadm.cli.tenant.TenantCommand;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command; its options are global and may stand before or after a subcommand. */
@Command(
    name = "keyadm",
    mixinStandardHelpOptions = true,
    // Inherited: every subcommand gets -h/--help and the exit-code footer.
    scope = ScopeType.INHERIT,
    versionProvider = Version.class,
    description =
        "Administers API keys on the Masumi Payment Service, the PERS loyalty platform and the NFT platform.",
    footerHeading = "%nCredentials (first found wins):%n",
    footer = {
      "  --token-file FILE|-, $KEYADM_TOKEN, the profile's token-command,",
      "  the profile's token-env, the token stored in the config file.",
      "@secrets@",
      "",
      "Exit codes:",
      "  0    success (an empty list too)",
      "  1    unexpected error (rerun with --debug)",
      "  2    usage error, or not available for this provider",
      "  3    authentication or permission failure",
      "  4    not found",
      "  5    rejected by the server (400/409/422)",
      "  6    server unavailable, rate limited, or an unusable answer",
      "  7    network failure or timeout",
      "  8    partial failure of a command on several keys",
      "  9    audit found something at or above --fail-on",
      "  130  interrupted"
    })
public final class KeyadmCommand implements Runnable {

  /** The top-level commands, in the order help lists them. */
  static final Map<String, Class<?>> SUBCOMMANDS =
      Subcommands.of(
          "status",
          StatusCommand.class,
          "key",
          KeyCommand.class,
          "rpc-keys",
          RpcKeysCommand.class,
          "tenant",
          TenantCommand.class,
          "profile",
          ProfileCommand.class,
          "completion",
          CompletionCommand.class,
          "sandbox",
          SandboxCommand.class,
          "shell",
          ShellCommand.class,
          "audit",
          AuditCommand.class);

  @Mixin GlobalOptions options;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command");
  }
}
