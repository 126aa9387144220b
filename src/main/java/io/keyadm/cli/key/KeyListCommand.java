package io.keyadm.cli.key;

import io.keyadm.cli.Connection;
import io.keyadm.cli.Output;
import io.keyadm.cli.Streams;
import io.keyadm.core.KeyFilter;
import io.keyadm.core.KeyadmException;
import io.keyadm.core.ListQuery;
import io.keyadm.provider.Providers;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "list",
    description = {
      "Lists all keys, following every page. An empty list is success.",
      "Filters are applied by the server where its API can, by keyadm otherwise; --limit counts"
          + " the keys left after filtering."
    })
final class KeyListCommand implements Callable<Integer> {

  private final Connection connection;
  private final Output output;
  private final Streams streams;
  private final Providers providers;

  @Option(names = "--limit", paramLabel = "<n>", description = "Stop after this many keys.")
  Integer limit;

  @Mixin ListFilterOptions filters;

  KeyListCommand(Connection connection, Output output, Streams streams, Providers providers) {
    this.connection = connection;
    this.output = output;
    this.streams = streams;
    this.providers = providers;
  }

  @Override
  public Integer call() {
    if (limit != null && limit < 1)
      throw KeyadmException.usage("invalid value for --limit: " + limit + " (must be 1 or more)");
    KeyFilter filter = filters.filter(streams.clock().instant());
    for (String capability : filters.capabilities("key list"))
      providers.requireCommand(connection.module(), capability);
    var provider = connection.provider();
    if (filter.isEmpty()) {
      output
          .printer()
          .print(output.keys().list(provider.listKeys(new ListQuery(limit, connection.options()))));
      return 0;
    }
    var keys = provider.listKeys(new ListQuery(null, connection.options(), filter));
    var query = new ListQuery(limit, connection.options(), filter);
    output
        .printer()
        .print(output.keys().list(query.truncate(filter.apply(keys, streams.clock().instant()))));
    return 0;
  }
}
