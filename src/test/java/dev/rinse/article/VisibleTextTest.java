package dev.rinse.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class VisibleTextTest {
  @Test
  void whiteSpaceIsWhatTheJavaLibraryCallsWhiteSpaceOrASpace() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
      String text = "a" + c + "b";
      assertThat(VisibleText.count(text)).as("U+%04X", (int) c).isEqualTo(space ? 2 : 3);
      assertThat(VisibleText.withoutWhitespace(text)).as("U+%04X", (int) c).isEqualTo(space ? "ab" : text);
    }
  }

  @Test
  void aNodeCountsItsBodyTextOnly() {
    var document = Jsoup.parse("<head><title>Title</title></head><body><p>one two</p><script>x()</script>"
        + "<p>\u00a0three\u3000</p></body>");
    assertThat(VisibleText.count(document.body())).isEqualTo("onetwothree".length());
    assertThat(VisibleText.count(document.head())).isZero();
  }

  @Test
  void holdsAtLeastAgreesWithTheCountAtEveryThreshold() {
    var document = Jsoup.parse("<head><title>A long title</title></head><body><p>one two</p><div><p>\u00a0three</p>"
        + "<script>never counted()</script></div><p>four</p></body>");
    int count = VisibleText.count(document.body());
    assertThat(count).isEqualTo("onetwothreefour".length());
    for (int threshold = -1; threshold <= count + 2; threshold++) {
      assertThat(VisibleText.holdsAtLeast(document.body(), threshold)).as("at least %d", threshold)
          .isEqualTo(count >= threshold);
    }
    assertThat(VisibleText.holdsAtLeast(document.head(), 1)).isFalse();
  }
}
