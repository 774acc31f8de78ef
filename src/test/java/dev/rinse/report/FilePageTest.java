package dev.rinse.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FilePageTest {
  @Test
  void theRenderedFrameShowsAPostsBodyWithoutItsFrontMatter() {
    String post = "\n---\ntitle: A\n---\n<p>body</p>\n";
    assertThat(post.substring(FilePage.bodyStart(post))).isEqualTo("<p>body</p>\n");
    assertThat(FilePage.bodyStart("<p>a page</p>")).isZero();
    assertThat(FilePage.bodyStart("---\nfront matter never closed\n<p>x</p>")).isZero();
  }

  @Test
  void escapingASliceIsEscapingItsCopy() {
    String text = "a<b>&\"c'd\u00e9\ud83d\ude00<";
    assertThat(Html.escape(text)).isEqualTo("a&lt;b&gt;&amp;&quot;c&#39;d\u00e9\ud83d\ude00&lt;");
    assertThat(Html.escape("plain")).isEqualTo("plain");
    for (int from = 0; from <= text.length(); from++) {
      for (int to = from; to <= text.length(); to++) {
        StringBuilder out = new StringBuilder("x");
        Html.escape(text, from, to, out);
        assertThat(out.toString()).isEqualTo("x" + Html.escape(text.substring(from, to)));
      }
    }
  }
}
