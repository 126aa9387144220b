package io.keyadm.core;

/** What {@code key list} asks for; providers ignore the filters they do not have. */
public record ListQuery(
    Integer limit, Integer pageSize, boolean includeRevoked, String type, String userId) {

  public static ListQuery all() {
    return new ListQuery(null, null, false, null, null);
  }
}
