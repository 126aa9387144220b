package io.keyadm.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutesTest {

  final Routes<String> routes =
      new Routes<String>()
          .add("GET", "/api-keys/my", "mine")
          .add("GET", "/api-keys/user/{userId}", "of-user")
          .add("GET", "/api-keys/{id}", "get")
          .add("DELETE", "/api-keys/{id}", "delete")
          .add("GET", "/api-keys", "list")
          .add("GET", "/", "root");

  @Test
  void a_literal_route_matches_only_its_own_path_and_has_no_params() {
    assertThat(routes.find("GET", "/api-keys"))
        .hasValueSatisfying(
            m -> {
              assertThat(m.handler()).isEqualTo("list");
              assertThat(m.params()).isEmpty();
            });
    assertThat(routes.find("GET", "/")).get().extracting(Routes.Match::handler).isEqualTo("root");
    assertThat(routes.find("GET", "/api-keysx")).isEmpty();
    assertThat(routes.find("GET", "//api-keys")).isEmpty();
    assertThat(routes.find("GET", "/api-keys/")).isEmpty();
  }

  @Test
  void a_param_segment_hands_back_the_segment_as_sent() {
    assertThat(routes.find("DELETE", "/api-keys/67aaf3d7%2Fx"))
        .hasValueSatisfying(
            m -> {
              assertThat(m.handler()).isEqualTo("delete");
              assertThat(m.params()).isEqualTo(Map.of("id", "67aaf3d7%2Fx"));
            });
    assertThat(routes.find("GET", "/api-keys/user/u1").orElseThrow().params())
        .isEqualTo(Map.of("userId", "u1"));
  }

  @Test
  void a_param_matches_exactly_one_non_empty_segment() {
    assertThat(routes.find("DELETE", "/api-keys/a/b")).isEmpty();
    assertThat(routes.find("DELETE", "/api-keys//")).isEmpty();
    assertThat(routes.find("DELETE", "/api-keys")).isEmpty();
  }

  @Test
  void the_first_route_added_wins_so_a_literal_before_a_pattern_takes_its_path() {
    assertThat(routes.find("GET", "/api-keys/my").orElseThrow().handler()).isEqualTo("mine");
    assertThat(routes.find("GET", "/api-keys/user").orElseThrow())
        .satisfies(
            m -> {
              assertThat(m.handler()).isEqualTo("get");
              assertThat(m.params()).isEqualTo(Map.of("id", "user"));
            });
  }

  @Test
  void a_known_path_with_another_method_is_no_route() {
    assertThat(routes.find("POST", "/api-keys")).isEmpty();
    assertThat(routes.find("PUT", "/api-keys/67aaf3d7ac6656e91a4a9845")).isEmpty();
    assertThat(routes.find("get", "/api-keys")).isEmpty();
  }

  @Test
  void an_unknown_path_is_no_route() {
    assertThat(routes.find("GET", "/nope")).isEmpty();
    assertThat(new Routes<String>().find("GET", "/")).isEmpty();
  }

  @Test
  void a_pattern_must_start_with_a_slash() {
    assertThatThrownBy(() -> new Routes<String>().add("GET", "api-keys", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
