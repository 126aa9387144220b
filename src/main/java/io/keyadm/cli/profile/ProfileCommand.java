package io.keyadm.cli.profile;

import io.keyadm.cli.ParentCommand;
import io.keyadm.cli.Subcommands;
import java.util.Map;
import picocli.CommandLine.Command;

@Command(
    name = "profile",
    description = "Named connections: provider, base URL and where the credentials come from.")
public final class ProfileCommand extends ParentCommand {

  public static final Map<String, Class<?>> SUBCOMMANDS =
      Subcommands.of(
          "add",
          ProfileAddCommand.class,
          "list",
          ProfileListCommand.class,
          "use",
          ProfileUseCommand.class,
          "show",
          ProfileShowCommand.class,
          "remove",
          ProfileRemoveCommand.class);
}
