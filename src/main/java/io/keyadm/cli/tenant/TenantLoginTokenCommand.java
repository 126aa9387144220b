package io.keyadm.cli.tenant;

import io.keyadm.cli.Connection;
import io.keyadm.cli.Output;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(
    name = "login-token",
    description = "Generates a login token for the project (GET /tenants/login-token).")
final class TenantLoginTokenCommand implements Callable<Integer> {

  private final Connection connection;
  private final Output output;

  TenantLoginTokenCommand(Connection connection, Output output) {
    this.connection = connection;
    this.output = output;
  }

  @Override
  public Integer call() {
    String token = connection.provider().tenants().loginToken();
    output.redactor().addSecret(token);
    output.printer().print(output.objectsInClear().value("loginToken", token));
    return 0;
  }
}
