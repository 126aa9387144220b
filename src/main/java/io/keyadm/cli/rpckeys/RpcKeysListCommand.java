package io.keyadm.cli.rpckeys;

import io.keyadm.cli.Services;
import io.keyadm.output.ObjectViews;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(
    name = "list",
    description =
        "Lists the RPC provider keys (Blockfrost), every page; the keys are masked unless --show-secrets.")
final class RpcKeysListCommand implements Callable<Integer> {

  private final Services services;

  RpcKeysListCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    var keys = services.provider().listRpcKeys();
    services
        .printer()
        .print(new ObjectViews(services.mapper(), services.showSecrets()).rpcKeys(keys));
    return 0;
  }
}
