package io.keyadm.cli.profile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.cli.Output;
import io.keyadm.config.ConfigStore;
import io.keyadm.config.Profile;
import io.keyadm.config.Secret;
import io.keyadm.core.KeyadmException;
import io.keyadm.output.Listing;
import io.keyadm.provider.Providers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
    name = "show",
    description = "Shows a profile (default: the current one). Stored secrets are never printed.")
final class ProfileShowCommand implements Callable<Integer> {

  private final ConfigStore config;
  private final Output output;
  private final Providers providers;

  @Parameters(paramLabel = "<name>", arity = "0..1", description = "The profile's name.")
  String name;

  ProfileShowCommand(ConfigStore config, Output output, Providers providers) {
    this.config = config;
    this.output = output;
    this.providers = providers;
  }

  @Override
  public Integer call() {
    String n = name != null ? name : config.currentProfile();
    if (n == null)
      throw KeyadmException.usage(
          "no current profile; name one or add one with 'keyadm profile add'");
    Profile p = config.profile(n);
    ObjectNode json = output.mapper().createObjectNode().put("name", p.name());
    List<String> fields = new ArrayList<>(List.of("name"));
    List<String> values = new ArrayList<>(List.of(p.name()));
    for (Map.Entry<String, String> e : p.describe(secretKeys()).entrySet()) {
      fields.add(e.getKey());
      values.add(e.getValue());
      json.put(e.getKey(), e.getValue());
    }
    boolean current = p.name().equals(config.currentProfile());
    fields.add("current");
    values.add(current ? "yes" : "no");
    json.put("current", current);
    output.printer().print(Listing.single(fields, json, p.name()).add(values));
    return 0;
  }

  private Set<String> secretKeys() {
    return providers.secrets().stream().map(Secret::configKey).collect(Collectors.toSet());
  }
}
