package io.keyadm.cli.shell;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyadm.cli.Connection;
import io.keyadm.core.ApiKey;
import io.keyadm.core.CreatedKey;
import io.keyadm.core.KeyProvider;
import io.keyadm.core.ListQuery;
import io.keyadm.core.OptionValues;
import io.keyadm.core.StatusReport;
import io.keyadm.core.TenantAdmin;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The ids of the keys this session has listed, fetched or created, for completion: in memory only,
 * the most recent first out of the way of a bound.
 */
final class SeenKeys {

  /** Enough for a whole inventory of thousands; beyond it the oldest are dropped. */
  static final int MAX = 20_000;

  private final Set<String> ids = new LinkedHashSet<>();

  synchronized void add(String id) {
    if (id == null) return;
    ids.remove(id);
    ids.add(id);
    if (ids.size() > MAX) {
      Iterator<String> oldest = ids.iterator();
      oldest.next();
      oldest.remove();
    }
  }

  synchronized List<String> ids() {
    return new ArrayList<>(ids);
  }

  synchronized void clear() {
    ids.clear();
  }

  /** Opens providers with {@code opener}, noting the ids of the keys they return. */
  Connection.Opener observing(Connection.Opener opener) {
    return (module, context) -> new Observed(opener.open(module, context));
  }

  private final class Observed implements KeyProvider {
    private final KeyProvider p;

    Observed(KeyProvider p) {
      this.p = p;
    }

    private ApiKey seen(ApiKey key) {
      if (key != null) add(key.id());
      return key;
    }

    @Override
    public StatusReport status() {
      return p.status();
    }

    @Override
    public List<ApiKey> listKeys(ListQuery query) {
      List<ApiKey> keys = p.listKeys(query);
      keys.forEach(this::seen);
      return keys;
    }

    @Override
    public ApiKey getKey(String keyId) {
      return seen(p.getKey(keyId));
    }

    @Override
    public void check(String command, OptionValues options) {
      p.check(command, options);
    }

    @Override
    public CreatedKey createKey(OptionValues options) {
      CreatedKey created = p.createKey(options);
      if (created != null) seen(created.key());
      return created;
    }

    @Override
    public ApiKey revokeKey(String keyId) {
      return seen(p.revokeKey(keyId));
    }

    @Override
    public ApiKey patchKey(String keyId, OptionValues options) {
      return seen(p.patchKey(keyId, options));
    }

    @Override
    public List<JsonNode> listRpcKeys() {
      return p.listRpcKeys();
    }

    @Override
    public TenantAdmin tenants() {
      return p.tenants();
    }
  }
}
