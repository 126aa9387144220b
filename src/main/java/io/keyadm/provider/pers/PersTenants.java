package io.keyadm.provider.pers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.config.Secret;
import io.keyadm.core.KeyadmException;
import io.keyadm.core.TenantAdmin;
import io.keyadm.core.TenantResult;
import io.keyadm.core.TenantUpdate;
import io.keyadm.provider.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/** PERS tenant administration: the tenant itself, its client configuration and its secrets. */
final class PersTenants implements TenantAdmin {

  private final PersSession session;

  PersTenants(PersSession session) {
    this.session = session;
  }

  @Override
  public TenantResult create(String projectName) {
    return withSecrets(session.api().createTenant(projectName), "jwt");
  }

  @Override
  public JsonNode update(TenantUpdate update) {
    ObjectNode body = session.mapper().valueToTree(update.fields());
    return session.admin(() -> session.api().updateTenant(body));
  }

  @Override
  public JsonNode show() {
    return session.api().publicTenant();
  }

  @Override
  public JsonNode clientConfig() {
    return session.api().clientConfig();
  }

  @Override
  public String loginToken() {
    JsonNode n = session.api().loginToken();
    if (n != null && n.isTextual()) return n.asText();
    String token =
        n == null
            ? null
            : Json.text(n, "loginToken") != null
                ? Json.text(n, "loginToken")
                : Json.text(n, "token");
    if (token == null)
      throw KeyadmException.unusable(
          "unusable response: expected the login token as a JSON string");
    return token;
  }

  @Override
  public TenantResult createApiKey(String keyName) {
    return withSecrets(
        session.admin(() -> session.api().createTenantApiKey(keyName)), "apiPrivateKey");
  }

  @Override
  public TenantResult createJwt(boolean testnet) {
    return withSecrets(session.admin(() -> session.api().createTenantJwt(testnet)), "jwt");
  }

  /** The one-time secrets of a tenant answer; the one that was asked for must be there. */
  private TenantResult withSecrets(PersWire.Tenant tenant, String expected) {
    Map<String, String> secrets = tenant.secrets();
    secrets.values().forEach(session.context().redactor()::addSecret);
    if (!secrets.containsKey(expected)) {
      throw KeyadmException.unusable(
          "the server answered without the new "
              + expected
              + " (tenant "
              + tenant.id()
              + "); it cannot be shown again");
    }
    Map<String, String> profile = new LinkedHashMap<>();
    profile.put(Secret.TOKEN.configKey(), secrets.get("jwt"));
    if (tenant.projectApiKey() != null) {
      profile.put(PersModule.PROJECT_KEY.configKey(), tenant.projectApiKey());
    }
    return new TenantResult(tenant.raw(), secrets, profile);
  }
}
