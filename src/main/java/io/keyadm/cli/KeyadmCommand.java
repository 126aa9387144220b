package io.keyadm.cli;

import io.keyadm.cli.key.KeyCommand;
import io.keyadm.cli.profile.ProfileCommand;
import io.keyadm.cli.rpckeys.RpcKeysCommand;
import io.keyadm.cli.sandbox.SandboxCommand;
import io.keyadm.cli.tenant.TenantCommand;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The root command; its options are global and may stand before or after a subcommand. */
@Command(
    name = "keyadm",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Administers API keys on the Masumi Payment Service, the PERS loyalty platform and the NFT platform.",
    footerHeading = "%nCredentials (first found wins):%n",
    footer = {
      "  --token-file FILE|-  >  $KEYADM_TOKEN  >  profile token-command  >  profile token-env  >  token stored in the config file.",
      "  PERS also: --project-key-file / $KEYADM_PROJECT_KEY and --business-key-file / $KEYADM_BUSINESS_KEY.",
      "",
      "Exit codes:",
      "  0 success   1 unexpected error   2 usage error   3 authentication/permission   4 not found",
      "  5 rejected by the server   6 server unavailable or unusable answer   7 network failure",
      "  8 partial failure   130 interrupted"
    })
public final class KeyadmCommand implements Runnable {

  /** The top-level commands, in the order help lists them. */
  static final Map<String, Class<?>> COMMANDS = new LinkedHashMap<>();

  static {
    COMMANDS.put("status", StatusCommand.class);
    COMMANDS.put("key", KeyCommand.class);
    COMMANDS.put("rpc-keys", RpcKeysCommand.class);
    COMMANDS.put("tenant", TenantCommand.class);
    COMMANDS.put("profile", ProfileCommand.class);
    COMMANDS.put("completion", CompletionCommand.class);
    COMMANDS.put("sandbox", SandboxCommand.class);
  }

  @Mixin GlobalOptions options;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command");
  }
}
