package io.keyadm.http;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;

/**
 * The {@code --debug} trace of every HTTP exchange on stderr, with credential headers, secret body
 * fields and every known secret value redacted.
 *
 * <p>Written by hand rather than with okhttp's logging-interceptor: that one can hide headers but
 * not secret fields inside JSON bodies, and one-time secrets arrive in bodies.
 */
final class DebugLog implements Interceptor {

  private static final long MAX_LOGGED_BODY = 64 * 1024;

  private final PrintWriter out;
  private final Redactor redactor;

  DebugLog(PrintWriter out, Redactor redactor) {
    this.out = out;
    this.redactor = redactor;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    StringBuilder sb = new StringBuilder();
    sb.append("> ")
        .append(request.method())
        .append(' ')
        .append(redactor.scrub(request.url().toString()))
        .append('\n');
    headers(sb, "> ", request.headers());
    if (request.body() != null) {
      Buffer buffer = new Buffer();
      request.body().writeTo(buffer);
      MediaType type = request.body().contentType();
      if (type != null) sb.append("> Content-Type: ").append(type).append('\n');
      sb.append("> ").append(redactor.body(buffer.readString(StandardCharsets.UTF_8))).append('\n');
    }
    print(sb);
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      print(
          new StringBuilder("< failed after ")
              .append((System.nanoTime() - start) / 1_000_000)
              .append(" ms: ")
              .append(redactor.scrub(String.valueOf(e)))
              .append('\n'));
      throw e;
    }
    sb = new StringBuilder();
    sb.append("< ")
        .append(response.code())
        .append(' ')
        .append(response.message())
        .append(" (")
        .append((System.nanoTime() - start) / 1_000_000)
        .append(" ms)\n");
    headers(sb, "< ", response.headers());
    ResponseBody body = response.body();
    if (body != null) {
      try {
        ResponseBody peeked = response.peekBody(MAX_LOGGED_BODY);
        sb.append("< ").append(redactor.body(peeked.string())).append('\n');
      } catch (IOException e) {
        sb.append("< (body unreadable: ").append(e.getClass().getSimpleName()).append(")\n");
      }
    }
    print(sb);
    return response;
  }

  private void headers(StringBuilder sb, String prefix, Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      String value =
          redactor.isSecretHeader(name) ? Redactor.REDACTED : redactor.scrub(headers.value(i));
      sb.append(prefix).append(name).append(": ").append(value).append('\n');
    }
  }

  private void print(CharSequence text) {
    synchronized (out) {
      out.print(text);
      out.flush();
    }
  }
}
