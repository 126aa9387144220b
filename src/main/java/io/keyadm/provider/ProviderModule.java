package io.keyadm.provider;

import io.keyadm.config.Secret;
import io.keyadm.core.KeyColumn;
import io.keyadm.core.KeyProvider;
import io.keyadm.core.KeyTraits;
import io.keyadm.core.OptionValues;
import io.keyadm.sandbox.SandboxPart;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Everything keyadm needs to know about one provider: the frame (commands, help, completion,
 * profiles, tables, sandbox, training run) reads it from here and names no provider itself.
 */
public interface ProviderModule {

  /** The id used in profiles and {@code --provider}, e.g. {@code masumi}. */
  String id();

  /** The name in help headings, e.g. "Masumi". */
  String title();

  /** A provider for one connection; cheap: credentials are read and connections made on use. */
  KeyProvider open(ProviderContext context);

  /**
   * The commands beyond status and key list/get/create/revoke that it has, by path ({@code key
   * patch}, {@code rpc-keys list}, or a whole group such as {@code tenant}).
   */
  default Set<String> commands() {
    return Set.of();
  }

  /** The options it adds to a command, by command path. */
  default List<ProviderOption> options(String command) {
    return List.of();
  }

  /**
   * Checks the values of its options for a command before any credential is read or anything is
   * sent; a usage error names the option.
   */
  default void check(String command, OptionValues values, Clock clock) {}

  /** What its keys can carry and which of them are risky, for {@code keyadm audit}. */
  default KeyTraits keyTraits() {
    return KeyTraits.NONE;
  }

  /** The columns of its key table. */
  List<KeyColumn> listColumns();

  /** The fields of one key shown alone ({@code key get}). */
  default List<KeyColumn> detailColumns() {
    return listColumns();
  }

  /** The fields of its server objects whose values are secrets: masked, never logged. */
  default Set<String> secretFields() {
    return Set.of();
  }

  /** The secrets it needs besides {@link Secret#TOKEN}. */
  default List<Secret> secrets() {
    return List.of();
  }

  /** The plain settings its profiles may hold. */
  default List<ProfileSetting> settings() {
    return List.of();
  }

  /**
   * Its part of the embedded sandbox, or null when it has none (then it has no built-in profile
   * either). Called only when the sandbox is used, or for the built-in profile's credentials.
   */
  default SandboxPart sandbox() {
    return null;
  }

  /** What the package-time training run executes against its sandbox. */
  default List<TrainingRun> training() {
    return List.of();
  }
}
