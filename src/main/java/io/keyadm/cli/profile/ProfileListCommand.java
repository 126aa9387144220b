package io.keyadm.cli.profile;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.cli.Services;
import io.keyadm.config.CredentialChain.Secret;
import io.keyadm.config.Profile;
import io.keyadm.output.Listing;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(
    name = "list",
    description = "Lists the profiles; '*' marks the current one. Secrets are never shown.")
final class ProfileListCommand implements Callable<Integer> {

  private final Services services;

  ProfileListCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    String current = services.config().currentProfile();
    ArrayNode json = services.mapper().createArrayNode();
    List<String> names = new ArrayList<>();
    Listing listing =
        Listing.rows(List.of("current", "name", "provider", "url", "credentials"), json, names);
    for (Profile p : services.config().profiles()) {
      boolean isCurrent = p.name().equals(current);
      String credentials = credentialSources(p);
      names.add(p.name());
      ObjectNode n = json.addObject();
      n.put("name", p.name())
          .put("provider", p.provider())
          .put("url", p.url())
          .put("current", isCurrent)
          .put("builtIn", p.isBuiltIn());
      n.put("credentials", credentials);
      listing.add(List.of(isCurrent ? "*" : "", p.name(), p.provider(), p.url(), credentials));
    }
    services.printer().print(listing);
    return 0;
  }

  /**
   * Where each secret of a profile comes from, e.g. "token: env MASUMI_TOKEN". Never the values.
   */
  static String credentialSources(Profile p) {
    List<String> parts = new ArrayList<>();
    for (Secret s : Secret.values()) {
      String k = s.configKey;
      if (p.get(k + "-command") != null) parts.add(k + ": command");
      else if (p.get(k + "-env") != null) parts.add(k + ": env " + p.get(k + "-env"));
      else if (p.get(k) != null) parts.add(k + ": " + (p.isBuiltIn() ? "built in" : "stored"));
    }
    return parts.isEmpty() ? "-" : String.join(", ", parts);
  }
}
