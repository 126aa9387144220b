package io.keyadm.cli.key;

import io.keyadm.cli.ParentCommand;
import picocli.CommandLine.Command;

@Command(
    name = "key",
    description = "Lists, shows, creates, changes and revokes API keys.",
    subcommands = {KeyListCommand.class, KeyGetCommand.class, KeyCreateCommand.class, KeyPatchCommand.class, KeyRevokeCommand.class})
public final class KeyCommand extends ParentCommand {}
