package io.keyadm.core;

import java.util.List;

/** What {@code key list} asks for: a limit, and the provider's own options (filters, page size). */
public record ListQuery(Integer limit, OptionValues options) {

  public ListQuery {
    options = options == null ? OptionValues.none() : options;
  }

  /** The first {@code limit} items, or all when there is no limit. */
  public <T> List<T> truncate(List<T> items) {
    return limit == null || items.size() <= limit ? items : items.subList(0, limit);
  }

  public static ListQuery all() {
    return new ListQuery(null, OptionValues.none());
  }
}
