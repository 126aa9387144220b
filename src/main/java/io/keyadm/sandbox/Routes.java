package io.keyadm.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An emulator's route table: a method and a path pattern to a handler. A pattern segment written
 * {@code {name}} matches any one non-empty path segment and hands it back, as sent, as a path
 * parameter; every other segment matches only itself. Routes are tried in the order they were
 * added, so a literal route added before a pattern that also covers it wins. What to answer when no
 * route matches is left to the emulator: each real service has its own "not found".
 *
 * @param <H> what the emulator calls for a route
 */
public final class Routes<H> {

  private record Route<H>(String method, List<String> segments, H handler) {}

  /** A route found for a request: its handler and the path parameters by name. */
  public record Match<H>(H handler, Map<String, String> params) {}

  private final List<Route<H>> routes = new ArrayList<>();

  /**
   * @param pattern a path below the emulator's base, starting with {@code /}, e.g. {@code
   *     /api-keys/{id}}
   */
  public Routes<H> add(String method, String pattern, H handler) {
    if (!pattern.startsWith("/")) throw new IllegalArgumentException("pattern " + pattern);
    routes.add(new Route<>(method, List.of(pattern.split("/", -1)), handler));
    return this;
  }

  /** The first route whose method and pattern both match; empty when none does. */
  public Optional<Match<H>> find(String method, String path) {
    String[] segments = path.split("/", -1);
    for (Route<H> route : routes) {
      if (!route.method().equals(method) || route.segments().size() != segments.length) continue;
      Map<String, String> params = match(route.segments(), segments);
      if (params != null) return Optional.of(new Match<>(route.handler(), Map.copyOf(params)));
    }
    return Optional.empty();
  }

  private static Map<String, String> match(List<String> pattern, String[] segments) {
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < segments.length; i++) {
      String p = pattern.get(i);
      if (p.length() > 2 && p.startsWith("{") && p.endsWith("}")) {
        if (segments[i].isEmpty()) return null;
        params.put(p.substring(1, p.length() - 1), segments[i]);
      } else if (!p.equals(segments[i])) {
        return null;
      }
    }
    return params;
  }
}
