package io.keyadm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into {@code version.properties} at build time. */
public final class Version implements IVersionProvider {

  private static String version;

  public static synchronized String get() {
    if (version == null) {
      Properties p = new Properties();
      try (InputStream in = Version.class.getResourceAsStream("/io/keyadm/version.properties")) {
        if (in != null) p.load(in);
      } catch (IOException e) {
        // fall through to "unknown"
      }
      version = p.getProperty("version", "unknown");
    }
    return version;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"keyadm " + get()};
  }
}
