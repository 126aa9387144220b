package io.keyadm.cli.tenant;

import io.keyadm.cli.Connection;
import io.keyadm.cli.Output;
import io.keyadm.cli.ParentCommand;
import io.keyadm.cli.SaveSecretOptions;
import io.keyadm.cli.SecretDelivery;
import io.keyadm.cli.Subcommands;
import io.keyadm.core.TenantResult;
import io.keyadm.provider.Json;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "jwt", description = "Tenant JWTs.")
public final class TenantJwtCommand extends ParentCommand {

  public static final Map<String, Class<?>> SUBCOMMANDS = Subcommands.of("create", Create.class);

  @Command(
      name = "create",
      description = "Creates a tenant JWT (POST /tenants/jwt-tokens); it is shown once.")
  static final class Create implements Callable<Integer> {

    private final Connection connection;
    private final Output output;

    @Option(names = "--testnet", description = "A JWT for testnet instead of mainnet.")
    boolean testnet;

    @Mixin SaveSecretOptions secretOptions;

    Create(Connection connection, Output output) {
      this.connection = connection;
      this.output = output;
    }

    @Override
    public Integer call() {
      SecretDelivery delivery = secretOptions.delivery(output);
      delivery.checkBeforeCreate();
      TenantResult result = connection.provider().tenants().createJwt(testnet);
      delivery.deliverTenant(
          result,
          "the JWT of tenant " + Json.text(result.tenant(), "id"),
          "it expires on its own; no revocation endpoint exists");
      return 0;
    }
  }
}
