package io.keyadm.cli.profile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyadm.cli.Services;
import io.keyadm.config.Profile;
import io.keyadm.core.KeyadmException;
import io.keyadm.output.Listing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
    name = "show",
    description = "Shows a profile (default: the current one). Stored secrets are never printed.")
final class ProfileShowCommand implements Callable<Integer> {

  private final Services services;

  @Parameters(paramLabel = "<name>", arity = "0..1", description = "The profile's name.")
  String name;

  ProfileShowCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    String n = name != null ? name : services.config().currentProfile();
    if (n == null)
      throw KeyadmException.usage(
          "no current profile; name one or add one with 'keyadm profile add'");
    Profile p = services.config().profile(n);
    ObjectNode json = services.mapper().createObjectNode().put("name", p.name());
    List<String> fields = new ArrayList<>(List.of("name"));
    List<String> values = new ArrayList<>(List.of(p.name()));
    for (Map.Entry<String, String> e : p.describe().entrySet()) {
      fields.add(e.getKey());
      values.add(e.getValue());
      json.put(e.getKey(), e.getValue());
    }
    boolean current = p.name().equals(services.config().currentProfile());
    fields.add("current");
    values.add(current ? "yes" : "no");
    json.put("current", current);
    services.printer().print(Listing.single(fields, json, p.name()).add(values));
    return 0;
  }
}
