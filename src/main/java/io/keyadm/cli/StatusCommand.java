package io.keyadm.cli;

import io.keyadm.core.KeyadmException;
import io.keyadm.core.StatusReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(
    name = "status",
    description =
        "Shows the credential in use: who it is, its permissions, credits and expiry. Exits 3 when it is not valid.")
final class StatusCommand implements Callable<Integer> {

  private final Connection connection;
  private final Output output;

  StatusCommand(Connection connection, Output output) {
    this.connection = connection;
    this.output = output;
  }

  @Override
  public Integer call() {
    StatusReport report = connection.provider().status();
    output.printer().print(output.objects().status(report));
    if (report.invalidReason() != null) throw KeyadmException.auth(report.invalidReason());
    return 0;
  }
}
