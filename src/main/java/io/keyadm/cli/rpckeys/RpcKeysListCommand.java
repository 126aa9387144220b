package io.keyadm.cli.rpckeys;

import io.keyadm.cli.Connection;
import io.keyadm.cli.Output;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(
    name = "list",
    description =
        "Lists the RPC provider keys (Blockfrost), every page; the keys are masked unless --show-secrets.")
final class RpcKeysListCommand implements Callable<Integer> {

  private final Connection connection;
  private final Output output;

  RpcKeysListCommand(Connection connection, Output output) {
    this.connection = connection;
    this.output = output;
  }

  @Override
  public Integer call() {
    var keys = connection.provider().listRpcKeys();
    output.printer().print(output.objects().rpcKeys(keys));
    return 0;
  }
}
