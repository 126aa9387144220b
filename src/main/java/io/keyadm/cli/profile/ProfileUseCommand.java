package io.keyadm.cli.profile;

import io.keyadm.cli.Streams;
import io.keyadm.config.ConfigStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "use", description = "Makes a profile the current one.")
final class ProfileUseCommand implements Callable<Integer> {

  private final ConfigStore config;
  private final Streams streams;

  @Parameters(paramLabel = "<name>", description = "The profile's name.")
  String name;

  ProfileUseCommand(ConfigStore config, Streams streams) {
    this.config = config;
    this.streams = streams;
  }

  @Override
  public Integer call() {
    config.use(name);
    streams.tell("Current profile: " + name);
    return 0;
  }
}
