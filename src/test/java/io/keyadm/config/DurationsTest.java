package io.keyadm.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.keyadm.core.KeyadmException;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

  private static KeyadmException refusal(String text) {
    return catchThrowableOfType(KeyadmException.class, () -> Durations.parse(text, "--timeout"));
  }

  @ParameterizedTest(name = "{0} is {1} ms")
  @CsvSource({
    "250ms, 250",
    "30s, 30000",
    "15m, 900000",
    "12h, 43200000",
    "3d, 259200000",
    "45, 45000",
    "' 30s ', 30000",
    "1ms, 1"
  })
  void each_unit_and_a_bare_number_of_seconds(String text, long millis) {
    assertThat(Durations.parse(text, "--timeout")).isEqualTo(Duration.ofMillis(millis));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0s", "0ms", "0d", "000m"})
  void zero_is_refused_as_a_usage_error(String text) {
    KeyadmException e = refusal(text);

    assertThat(e.exitCode()).isEqualTo(2);
    assertThat(e.getMessage())
        .isEqualTo("invalid value for --timeout: '" + text + "' (must be more than zero)");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"soon", "5x", "s", "1.5h", "-5s", "5 s", "5sec", "1h30m", "9999999999"})
  void anything_else_is_refused_as_a_usage_error_naming_the_option_and_the_form(String text) {
    KeyadmException e = refusal(text);

    assertThat(e.exitCode()).isEqualTo(2);
    assertThat(e.getMessage())
        .isEqualTo(
            "invalid value for --timeout: '"
                + text
                + "' (expected <n>ms|s|m|h|d, e.g. 30s or 12h)");
  }

  @ParameterizedTest(name = "{0} reads back as {1}")
  @CsvSource({"999999999d, 999999999d", "999999999h, 999999999h", "999999999, 999999999s"})
  void the_largest_accepted_numbers_do_not_overflow(String text, String formatted) {
    Duration d = Durations.parse(text, "--expires-in");

    assertThat(d).isPositive();
    assertThat(Durations.format(d)).isEqualTo(formatted);
  }

  @ParameterizedTest(name = "{0} ms is {1}")
  @CsvSource({
    "1, 1ms",
    "1500, 1500ms",
    "30000, 30s",
    "90000, 90s",
    "60000, 1m",
    "5400000, 90m",
    "3600000, 1h",
    "90000000, 25h",
    "172800000, 2d"
  })
  void format_uses_the_largest_unit_that_divides_it(long millis, String text) {
    assertThat(Durations.format(Duration.ofMillis(millis))).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"250ms", "30s", "15m", "12h", "3d"})
  void format_reads_back_as_what_was_parsed(String text) {
    assertThat(Durations.format(Durations.parse(text, "--timeout"))).isEqualTo(text);
  }
}
