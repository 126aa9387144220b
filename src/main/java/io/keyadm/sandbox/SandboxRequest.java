package io.keyadm.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One request as an emulator sees it: the path below the provider's base, query, headers, body. */
public record SandboxRequest(
    String method,
    String path,
    Map<String, String> query,
    Map<String, String> headers,
    byte[] body) {

  static SandboxRequest of(
      String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {
    Map<String, String> query = new LinkedHashMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        query.putIfAbsent(k, v);
      }
    }
    Map<String, String> h = new LinkedHashMap<>();
    headers.forEach(
        (k, v) -> {
          if (k != null && !v.isEmpty()) h.put(k.toLowerCase(Locale.ROOT), v.get(0));
        });
    String p =
        path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return new SandboxRequest(method, p.isEmpty() ? "/" : p, query, h, body);
  }

  public String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  public boolean isJson() {
    String type = header("content-type");
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json");
  }

  /** The body as JSON; null when empty; a {@link BadJson} when it cannot be parsed. */
  public JsonNode json(ObjectMapper mapper) {
    if (body.length == 0) return null;
    try {
      return mapper.readTree(body);
    } catch (IOException e) {
      throw new BadJson();
    }
  }

  /** A body that is not JSON, which every emulated server answers with 400. */
  public static final class BadJson extends RuntimeException {
    BadJson() {
      super("Unexpected token in JSON", null, false, false);
    }
  }
}
