package io.keyadm.cli.tenant;

import io.keyadm.cli.Connection;
import io.keyadm.cli.Output;
import io.keyadm.cli.ParentCommand;
import io.keyadm.cli.SaveSecretOptions;
import io.keyadm.cli.SecretDelivery;
import io.keyadm.cli.Subcommands;
import io.keyadm.core.KeyadmException;
import io.keyadm.core.TenantResult;
import io.keyadm.provider.Json;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "api-key", description = "Tenant API keys.")
public final class TenantApiKeyCommand extends ParentCommand {

  public static final Map<String, Class<?>> SUBCOMMANDS = Subcommands.of("create", Create.class);

  @Command(
      name = "create",
      description =
          "Creates a tenant API key (POST /tenants/api-keys); its apiPrivateKey is shown once.")
  static final class Create implements Callable<Integer> {

    private final Connection connection;
    private final Output output;

    @Option(
        names = "--name",
        required = true,
        paramLabel = "<key name>",
        description = "The key's name.")
    String name;

    @Mixin SaveSecretOptions secretOptions;

    Create(Connection connection, Output output) {
      this.connection = connection;
      this.output = output;
    }

    @Override
    public Integer call() {
      if (name.isBlank())
        throw KeyadmException.usage("invalid value for --name: must not be empty");
      SecretDelivery delivery = secretOptions.delivery(output);
      delivery.checkBeforeCreate();
      TenantResult result = connection.provider().tenants().createApiKey(name);
      delivery.deliverTenant(
          result,
          "the API key of tenant " + Json.text(result.tenant(), "id"),
          "revoke it with 'keyadm key list' and 'keyadm key revoke <id>'");
      return 0;
    }
  }
}
