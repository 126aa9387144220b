package io.keyadm.cli.key;

import io.keyadm.cli.Connection;
import io.keyadm.cli.Output;
import io.keyadm.core.KeyadmException;
import io.keyadm.core.ListQuery;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "list",
    description = "Lists all keys, following every page. An empty list is success.")
final class KeyListCommand implements Callable<Integer> {

  private final Connection connection;
  private final Output output;

  @Option(names = "--limit", paramLabel = "<n>", description = "Stop after this many keys.")
  Integer limit;

  KeyListCommand(Connection connection, Output output) {
    this.connection = connection;
    this.output = output;
  }

  @Override
  public Integer call() {
    if (limit != null && limit < 1)
      throw KeyadmException.usage("invalid value for --limit: " + limit + " (must be 1 or more)");
    var keys = connection.provider().listKeys(new ListQuery(limit, connection.options()));
    output.printer().print(output.keys().list(keys));
    return 0;
  }
}
