package io.keyadm.provider.pers;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * PERS: the project key on every call, the tenant admin JWT as Bearer, the business key when
 * configured.
 */
final class PersAuth implements Interceptor {

  private final String projectKey;
  private final String adminJwt;
  private final String businessKey;

  PersAuth(String projectKey, String adminJwt, String businessKey) {
    this.projectKey = projectKey;
    this.adminJwt = adminJwt;
    this.businessKey = businessKey;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request.Builder b = chain.request().newBuilder().header("x-project-key", projectKey);
    if (adminJwt != null) b.header("Authorization", "Bearer " + adminJwt);
    if (businessKey != null) b.header("x-api-key", businessKey);
    return chain.proceed(b.build());
  }
}
