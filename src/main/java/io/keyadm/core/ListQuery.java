package io.keyadm.core;

import java.util.List;

/**
 * What {@code key list} asks for: a limit, the provider's own options (filters, page size), and the
 * filter keyadm applies to what comes back; a provider may ask its server for part of it.
 */
public record ListQuery(Integer limit, OptionValues options, KeyFilter filter) {

  public ListQuery {
    options = options == null ? OptionValues.none() : options;
    filter = filter == null ? KeyFilter.none() : filter;
  }

  public ListQuery(Integer limit, OptionValues options) {
    this(limit, options, KeyFilter.none());
  }

  /** The first {@code limit} items, or all when there is no limit. */
  public <T> List<T> truncate(List<T> items) {
    return limit == null || items.size() <= limit ? items : items.subList(0, limit);
  }

  public static ListQuery all() {
    return new ListQuery(null, OptionValues.none());
  }
}
