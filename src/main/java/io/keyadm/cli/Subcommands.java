package io.keyadm.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An ordered name → command class table, declared by each command that groups others. */
public final class Subcommands {

  private Subcommands() {}

  /**
   * @param namesAndClasses alternating names and command classes, in the order help lists them
   */
  public static Map<String, Class<?>> of(Object... namesAndClasses) {
    Map<String, Class<?>> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndClasses.length; i += 2)
      map.put((String) namesAndClasses[i], (Class<?>) namesAndClasses[i + 1]);
    return Collections.unmodifiableMap(map);
  }
}
