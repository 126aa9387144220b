package io.keyadm.cli.key;

import io.keyadm.cli.Connection;
import io.keyadm.cli.Output;
import io.keyadm.core.Args;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "get", description = "Shows one key. Exits 4 when there is no such key.")
final class KeyGetCommand implements Callable<Integer> {

  private final Connection connection;
  private final Output output;

  @Parameters(paramLabel = "<key-id>", description = "The key's id.")
  String keyId;

  KeyGetCommand(Connection connection, Output output) {
    this.connection = connection;
    this.output = output;
  }

  @Override
  public Integer call() {
    Args.keyId(keyId);
    var key = connection.provider().getKey(keyId);
    output.printer().print(output.keys().one(key));
    return 0;
  }
}
