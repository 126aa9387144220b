package io.keyadm.provider.pers;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyadm.config.Credential;
import io.keyadm.config.Secret;
import io.keyadm.http.ApiClient;
import io.keyadm.http.ApiError;
import io.keyadm.http.ErrorEnvelope;
import io.keyadm.provider.ProviderContext;
import java.time.Instant;
import java.util.function.Supplier;

/** One connection to PERS, shared by its key and tenant commands, opened on first use. */
final class PersSession {

  static final String TOKEN_HINT =
      "admin access tokens last 15 minutes by default: get a fresh one (e.g. 'keyadm tenant jwt create' with a valid token) and retry";

  private final ProviderContext ctx;
  private PersApi api;

  PersSession(ProviderContext ctx) {
    this.ctx = ctx;
  }

  ProviderContext context() {
    return ctx;
  }

  ObjectMapper mapper() {
    return ctx.mapper();
  }

  /** Connected on first use: options are checked before any credential is read. */
  PersApi api() {
    if (api == null) {
      Credential projectKey = ctx.credentials().require(PersModule.PROJECT_KEY);
      Credential adminJwt = ctx.credentials().find(Secret.TOKEN);
      Credential businessKey = ctx.credentials().find(PersModule.BUSINESS_KEY);
      ObjectMapper mapper = ctx.mapper();
      ApiClient client =
          ApiClient.connect(
              ctx.baseUrl(),
              ctx.http(),
              new PersAuth(
                  projectKey.value(),
                  adminJwt == null ? null : adminJwt.value(),
                  businessKey == null ? null : businessKey.value()),
              ErrorEnvelope.json(mapper, PersApi::readError),
              ctx.redactor(),
              mapper);
      api = new PersApi(client);
    }
    return api;
  }

  /** An admin call: needs the admin JWT, and a 401 with an expired one says so. */
  <T> T admin(Supplier<T> call) {
    api();
    Credential token = ctx.credentials().require(Secret.TOKEN);
    try {
      return call.get();
    } catch (ApiError e) {
      if (e.status() != 401) throw e;
      Jwt jwt = Jwt.decode(token.value(), ctx.mapper());
      Instant exp = jwt == null ? null : jwt.time("exp");
      String hint =
          exp != null && !exp.isAfter(ctx.clock().instant())
              ? "; the admin JWT expired at " + exp + "; " + TOKEN_HINT
              : "; " + TOKEN_HINT;
      throw new ApiError(e.kind(), e.status(), e.getMessage() + hint, e.requestId());
    }
  }
}
