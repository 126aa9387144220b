package io.keyadm.config;

import io.keyadm.provider.masumi.sandbox.MasumiSandbox;
import io.keyadm.provider.nft.sandbox.NftSandbox;
import io.keyadm.provider.pers.sandbox.PersSandbox;
import java.util.List;
import java.util.Map;

/** The built-in profiles that point at the embedded sandbox and need no setup. */
public final class SandboxProfiles {

  /** The URL of a built-in profile: the sandbox is started for the one command that uses it. */
  public static final String EMBEDDED_URL = "embedded-sandbox";

  private static final List<Profile> ALL =
      List.of(
          new Profile(
              "sandbox-masumi",
              Map.of(
                  Profile.PROVIDER,
                  "masumi",
                  Profile.URL,
                  EMBEDDED_URL,
                  "token",
                  MasumiSandbox.ADMIN_TOKEN),
              true),
          new Profile(
              "sandbox-pers",
              Map.of(
                  Profile.PROVIDER,
                  "pers",
                  Profile.URL,
                  EMBEDDED_URL,
                  "token",
                  PersSandbox.ADMIN_JWT,
                  "project-key",
                  PersSandbox.PROJECT_KEY),
              true),
          new Profile(
              "sandbox-nft",
              Map.of(
                  Profile.PROVIDER,
                  "nft",
                  Profile.URL,
                  EMBEDDED_URL,
                  "token",
                  NftSandbox.OWNER_TOKEN),
              true));

  private SandboxProfiles() {}

  public static List<Profile> all() {
    return ALL;
  }

  public static Profile find(String name) {
    return ALL.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
  }
}
