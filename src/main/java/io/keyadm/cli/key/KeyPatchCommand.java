package io.keyadm.cli.key;

import io.keyadm.cli.Connection;
import io.keyadm.cli.Output;
import io.keyadm.core.Args;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
    name = "patch",
    description = {
      "Changes a key: only what the options name, nothing else.",
      "A revoked key stays revoked and an unlimited key stays unlimited unless told otherwise."
    })
final class KeyPatchCommand implements Callable<Integer> {

  private final Connection connection;
  private final Output output;

  @Parameters(paramLabel = "<key-id>", description = "The key's id.")
  String keyId;

  KeyPatchCommand(Connection connection, Output output) {
    this.connection = connection;
    this.output = output;
  }

  @Override
  public Integer call() {
    Args.keyId(keyId);
    var key = connection.provider().patchKey(keyId, connection.options());
    output.printer().print(output.keys().one(key));
    return 0;
  }
}
