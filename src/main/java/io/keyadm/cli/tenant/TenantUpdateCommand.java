package io.keyadm.cli.tenant;

import io.keyadm.cli.Connection;
import io.keyadm.cli.Output;
import io.keyadm.config.CredentialChain;
import io.keyadm.core.Args;
import io.keyadm.core.KeyadmException;
import io.keyadm.core.TenantUpdate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "update",
    description =
        "Updates the tenant's settings (PUT /tenants): only the fields given. Secret values come from files.")
final class TenantUpdateCommand implements Callable<Integer> {

  private final Connection connection;
  private final Output output;
  private final CredentialChain chain;

  @Option(names = "--name", paramLabel = "<name>", description = "Project name.")
  String name;

  @Option(names = "--description", paramLabel = "<text>", description = "Project description.")
  String description;

  @Option(names = "--website", paramLabel = "<url>", description = "Project website.")
  String website;

  @Option(names = "--email", paramLabel = "<email>", description = "Project email.")
  String email;

  @Option(names = "--image-url", paramLabel = "<url>", description = "Project image URL.")
  String imageUrl;

  @Option(names = "--firebase-tenant-id", paramLabel = "<id>", description = "Firebase tenant id.")
  String firebaseTenantId;

  @Option(
      names = "--stripe-publishable-key",
      paramLabel = "<key>",
      description = "Stripe publishable key (public).")
  String stripePublishableKey;

  @Option(
      names = "--allow-jwt-for-unauthenticated-users",
      paramLabel = "true|false",
      description = "Allow JWTs for unauthenticated users.")
  String allowJwt;

  @Option(
      names = "--stripe-api-key-file",
      paramLabel = "<file>",
      description = "Stripe API key, read from this file ('-' for stdin).")
  String stripeApiKeyFile;

  @Option(
      names = "--stripe-webhook-secret-file",
      paramLabel = "<file>",
      description = "Stripe webhook secret, from this file ('-' for stdin).")
  String stripeWebhookSecretFile;

  @Option(
      names = "--login-token-file",
      paramLabel = "<file>",
      description = "Login token, from this file ('-' for stdin).")
  String loginTokenFile;

  TenantUpdateCommand(Connection connection, Output output, CredentialChain chain) {
    this.connection = connection;
    this.output = output;
    this.chain = chain;
  }

  @Override
  public Integer call() {
    Map<String, Object> fields = new LinkedHashMap<>();
    put(fields, "projectName", name);
    put(fields, "projectDescription", description);
    put(fields, "projectWebsite", website);
    put(fields, "projectEmail", email);
    put(fields, "projectImageUrl", imageUrl);
    put(fields, "firebaseTenantId", firebaseTenantId);
    put(fields, "stripePublishableKey", stripePublishableKey);
    if (allowJwt != null)
      fields.put(
          "allowJWTForUnauthenticatedUsers",
          Boolean.parseBoolean(
              Args.choice(allowJwt, "--allow-jwt-for-unauthenticated-users", "true", "false")));
    secret(fields, "stripeApiKey", stripeApiKeyFile, "--stripe-api-key-file");
    secret(fields, "stripeWebhookSecret", stripeWebhookSecretFile, "--stripe-webhook-secret-file");
    secret(fields, "loginToken", loginTokenFile, "--login-token-file");
    if (fields.isEmpty())
      throw KeyadmException.usage(
          "nothing to change: name at least one option (see 'keyadm tenant update --help')");
    var tenant = connection.provider().tenants().update(new TenantUpdate(fields));
    output.printer().print(output.objects().object(tenant, "id"));
    return 0;
  }

  private static void put(Map<String, Object> fields, String field, String value) {
    if (value != null) fields.put(field, value);
  }

  private void secret(Map<String, Object> fields, String field, String file, String option) {
    if (file == null) return;
    String value = chain.readSecretFile(file, option);
    output.redactor().addSecret(value);
    fields.put(field, value);
  }
}
