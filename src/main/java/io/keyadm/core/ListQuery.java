package io.keyadm.core;

import java.util.List;

/** What {@code key list} asks for; providers ignore the filters they do not have. */
public record ListQuery(
    Integer limit, Integer pageSize, boolean includeRevoked, String type, String userId) {

  /** The first {@code limit} items, or all when there is no limit. */
  public <T> List<T> truncate(List<T> items) {
    return limit == null || items.size() <= limit ? items : items.subList(0, limit);
  }

  public static ListQuery all() {
    return new ListQuery(null, null, false, null, null);
  }
}
