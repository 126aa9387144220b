package io.keyadm.cli.key;

import io.keyadm.cli.ParentCommand;
import io.keyadm.cli.Subcommands;
import java.util.Map;
import picocli.CommandLine.Command;

@Command(
    name = "key",
    description = "Lists, shows, creates, changes, revokes and rotates API keys.")
public final class KeyCommand extends ParentCommand {

  public static final Map<String, Class<?>> SUBCOMMANDS =
      Subcommands.of(
          "list",
          KeyListCommand.class,
          "get",
          KeyGetCommand.class,
          "create",
          KeyCreateCommand.class,
          "patch",
          KeyPatchCommand.class,
          "revoke",
          KeyRevokeCommand.class,
          "rotate",
          KeyRotateCommand.class);
}
