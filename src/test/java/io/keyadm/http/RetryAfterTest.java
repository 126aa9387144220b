package io.keyadm.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Retry-After as RetryInterceptor reads it: a delay in milliseconds, or -1 for "not given". */
class RetryAfterTest {

  private static String httpDate(ZonedDateTime when) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(when.withZoneSameInstant(ZoneOffset.UTC));
  }

  @ParameterizedTest(name = "''{0}'' is {1} ms")
  @CsvSource({"1, 1000", "0, 0", "120, 120000", "' 7 ', 7000", "86400, 86400000"})
  void delta_seconds(String value, long millis) {
    assertThat(RetryInterceptor.retryAfterMillis(value)).isEqualTo(millis);
  }

  @Test
  void an_http_date_in_the_future_is_the_time_until_then() {
    String in30s = httpDate(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(30));

    // The date has whole seconds, so up to a second less; the rest allows for a slow machine.
    assertThat(RetryInterceptor.retryAfterMillis(in30s)).isBetween(27_000L, 30_000L);
  }

  @Test
  void an_http_date_in_another_zone_is_read_in_its_zone() {
    String in60s =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.now(ZoneOffset.ofHours(2)).plusSeconds(60));

    assertThat(in60s).endsWith("+0200");
    assertThat(RetryInterceptor.retryAfterMillis(in60s)).isBetween(57_000L, 60_000L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Wed, 21 Oct 2015 07:28:00 GMT", "Thu, 1 Jan 1970 00:00:00 GMT"})
  void an_http_date_in_the_past_means_now(String value) {
    assertThat(RetryInterceptor.retryAfterMillis(value)).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "soon",
        "1.5",
        "1s",
        "2026-11-22T12:00:00Z",
        "Wed, 32 Oct 2015 07:28:00 GMT",
        "21 Oct 2015",
        "99999999999999999999"
      })
  void anything_unreadable_counts_as_not_given(String value) {
    assertThat(RetryInterceptor.retryAfterMillis(value)).isEqualTo(-1);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t"})
  void absent_or_blank_counts_as_not_given(String value) {
    assertThat(RetryInterceptor.retryAfterMillis(value)).isEqualTo(-1);
  }
}
