package io.keyadm.cli.profile;

import io.keyadm.cli.Services;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "remove", description = "Removes a profile and any secret stored with it.")
final class ProfileRemoveCommand implements Callable<Integer> {

  private final Services services;

  @Parameters(paramLabel = "<name>", description = "The profile's name.")
  String name;

  ProfileRemoveCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    services.config().remove(name);
    services.err().println("Removed profile " + name);
    services.err().flush();
    return 0;
  }
}
