package io.keyadm.provider.masumi;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Masumi reads the key from a header named {@code token} and nothing else (a Bearer header gets
 * 401).
 */
final class MasumiAuth implements Interceptor {

  private final String token;

  MasumiAuth(String token) {
    this.token = token;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder().header("token", token).build());
  }
}
