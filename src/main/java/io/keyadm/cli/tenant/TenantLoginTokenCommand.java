package io.keyadm.cli.tenant;

import io.keyadm.cli.Services;
import io.keyadm.output.ObjectViews;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(
    name = "login-token",
    description = "Generates a login token for the project (GET /tenants/login-token).")
final class TenantLoginTokenCommand implements Callable<Integer> {

  private final Services services;

  TenantLoginTokenCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    String token = services.provider().tenants().loginToken();
    services.redactor().addSecret(token);
    services.printer().print(new ObjectViews(services.mapper(), true).value("loginToken", token));
    return 0;
  }
}
