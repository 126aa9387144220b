package io.keyadm.cli.rpckeys;

import io.keyadm.cli.ParentCommand;
import io.keyadm.cli.Subcommands;
import java.util.Map;
import picocli.CommandLine.Command;

@Command(name = "rpc-keys", description = "RPC provider keys.")
public final class RpcKeysCommand extends ParentCommand {

  public static final Map<String, Class<?>> SUBCOMMANDS =
      Subcommands.of("list", RpcKeysListCommand.class);
}
