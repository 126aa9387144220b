package io.keyadm.cli.tenant;

import io.keyadm.cli.Connection;
import io.keyadm.cli.Output;
import io.keyadm.cli.SaveSecretOptions;
import io.keyadm.cli.SecretDelivery;
import io.keyadm.cli.Streams;
import io.keyadm.config.ConfigStore;
import io.keyadm.config.Profile;
import io.keyadm.core.KeyadmException;
import io.keyadm.core.TenantResult;
import io.keyadm.provider.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "create",
    description =
        "Creates a tenant (POST /tenants) and delivers its one-time secrets (jwt, apiPrivateKey) exactly once.")
final class TenantCreateCommand implements Callable<Integer> {

  private final Connection connection;
  private final Output output;
  private final ConfigStore config;
  private final Streams streams;

  @Option(
      names = "--name",
      required = true,
      paramLabel = "<project name>",
      description = "The tenant's project name.")
  String name;

  @Mixin SaveSecretOptions secretOptions;

  @Option(
      names = "--save-profile",
      paramLabel = "<name>",
      description = "Also store a profile for the new tenant (admin JWT + project key).")
  String saveProfile;

  TenantCreateCommand(Connection connection, Output output, ConfigStore config, Streams streams) {
    this.connection = connection;
    this.output = output;
    this.config = config;
    this.streams = streams;
  }

  @Override
  public Integer call() {
    if (name.isBlank()) throw KeyadmException.usage("invalid value for --name: must not be empty");
    if (saveProfile != null && config.exists(saveProfile)) {
      throw KeyadmException.usage(
          "--save-profile: a profile named " + saveProfile + " already exists");
    }
    SecretDelivery delivery = secretOptions.delivery(output);
    delivery.checkBeforeCreate();
    String url = connection.url();
    TenantResult result = connection.provider().tenants().create(name);
    String id = Json.text(result.tenant(), "id");
    String what = "tenant " + id;
    if (saveProfile != null) saveProfile(result, url);
    delivery.deliverTenant(result, what, "ask PERS support to disable tenant " + id);
    return 0;
  }

  private void saveProfile(TenantResult result, String url) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put(Profile.PROVIDER, connection.module().id());
    settings.put(Profile.URL, url);
    settings.putAll(result.profile());
    config.put(new Profile(saveProfile, settings), false);
    streams.tell(
        "Saved profile "
            + saveProfile
            + " for the new tenant (its admin JWT lasts 15 minutes by default).");
  }
}
