package io.keyadm.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.core.KeyadmException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code audit:} sections of the config file: one at the top for every profile, and one in a
 * profile ({@code profiles.<name>.audit}) that wins over it.
 *
 * <pre>
 * audit:
 *   expiring-within: 30d
 * profiles:
 *   prod:
 *     provider: masumi
 *     audit:
 *       max-admin-keys: 3
 * </pre>
 */
public final class AuditConfig {

  /** The key of the section, at the top and in a profile. */
  public static final String SECTION = "audit";

  private final JsonNode root;
  private final Path path;

  AuditConfig(JsonNode root, Path path) {
    this.root = root;
    this.path = path;
  }

  /**
   * The global section's settings by name.
   *
   * @param names the settings it may hold; any other key is a usage error
   */
  public Map<String, String> global(Collection<String> names) {
    return read(root == null ? null : root.get(SECTION), SECTION, names);
  }

  /** The settings of the profile's own section, as {@link #global}. */
  public Map<String, String> profile(String profile, Collection<String> names) {
    JsonNode p = root == null ? null : root.path("profiles").get(profile);
    return read(p == null ? null : p.get(SECTION), where(profile), names);
  }

  /** How an error names setting {@code %s} of a section: the section and the file. */
  public String describe(String profile) {
    return "'%s' in " + (profile == null ? SECTION : where(profile)) + " of " + path;
  }

  private static String where(String profile) {
    return "profiles." + profile + "." + SECTION;
  }

  private Map<String, String> read(JsonNode section, String where, Collection<String> names) {
    Map<String, String> values = new LinkedHashMap<>();
    if (section == null || section.isNull()) return values;
    if (!section.isObject())
      throw KeyadmException.usage(where + " in config file " + path + " is not a YAML mapping");
    for (Iterator<Map.Entry<String, JsonNode>> it = section.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!names.contains(e.getKey()))
        throw KeyadmException.usage(
            "unknown setting '"
                + e.getKey()
                + "' in "
                + where
                + " of config file "
                + path
                + " (expected "
                + String.join(", ", names)
                + ")");
      if (!e.getValue().isValueNode())
        throw KeyadmException.usage(
            "'" + e.getKey() + "' in " + where + " of config file " + path + " must be a value");
      values.put(e.getKey(), e.getValue().asText());
    }
    return values;
  }

  /**
   * Carries the sections of {@code from} over to the tree about to be written, so that rewriting
   * the file for another reason keeps them.
   */
  static void keep(JsonNode from, ObjectNode to) {
    if (from == null || !from.isObject()) return;
    if (from.has(SECTION)) to.set(SECTION, from.get(SECTION));
    JsonNode profiles = to.path("profiles");
    from.path("profiles")
        .fields()
        .forEachRemaining(
            p -> {
              if (p.getValue().has(SECTION) && profiles.get(p.getKey()) instanceof ObjectNode n)
                n.set(SECTION, p.getValue().get(SECTION));
            });
  }
}
