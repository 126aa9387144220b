package io.keyadm.cli.tenant;

import io.keyadm.cli.Services;
import io.keyadm.output.ObjectViews;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(
    name = "client-config",
    description =
        "Shows the client-side configuration of the project (GET /tenants/client-config).")
final class TenantClientConfigCommand implements Callable<Integer> {

  private final Services services;

  TenantClientConfigCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    var config = services.provider().tenants().clientConfig();
    services
        .printer()
        .print(new ObjectViews(services.mapper(), services.showSecrets()).object(config, "id"));
    return 0;
  }
}
