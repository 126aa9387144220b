package io.keyadm.cli.sandbox;

import io.keyadm.cli.ParentCommand;
import io.keyadm.cli.Subcommands;
import java.util.Map;
import picocli.CommandLine.Command;

@Command(
    name = "sandbox",
    description = "The embedded emulator of the Masumi, PERS and NFT APIs, on 127.0.0.1 only.")
public final class SandboxCommand extends ParentCommand {

  public static final Map<String, Class<?>> SUBCOMMANDS =
      Subcommands.of("serve", SandboxServeCommand.class, "reset", SandboxResetCommand.class);
}
