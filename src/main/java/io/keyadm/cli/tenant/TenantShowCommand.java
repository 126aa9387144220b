package io.keyadm.cli.tenant;

import io.keyadm.cli.Services;
import io.keyadm.output.ObjectViews;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(
    name = "show",
    description = "Shows the tenant's public information (GET /tenants/public).")
final class TenantShowCommand implements Callable<Integer> {

  private final Services services;

  TenantShowCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    var tenant = services.provider().tenants().show();
    services
        .printer()
        .print(new ObjectViews(services.mapper(), services.showSecrets()).object(tenant, "id"));
    return 0;
  }
}
