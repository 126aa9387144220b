package io.keyadm.provider.pers;

import io.keyadm.config.Secret;
import io.keyadm.core.ApiKey;
import io.keyadm.core.KeyColumn;
import io.keyadm.core.KeyProvider;
import io.keyadm.core.KeyTraits;
import io.keyadm.core.KeyadmException;
import io.keyadm.core.OptionValues;
import io.keyadm.provider.ProviderContext;
import io.keyadm.provider.ProviderModule;
import io.keyadm.provider.ProviderOption;
import io.keyadm.provider.TrainingRun;
import io.keyadm.provider.pers.sandbox.PersSandbox;
import io.keyadm.sandbox.SandboxPart;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/** The PERS loyalty platform as keyadm's frame sees it. */
public final class PersModule implements ProviderModule {

  static final String ID = "pers";

  /** Sent as {@code x-project-key} on every call. */
  public static final Secret PROJECT_KEY = Secret.named("project-key", "the project key");

  /** Sent as {@code x-api-key} when configured. */
  public static final Secret BUSINESS_KEY = Secret.named("business-key", "the business API key");

  static final String NAME = "--name";
  static final String INCLUDE_REVOKED = "--include-revoked";
  static final String TYPE = "--type";

  private static final List<KeyColumn> COLUMNS =
      List.of(
          new KeyColumn("id", ApiKey::id),
          new KeyColumn("name", ApiKey::name),
          new KeyColumn("type", ApiKey::kind),
          new KeyColumn("status", ApiKey::status),
          KeyColumn.time("created", ApiKey::createdAt),
          KeyColumn.time("expires", ApiKey::expiresAt),
          KeyColumn.time("last used", ApiKey::lastUsedAt),
          new KeyColumn("preview", k -> k.raw().path("shortenedPrivateKey").asText("")));

  private static final List<ProviderOption> LIST =
      List.of(
          ProviderOption.flag(INCLUDE_REVOKED, "Include revoked keys."),
          ProviderOption.value(TYPE, "<type>", "Only keys of this type (e.g. TENANT_SYSTEM_JWT).")
              .completing("TENANT_SYSTEM_JWT"));

  private static final List<ProviderOption> CREATE =
      List.of(ProviderOption.value(NAME, "<name>", "The key's name (required)."));

  private static final List<ProviderOption> ROTATE =
      List.of(
          ProviderOption.value(NAME, "<name>", "The successor's name (default: the old key's)."));

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "PERS";
  }

  @Override
  public KeyProvider open(ProviderContext context) {
    return new PersProvider(context);
  }

  @Override
  public Set<String> commands() {
    return Set.of(
        "tenant",
        "key list --unused-for",
        "key list --created-before",
        "key list --created-after",
        "key list --expiring-within");
  }

  @Override
  public List<ProviderOption> options(String command) {
    return switch (command) {
      case "key list" -> LIST;
      case "key create" -> CREATE;
      case "key rotate" -> ROTATE;
      default -> List.of();
    };
  }

  @Override
  public void check(String command, OptionValues values, Clock clock) {
    if (command.equals("key create")) keyName(values);
    if (command.equals("key rotate") && values.has(NAME)) keyName(values);
  }

  /** The name of a new key: PERS requires one. */
  static String keyName(OptionValues values) {
    String name = values.one(NAME);
    if (name == null) throw KeyadmException.usage("missing --name: pers keys need a name");
    if (name.isBlank()) throw KeyadmException.usage("invalid value for --name: must not be empty");
    return name;
  }

  @Override
  public Set<String> secretFields() {
    return Set.of(
        "privateKey", "jwt", "apiPrivateKey", "stripeApiKey", "stripeWebhookSecret", "loginToken");
  }

  @Override
  public SandboxPart sandbox() {
    return new PersSandbox();
  }

  @Override
  public KeyTraits keyTraits() {
    return PersKeyTraits.INSTANCE;
  }

  @Override
  public List<KeyColumn> listColumns() {
    return COLUMNS;
  }

  @Override
  public List<Secret> secrets() {
    return List.of(PROJECT_KEY, BUSINESS_KEY);
  }

  @Override
  public List<TrainingRun> training() {
    return List.of(TrainingRun.of("key", "list"), TrainingRun.of("status"));
  }
}
