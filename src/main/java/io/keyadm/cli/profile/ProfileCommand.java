package io.keyadm.cli.profile;

import io.keyadm.cli.ParentCommand;
import picocli.CommandLine.Command;

@Command(
    name = "profile",
    description = "Named connections: provider, base URL and where the credentials come from.",
    subcommands = {ProfileAddCommand.class, ProfileListCommand.class, ProfileUseCommand.class, ProfileShowCommand.class, ProfileRemoveCommand.class})
public final class ProfileCommand extends ParentCommand {}
