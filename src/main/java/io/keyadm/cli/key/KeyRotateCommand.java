package io.keyadm.cli.key;

import io.keyadm.cli.Connection;
import io.keyadm.cli.GlobalOptions;
import io.keyadm.cli.Output;
import io.keyadm.cli.ProfileSelection;
import io.keyadm.cli.SaveSecretOptions;
import io.keyadm.cli.SecretDelivery;
import io.keyadm.cli.Streams;
import io.keyadm.config.ConfigStore;
import io.keyadm.core.Args;
import io.keyadm.provider.Providers;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "rotate",
    description = {
      "Replaces a key without an outage: creates a successor with what the provider lets it copy"
          + " from the old key, delivers its secret exactly once (stdout, --save-secret or --exec),"
          + " optionally checks it (--verify), then revokes the old key.",
      "If delivery or the check fails, the successor is revoked again and the old key is"
          + " untouched. If the old key cannot be revoked, exits 8: the successor is live and"
          + " delivered.",
      "Copied: masumi - permission, networks, chain ids, wallet scopes, the usage limit and the"
          + " remaining credits; pers - the name; nft - the lifetime, counted from now."
    })
final class KeyRotateCommand implements Callable<Integer> {

  private final Connection connection;
  private final Output output;
  private final Streams streams;
  private final Providers providers;
  private final ProfileSelection selection;
  private final ConfigStore config;
  private final GlobalOptions globals;

  @Parameters(paramLabel = "<key-id>", description = "The id of the key to replace.")
  String keyId;

  @Mixin SaveSecretOptions secretOptions;

  @Option(
      names = {"-y", "--yes"},
      description = "Do not ask for confirmation (required when not on a terminal).")
  boolean yes;

  @Option(
      names = "--verify",
      description =
          "Before the old key is touched, make one authenticated call with the successor's"
              + " secret; it must succeed.")
  boolean verify;

  @Option(names = "--keep-old", description = "Do not revoke the old key.")
  boolean keepOld;

  @Option(
      names = "--update-profile",
      description =
          "Rotate the key this profile authenticates with: the successor's secret is stored in the"
              + " profile before the old key is revoked (profiles whose token is in the config"
              + " file).")
  boolean updateProfile;

  KeyRotateCommand(
      Connection connection,
      Output output,
      Streams streams,
      Providers providers,
      ProfileSelection selection,
      ConfigStore config,
      GlobalOptions globals) {
    this.connection = connection;
    this.output = output;
    this.streams = streams;
    this.providers = providers;
    this.selection = selection;
    this.config = config;
    this.globals = globals;
  }

  @Override
  public Integer call() {
    Args.keyId(keyId);
    SecretDelivery delivery = secretOptions.delivery(output);
    delivery.checkBeforeCreate();
    if (verify) providers.requireCommand(connection.module(), "key rotate --verify");
    ProfileToken profileToken =
        updateProfile ? ProfileToken.check(selection, config, globals, streams) : null;
    String profile =
        selection.profile() == null ? "" : " (profile " + selection.profile().name() + ")";
    streams.confirm(yes, "Rotate key " + keyId + " on " + connection.module().id() + profile + "?");
    KeyRotation rotation =
        new KeyRotation(connection.provider(), delivery, output, streams.clock());
    return rotation.run(keyId, connection.options(), verify, keepOld, profileToken);
  }
}
