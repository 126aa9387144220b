package io.keyadm.cli.profile;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.cli.Output;
import io.keyadm.config.ConfigStore;
import io.keyadm.config.Profile;
import io.keyadm.config.Secret;
import io.keyadm.output.Listing;
import io.keyadm.provider.Providers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(
    name = "list",
    description = "Lists the profiles; '*' marks the current one. Secrets are never shown.")
final class ProfileListCommand implements Callable<Integer> {

  private final ConfigStore config;
  private final Output output;
  private final Providers providers;

  ProfileListCommand(ConfigStore config, Output output, Providers providers) {
    this.config = config;
    this.output = output;
    this.providers = providers;
  }

  @Override
  public Integer call() {
    String current = config.currentProfile();
    ArrayNode json = output.mapper().createArrayNode();
    List<String> names = new ArrayList<>();
    Listing listing =
        Listing.rows(List.of("current", "name", "provider", "url", "credentials"), json, names);
    for (Profile p : config.profiles()) {
      boolean isCurrent = p.name().equals(current);
      String credentials = credentialSources(p, providers.secrets());
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
    output.printer().print(listing);
    return 0;
  }

  /**
   * Where each secret of a profile comes from, e.g. "token: env MASUMI_TOKEN". Never the values.
   */
  static String credentialSources(Profile p, List<Secret> secrets) {
    List<String> parts = new ArrayList<>();
    for (Secret s : secrets) {
      String k = s.configKey();
      if (p.get(k + "-command") != null) parts.add(k + ": command");
      else if (p.get(k + "-env") != null) parts.add(k + ": env " + p.get(k + "-env"));
      else if (p.get(k) != null) parts.add(k + ": " + (p.isBuiltIn() ? "built in" : "stored"));
    }
    return parts.isEmpty() ? "-" : String.join(", ", parts);
  }
}
