package io.keyadm.cli.key;

import io.keyadm.cli.Connection;
import io.keyadm.cli.Output;
import io.keyadm.cli.SaveSecretOptions;
import io.keyadm.cli.SecretDelivery;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "create",
    description = {
      "Creates a key and prints its secret exactly once.",
      "Each provider takes its own options, listed below under its name."
    })
final class KeyCreateCommand implements Callable<Integer> {

  private final Connection connection;
  private final Output output;

  @Mixin SaveSecretOptions secretOptions;

  KeyCreateCommand(Connection connection, Output output) {
    this.connection = connection;
    this.output = output;
  }

  @Override
  public Integer call() {
    var provider = connection.provider();
    SecretDelivery delivery = secretOptions.delivery(output);
    delivery.checkBeforeCreate();
    var created = provider.createKey(connection.options());
    delivery.deliverKey(created);
    created.warnings().forEach(output.printer()::warn);
    return 0;
  }
}
