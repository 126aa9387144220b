package io.keyadm.provider.nft;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * The platform does not document its header, so the profile says which one and with which prefix:
 * {@code Authorization: Bearer <token>} unless told otherwise.
 */
final class NftAuth implements Interceptor {

  private final String header;
  private final String value;

  NftAuth(String header, String scheme, String token) {
    this.header = header;
    this.value = scheme == null || scheme.isEmpty() ? token : scheme + " " + token;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder().header(header, value).build());
  }
}
