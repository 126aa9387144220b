package io.keyadm.acme;

import io.keyadm.core.ApiKey;
import io.keyadm.core.KeyColumn;
import io.keyadm.core.KeyProvider;
import io.keyadm.provider.ProviderContext;
import io.keyadm.provider.ProviderModule;
import io.keyadm.provider.ProviderOption;
import java.util.List;
import java.util.Set;

/**
 * A fourth provider, defined only here: a service with {@code GET/POST/DELETE /keys} and a Bearer
 * token. It is the specification of what adding a provider to keyadm takes.
 */
public final class AcmeModule implements ProviderModule {

  static final String LABEL = "--label";

  @Override
  public String id() {
    return "acme";
  }

  @Override
  public String title() {
    return "Acme";
  }

  @Override
  public KeyProvider open(ProviderContext context) {
    return new AcmeProvider(context);
  }

  @Override
  public List<ProviderOption> options(String command) {
    return command.equals("key create")
        ? List.of(ProviderOption.value(LABEL, "<label>", "A label for the new key."))
        : List.of();
  }

  /** A create answers the new key's secret in {@code secret}; nothing may print it twice. */
  @Override
  public Set<String> secretFields() {
    return Set.of("secret");
  }

  @Override
  public List<KeyColumn> listColumns() {
    return List.of(
        new KeyColumn("id", ApiKey::id),
        new KeyColumn("label", ApiKey::name),
        new KeyColumn("status", ApiKey::status),
        KeyColumn.time("created", ApiKey::createdAt));
  }
}
