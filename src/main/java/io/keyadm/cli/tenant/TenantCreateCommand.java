package io.keyadm.cli.tenant;

import io.keyadm.cli.SaveSecretOptions;
import io.keyadm.cli.SecretDelivery;
import io.keyadm.cli.Services;
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

  private final Services services;

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

  TenantCreateCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    if (name.isBlank()) throw KeyadmException.usage("invalid value for --name: must not be empty");
    if (saveProfile != null && services.config().exists(saveProfile)) {
      throw KeyadmException.usage(
          "--save-profile: a profile named " + saveProfile + " already exists");
    }
    SecretDelivery delivery = secretOptions.delivery(services);
    delivery.checkBeforeCreate();
    String url = services.urlOption();
    TenantResult result = services.provider().tenants().create(name);
    String id = Json.text(result.tenant(), "id");
    String what = "tenant " + id;
    if (saveProfile != null) saveProfile(result, url);
    delivery.deliverTenant(result, what, "ask PERS support to disable tenant " + id);
    return 0;
  }

  private void saveProfile(TenantResult result, String urlOption) {
    String projectKey = Json.text(result.tenant(), "projectApiKey");
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put(Profile.PROVIDER, "pers");
    String current = services.profileUrl();
    settings.put(Profile.URL, urlOption != null ? urlOption : current);
    settings.put("token", result.secrets().get("jwt"));
    if (projectKey != null) settings.put("project-key", projectKey);
    services.config().put(new Profile(saveProfile, settings), false);
    services
        .err()
        .println(
            "Saved profile "
                + saveProfile
                + " for the new tenant (its admin JWT lasts 15 minutes by default).");
    services.err().flush();
  }
}
