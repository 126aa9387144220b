package io.keyadm.cli.tenant;

import io.keyadm.cli.Connection;
import io.keyadm.cli.Output;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(
    name = "client-config",
    description =
        "Shows the client-side configuration of the project (GET /tenants/client-config).")
final class TenantClientConfigCommand implements Callable<Integer> {

  private final Connection connection;
  private final Output output;

  TenantClientConfigCommand(Connection connection, Output output) {
    this.connection = connection;
    this.output = output;
  }

  @Override
  public Integer call() {
    var config = connection.provider().tenants().clientConfig();
    output.printer().print(output.objects().object(config, "id"));
    return 0;
  }
}
