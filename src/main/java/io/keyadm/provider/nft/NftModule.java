package io.keyadm.provider.nft;

import io.keyadm.config.Durations;
import io.keyadm.core.ApiKey;
import io.keyadm.core.Args;
import io.keyadm.core.KeyColumn;
import io.keyadm.core.KeyProvider;
import io.keyadm.core.KeyTraits;
import io.keyadm.core.KeyadmException;
import io.keyadm.core.OptionValues;
import io.keyadm.provider.ProfileSetting;
import io.keyadm.provider.ProviderContext;
import io.keyadm.provider.ProviderModule;
import io.keyadm.provider.ProviderOption;
import io.keyadm.provider.TrainingRun;
import io.keyadm.provider.nft.sandbox.NftSandbox;
import io.keyadm.sandbox.SandboxPart;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The NFT platform documented by TrackGenesis as keyadm's frame sees it. */
public final class NftModule implements ProviderModule {

  static final String ID = "nft";

  static final String USER = "--user";
  static final String EXPIRES_AT = "--expires-at";
  static final String EXPIRES_IN = "--expires-in";

  /** The header that carries the token: undocumented, so the profile may say. */
  static final ProfileSetting AUTH_HEADER =
      new ProfileSetting(
          "auth-header",
          "<name>",
          "Header that carries the token (default: Authorization).",
          Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+"));

  static final ProfileSetting AUTH_SCHEME =
      new ProfileSetting(
          "auth-scheme",
          "<scheme>",
          "Prefix of the token in that header (default: Bearer; '' for none).",
          Pattern.compile(".*"));

  private static final List<KeyColumn> COLUMNS =
      List.of(
          new KeyColumn("id", ApiKey::id),
          new KeyColumn("scopes", k -> String.join(",", k.scopes())),
          new KeyColumn("org", k -> k.raw().path("orgId").asText("")),
          new KeyColumn("created by", k -> k.raw().path("createdBy").asText("")),
          new KeyColumn("status", ApiKey::status),
          KeyColumn.time("created", ApiKey::createdAt),
          KeyColumn.time("expires", ApiKey::expiresAt));

  private static final List<ProviderOption> LIST =
      List.of(
          ProviderOption.value(USER, "<user-id>", "The keys of this user instead of your own."));

  private static final List<ProviderOption> CREATE =
      List.of(
          ProviderOption.value(
              EXPIRES_AT, "<time>", "Expiry as an RFC 3339 time, e.g. 2027-01-01T00:00:00Z."),
          ProviderOption.value(EXPIRES_IN, "<duration>", "Expiry from now, e.g. 30d or 12h."));

  private static final List<ProviderOption> ROTATE =
      List.of(
          ProviderOption.value(
              EXPIRES_AT,
              "<time>",
              "The successor's expiry (default: the old key's lifetime from now)."),
          ProviderOption.value(
              EXPIRES_IN, "<duration>", "The successor's expiry from now, e.g. 30d."));

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "NFT platform";
  }

  @Override
  public KeyProvider open(ProviderContext context) {
    return new NftProvider(context);
  }

  @Override
  public Set<String> commands() {
    return Set.of(
        "key list --created-before", "key list --created-after", "key list --expiring-within");
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
    switch (command) {
      case "key list" -> user(values);
      case "key create", "key rotate" -> expiry(values, clock.instant());
      default -> {}
    }
  }

  static String user(OptionValues values) {
    String user = values.one(USER);
    return user == null ? null : Args.keyId(user);
  }

  /** The expiry {@code key create} asks for, or null for a key that never expires. */
  static Instant expiry(OptionValues values, Instant now) {
    String at = values.one(EXPIRES_AT);
    String in = values.one(EXPIRES_IN);
    if (at != null && in != null)
      throw KeyadmException.usage("--expires-at and --expires-in conflict: give one");
    if (in != null) return now.plus(Durations.parse(in, EXPIRES_IN));
    if (at == null) return null;
    Instant when;
    try {
      when = OffsetDateTime.parse(at).toInstant();
    } catch (DateTimeParseException e) {
      throw KeyadmException.usage(
          "invalid value for --expires-at: '"
              + at
              + "' (expected RFC 3339, e.g. 2027-01-01T00:00:00Z)");
    }
    if (!when.isAfter(now))
      throw KeyadmException.usage(
          "invalid value for --expires-at: " + at + " is not in the future");
    return when;
  }

  @Override
  public Set<String> secretFields() {
    return Set.of("key", "apiKey");
  }

  @Override
  public SandboxPart sandbox() {
    return new NftSandbox();
  }

  @Override
  public KeyTraits keyTraits() {
    return NftKeyTraits.INSTANCE;
  }

  @Override
  public List<KeyColumn> listColumns() {
    return COLUMNS;
  }

  @Override
  public List<ProfileSetting> settings() {
    return List.of(AUTH_HEADER, AUTH_SCHEME);
  }

  @Override
  public List<TrainingRun> training() {
    return List.of(TrainingRun.of("key", "list"));
  }
}
