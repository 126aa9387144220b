package io.keyadm.cli;

import io.keyadm.core.KeyadmException;
import io.keyadm.core.StatusReport;
import io.keyadm.output.ObjectViews;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(
    name = "status",
    description =
        "Shows the credential in use: who it is, its permissions, credits and expiry. Exits 3 when it is not valid.")
final class StatusCommand implements Callable<Integer> {

  private final Services services;

  StatusCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    StatusReport report = services.provider().status();
    services
        .printer()
        .print(new ObjectViews(services.mapper(), services.showSecrets()).status(report));
    if (report.invalidReason() != null) throw KeyadmException.auth(report.invalidReason());
    return 0;
  }
}
