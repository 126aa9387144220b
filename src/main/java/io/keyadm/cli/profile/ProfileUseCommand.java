package io.keyadm.cli.profile;

import io.keyadm.cli.Services;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "use", description = "Makes a profile the current one.")
final class ProfileUseCommand implements Callable<Integer> {

  private final Services services;

  @Parameters(paramLabel = "<name>", description = "The profile's name.")
  String name;

  ProfileUseCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    services.config().use(name);
    services.err().println("Current profile: " + name);
    services.err().flush();
    return 0;
  }
}
