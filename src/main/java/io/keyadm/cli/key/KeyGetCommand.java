package io.keyadm.cli.key;

import io.keyadm.cli.Args;
import io.keyadm.cli.Services;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "get", description = "Shows one key. Exits 4 when there is no such key.")
final class KeyGetCommand implements Callable<Integer> {

  private final Services services;

  @Parameters(paramLabel = "<key-id>", description = "The key's id.")
  String keyId;

  KeyGetCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    var key = services.provider().getKey(Args.keyId(keyId));
    services.printer().print(services.keyViews().one(key));
    return 0;
  }
}
