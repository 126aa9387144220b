package io.keyadm.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.keyadm.core.KeyadmException;
import io.keyadm.fs.SecureFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The config file: {@code $XDG_CONFIG_HOME/keyadm/config.yaml}, written atomically with mode 0600.
 *
 * <pre>
 * current-profile: prod
 * profiles:
 *   prod:
 *     provider: masumi
 *     url: https://payments.example.com/api/v1
 *     token-env: MASUMI_ADMIN_TOKEN
 * </pre>
 */
public final class ConfigStore {

  private static final String CURRENT = "current-profile";
  private static final String PROFILES = "profiles";

  private final Path path;
  private final PrintWriter warnings;
  private final List<Profile> builtIns;
  private String current;
  private final Map<String, Profile> profiles = new LinkedHashMap<>();
  private boolean loaded;
  private JsonNode root;

  /**
   * @param builtIns profiles that always exist, cannot be changed, and are not stored
   */
  public ConfigStore(Path path, PrintWriter warnings, List<Profile> builtIns) {
    this.path = path;
    this.warnings = warnings;
    this.builtIns = List.copyOf(builtIns);
  }

  /** Where the config file lives for this environment (XDG_CONFIG_HOME, else ~/.config). */
  public static Path defaultPath(Map<String, String> env) {
    String xdg = env.get("XDG_CONFIG_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".config");
    return base.resolve("keyadm").resolve("config.yaml");
  }

  public Path path() {
    return path;
  }

  public String currentProfile() {
    load();
    return current;
  }

  public List<Profile> profiles() {
    load();
    List<Profile> all = new ArrayList<>(profiles.values());
    all.addAll(builtIns);
    return all;
  }

  /** The named profile, a built-in sandbox profile, or a not-found error (exit 4). */
  public Profile profile(String name) {
    Profile builtIn = builtIn(name);
    if (builtIn != null) return builtIn;
    load();
    Profile p = profiles.get(name);
    if (p == null) {
      throw KeyadmException.notFound("no profile named '" + name + "' (see 'keyadm profile list')");
    }
    return p;
  }

  /** The {@code audit:} sections of the file. */
  public AuditConfig audit() {
    load();
    return new AuditConfig(root, path);
  }

  public boolean exists(String name) {
    load();
    return profiles.containsKey(name) || builtIn(name) != null;
  }

  /** Adds or replaces a profile; the first profile added becomes current. */
  public void put(Profile profile, boolean makeCurrent) {
    load();
    rejectBuiltIn(profile.name());
    profiles.put(profile.name(), profile);
    if (makeCurrent || current == null) current = profile.name();
    save();
  }

  public void use(String name) {
    profile(name);
    load();
    current = name;
    save();
  }

  public void remove(String name) {
    rejectBuiltIn(name);
    profile(name);
    profiles.remove(name);
    if (name.equals(current)) current = null;
    save();
  }

  private Profile builtIn(String name) {
    for (Profile p : builtIns) if (p.name().equals(name)) return p;
    return null;
  }

  private void rejectBuiltIn(String name) {
    if (builtIn(name) != null) {
      throw KeyadmException.usage("'" + name + "' is a built-in profile and cannot be changed");
    }
  }

  private static ObjectMapper yaml() {
    return new ObjectMapper(
        YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build());
  }

  private void load() {
    if (loaded) return;
    loaded = true;
    if (!Files.exists(path)) return;
    warnIfExposed();
    JsonNode root;
    try {
      root = yaml().readTree(path.toFile());
    } catch (IOException e) {
      throw KeyadmException.usage(
          "cannot read config file " + path + ": " + firstLine(e.getMessage()));
    }
    if (root == null || root.isMissingNode() || root.isNull()) return;
    if (!root.isObject()) {
      throw KeyadmException.usage("config file " + path + " is not a YAML mapping");
    }
    this.root = root;
    current = root.path(CURRENT).isTextual() ? root.get(CURRENT).asText() : null;
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path(PROFILES).fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Map<String, String> settings = new LinkedHashMap<>();
      e.getValue()
          .fields()
          .forEachRemaining(
              s -> {
                if (!s.getKey().equals(AuditConfig.SECTION))
                  settings.put(s.getKey(), s.getValue().asText());
              });
      profiles.put(e.getKey(), new Profile(e.getKey(), settings));
    }
  }

  private void warnIfExposed() {
    try {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(path);
      if (perms.stream()
          .anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
        warnings.println(
            "keyadm: warning: "
                + path
                + " is accessible by group or others (mode "
                + PosixFilePermissions.toString(perms)
                + "); run: chmod 600 "
                + path);
        warnings.flush();
      }
    } catch (IOException | UnsupportedOperationException e) {
      // Nothing to warn about where the file system has no POSIX modes.
    }
  }

  private void save() {
    ObjectMapper mapper = yaml();
    ObjectNode root = mapper.createObjectNode();
    if (current != null) root.put(CURRENT, current);
    ObjectNode all = root.putObject(PROFILES);
    profiles.forEach(
        (name, p) -> {
          ObjectNode node = all.putObject(name);
          p.rawSettings().forEach(node::put);
        });
    AuditConfig.keep(this.root, root);
    try {
      byte[] bytes = mapper.writeValueAsBytes(root);
      SecureFiles.writeAtomically(path, bytes, true);
    } catch (IOException e) {
      throw new KeyadmException(
          KeyadmException.Kind.UNEXPECTED,
          "cannot write config file " + path + ": " + e.getMessage());
    }
  }

  private static String firstLine(String s) {
    if (s == null) return "unreadable";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
