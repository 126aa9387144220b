package io.keyadm.cli.profile;

import io.keyadm.cli.Streams;
import io.keyadm.config.ConfigStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "remove", description = "Removes a profile and any secret stored with it.")
final class ProfileRemoveCommand implements Callable<Integer> {

  private final ConfigStore config;
  private final Streams streams;

  @Parameters(paramLabel = "<name>", description = "The profile's name.")
  String name;

  ProfileRemoveCommand(ConfigStore config, Streams streams) {
    this.config = config;
    this.streams = streams;
  }

  @Override
  public Integer call() {
    config.remove(name);
    streams.tell("Removed profile " + name);
    return 0;
  }
}
