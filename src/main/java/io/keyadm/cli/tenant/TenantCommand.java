package io.keyadm.cli.tenant;

import io.keyadm.cli.ParentCommand;
import picocli.CommandLine.Command;

@Command(
    name = "tenant",
    description = "Tenants (pers): create, update, show, client configuration, login token, tenant API keys and JWTs.",
    subcommands = {
      TenantCreateCommand.class, TenantUpdateCommand.class, TenantShowCommand.class, TenantClientConfigCommand.class,
      TenantLoginTokenCommand.class, TenantApiKeyCommand.class, TenantJwtCommand.class
    })
public final class TenantCommand extends ParentCommand {}
