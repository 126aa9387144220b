package io.keyadm.cli.tenant;

import io.keyadm.cli.Connection;
import io.keyadm.cli.Output;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(
    name = "show",
    description = "Shows the tenant's public information (GET /tenants/public).")
final class TenantShowCommand implements Callable<Integer> {

  private final Connection connection;
  private final Output output;

  TenantShowCommand(Connection connection, Output output) {
    this.connection = connection;
    this.output = output;
  }

  @Override
  public Integer call() {
    var tenant = connection.provider().tenants().show();
    output.printer().print(output.objects().object(tenant, "id"));
    return 0;
  }
}
