package dev.rinse.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates that every generator reads, and the ones that stop Jekyll's build. */
class FieldTypesTest {
  @Test
  void datesWrittenAsGeneratorsAndFeedsWriteThemAreValid() {
    assertThat(List.of("2021-01-05", "2021-1-5 9:05", "2021-01-05T10:00:00+08:00", "2021-01-05 10:00:00 +0800",
        "2021-01-05 10:00:00.5Z", "2021/01/05", "2021-02-30", "Tue, 28 Dec 2021 03:54:01 GMT", "Jan 5, 2020",
        "5 January 2020 10:00", "December 28th, 2021"))
        .allSatisfy(date -> assertThat(FieldTypes.valid(date)).as(date).isTrue());
  }

  @Test
  void datesRubyCannotReadAreNot() {
    assertThat(List.of("", "2 days ago", "yesterday", "0", "1609459200", "2021-13-01", "2021-01-01 25:99:00",
        "2021-01-32", "未知", "Jan 2021", "2021-01-05 10:60"))
        .allSatisfy(date -> assertThat(FieldTypes.valid(date)).as(date).isFalse());
  }
}
