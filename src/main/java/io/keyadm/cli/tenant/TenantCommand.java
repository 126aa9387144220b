package io.keyadm.cli.tenant;

import io.keyadm.cli.ParentCommand;
import io.keyadm.cli.Subcommands;
import java.util.Map;
import picocli.CommandLine.Command;

@Command(
    name = "tenant",
    description =
        "Tenants: create, update, show, client configuration, login token, tenant API keys and JWTs.")
public final class TenantCommand extends ParentCommand {

  public static final Map<String, Class<?>> SUBCOMMANDS =
      Subcommands.of(
          "create",
          TenantCreateCommand.class,
          "update",
          TenantUpdateCommand.class,
          "show",
          TenantShowCommand.class,
          "client-config",
          TenantClientConfigCommand.class,
          "login-token",
          TenantLoginTokenCommand.class,
          "api-key",
          TenantApiKeyCommand.class,
          "jwt",
          TenantJwtCommand.class);
}
