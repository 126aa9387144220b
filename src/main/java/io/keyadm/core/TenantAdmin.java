package io.keyadm.core;

import com.fasterxml.jackson.databind.JsonNode;

/** Tenant administration, which only PERS has. */
public interface TenantAdmin {

  TenantResult create(String projectName);

  JsonNode update(TenantUpdate update);

  JsonNode show();

  JsonNode clientConfig();

  String loginToken();

  TenantResult createApiKey(String keyName);

  TenantResult createJwt(boolean testnet);
}
