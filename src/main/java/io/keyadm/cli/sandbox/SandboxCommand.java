package io.keyadm.cli.sandbox;

import io.keyadm.cli.ParentCommand;
import picocli.CommandLine.Command;

@Command(
    name = "sandbox",
    description = "The embedded emulator of the Masumi, PERS and NFT APIs, on 127.0.0.1 only.",
    subcommands = {SandboxServeCommand.class, SandboxResetCommand.class})
public final class SandboxCommand extends ParentCommand {}
