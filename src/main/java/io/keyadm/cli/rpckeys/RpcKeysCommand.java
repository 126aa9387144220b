package io.keyadm.cli.rpckeys;

import io.keyadm.cli.ParentCommand;
import picocli.CommandLine.Command;

@Command(name = "rpc-keys", description = "RPC provider keys (masumi).", subcommands = RpcKeysListCommand.class)
public final class RpcKeysCommand extends ParentCommand {}
