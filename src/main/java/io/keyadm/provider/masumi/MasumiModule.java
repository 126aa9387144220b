package io.keyadm.provider.masumi;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyadm.core.ApiKey;
import io.keyadm.core.Credit;
import io.keyadm.core.KeyColumn;
import io.keyadm.core.KeyProvider;
import io.keyadm.core.KeyTraits;
import io.keyadm.core.OptionValues;
import io.keyadm.core.Secrets;
import io.keyadm.provider.ProviderContext;
import io.keyadm.provider.ProviderModule;
import io.keyadm.provider.ProviderOption;
import io.keyadm.provider.TrainingRun;
import io.keyadm.provider.masumi.sandbox.MasumiSandbox;
import io.keyadm.sandbox.SandboxPart;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The Masumi Payment Service as keyadm's frame sees it. */
public final class MasumiModule implements ProviderModule {

  static final String ID = "masumi";

  private static final List<KeyColumn> COLUMNS =
      List.of(
          new KeyColumn("id", ApiKey::id),
          new KeyColumn("permission", ApiKey::kind),
          new KeyColumn("status", ApiKey::status),
          new KeyColumn("limited", k -> yesNo(k.raw().path("usageLimited"))),
          new KeyColumn("credits", k -> credits(k.credits())),
          new KeyColumn("networks", k -> String.join(",", k.networks())),
          new KeyColumn("token", k -> maskedText(k.raw(), "token")));

  private static final List<KeyColumn> DETAIL = detail();

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Masumi";
  }

  @Override
  public KeyProvider open(ProviderContext context) {
    return new MasumiProvider(context);
  }

  @Override
  public Set<String> commands() {
    return Set.of("key patch", "rpc-keys list", "key rotate --verify");
  }

  @Override
  public List<ProviderOption> options(String command) {
    return switch (command) {
      case "key list" -> MasumiOptions.LIST;
      case "key create" -> MasumiOptions.CREATE;
      case "key patch" -> MasumiOptions.PATCH;
      case "key rotate" -> MasumiOptions.ROTATE;
      default -> List.of();
    };
  }

  @Override
  public void check(String command, OptionValues values, Clock clock) {
    switch (command) {
      case "key list" -> MasumiOptions.pageSize(values, MasumiProvider.DEFAULT_PAGE_SIZE);
      case "key create" -> MasumiOptions.keySpec(values);
      case "key patch" -> MasumiOptions.keyPatch(values, null);
      case "key rotate" -> MasumiOptions.rotateCredits(values);
      default -> {}
    }
  }

  @Override
  public Set<String> secretFields() {
    return Set.of("token", "rpcProviderApiKey");
  }

  @Override
  public SandboxPart sandbox() {
    return new MasumiSandbox();
  }

  @Override
  public KeyTraits keyTraits() {
    return MasumiKeyTraits.INSTANCE;
  }

  @Override
  public List<KeyColumn> listColumns() {
    return COLUMNS;
  }

  @Override
  public List<KeyColumn> detailColumns() {
    return DETAIL;
  }

  @Override
  public List<TrainingRun> training() {
    List<TrainingRun> runs = new ArrayList<>();
    for (String output : List.of("table", "json", "yaml", "csv", "id"))
      runs.add(TrainingRun.of("key", "list", "-o", output));
    runs.add(TrainingRun.of("status"));
    runs.add(TrainingRun.of("key", "create", "--credit", "lovelace=5"));
    runs.add(TrainingRun.of("rpc-keys", "list"));
    runs.add(TrainingRun.withWrongToken("key", "list"));
    return runs;
  }

  private static List<KeyColumn> detail() {
    List<KeyColumn> all = new ArrayList<>(COLUMNS);
    all.add(new KeyColumn("chain ids", k -> joinText(k.raw().path("ChainIdLimit"), null)));
    all.add(
        new KeyColumn("wallet scopes", k -> joinText(k.raw().path("WalletScopes"), "hotWalletId")));
    return List.copyOf(all);
  }

  private static String yesNo(JsonNode flag) {
    return flag.isMissingNode() || flag.isNull() ? "" : flag.asBoolean() ? "yes" : "no";
  }

  /** Credits as {@code unit=amount, ...}; {@code -} for none. */
  static String credits(List<Credit> credits) {
    return credits.isEmpty()
        ? "-"
        : credits.stream().map(Credit::toString).collect(Collectors.joining(", "));
  }

  private static String maskedText(JsonNode raw, String field) {
    JsonNode v = raw.path(field);
    return v.isTextual() ? Secrets.mask(v.asText()) : "";
  }

  private static String joinText(JsonNode array, String field) {
    List<String> parts = new ArrayList<>();
    array.forEach(e -> parts.add(field == null ? e.asText() : e.path(field).asText()));
    return parts.isEmpty() ? "-" : String.join(",", parts);
  }
}
