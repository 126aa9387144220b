package io.keyadm.cli.key;

import io.keyadm.cli.Args;
import io.keyadm.cli.Services;
import io.keyadm.core.KeyProvider;
import io.keyadm.core.KeyadmException;
import io.keyadm.core.ListQuery;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "list",
    description = "Lists all keys, following every page. An empty list is success.")
final class KeyListCommand implements Callable<Integer> {

  private final Services services;

  @Option(names = "--limit", paramLabel = "<n>", description = "Stop after this many keys.")
  Integer limit;

  @Option(
      names = "--page-size",
      paramLabel = "<n>",
      description = "Keys asked for per request (masumi: 1 to 100, default 50).")
  Integer pageSize;

  @Option(names = "--include-revoked", description = "pers: include revoked keys.")
  boolean includeRevoked;

  @Option(
      names = "--type",
      paramLabel = "<type>",
      description = "pers: only keys of this type (e.g. TENANT_SYSTEM_JWT).")
  String type;

  @Option(
      names = "--user",
      paramLabel = "<user-id>",
      description = "nft: the keys of this user instead of your own.")
  String user;

  KeyListCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    if (limit != null && limit < 1)
      throw KeyadmException.usage("invalid value for --limit: " + limit + " (must be 1 or more)");
    if (pageSize != null && pageSize < 1)
      throw KeyadmException.usage(
          "invalid value for --page-size: " + pageSize + " (must be 1 or more)");
    if (user != null) Args.keyId(user);
    KeyProvider provider = services.provider();
    var keys = provider.listKeys(new ListQuery(limit, pageSize, includeRevoked, type, user));
    services.printer().print(services.keyViews().list(provider.id(), keys));
    return 0;
  }
}
