package dev.rinse.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rinse.article.Generator;
import dev.rinse.changelog.FileLog;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class FilePageTest {
  @Test
  void theRenderedFrameShowsAPostsBodyWhereTheParserSplitsIt() {
    assertThat(rendered("\n---\ntitle: A\n---\n<p>body</p>\n", Generator.HEXO)).isEqualTo("<p>body</p>\n");
    assertThat(rendered("<p>a page</p>", Generator.HEXO)).isEqualTo("<p>a page</p>");
    assertThat(rendered("---\ntitle: A\n...\n<p>body</p>\n", Generator.JEKYLL)).isEqualTo("<p>body</p>\n");
    assertThat(rendered("+++\ntitle = 'A'\n+++\n<p>body</p>\n", Generator.HUGO)).isEqualTo("<p>body</p>\n");
    assertThat(rendered("{\"title\": \"A\"}\n<p>body</p>\n", Generator.HUGO)).isEqualTo("<p>body</p>\n");
  }

  @Test
  void theRenderedFrameStartsWithItsPolicyAfterAnyDoctype() {
    Document frame = frame("<!DOCTYPE html><html><head><link rel=stylesheet href=http://a.test/s.css></head>"
        + "<body><img src=http://a.test/x.png></body></html>", Generator.NONE);
    assertThat(frame.documentType()).isNotNull();
    assertThat(frame.head().child(0).attr("http-equiv")).isEqualTo("Content-Security-Policy");
    assertThat(frame.head().child(0).attr("content")).isEqualTo(Csp.RENDERING);
    assertThat(frame.select("link[href], img[src]")).hasSize(2);
    assertThat(frame("<img src=http://a.test/x.png>", Generator.NONE).head().child(0).attr("content"))
        .isEqualTo(Csp.RENDERING);
  }

  @Test
  void aFilePageCarriesThePolicyFirstAndRunsOnlyScriptsItAllows() {
    Document page = page("---\ntitle: A\n---\n<p><img src=\"http://a.test/x.png\"></p>\n");
    assertThat(page.head().child(0).attr("http-equiv")).isEqualTo("Content-Security-Policy");
    assertThat(page.head().child(0).attr("content")).isEqualTo(Csp.PAGE).contains("default-src 'none'");
    assertThat(page.select("script")).isNotEmpty().allSatisfy(script ->
        assertThat(Csp.PAGE).contains(Csp.hash(script.data())));
    assertThat(page.select("iframe")).singleElement().satisfies(frame -> {
      assertThat(frame.attr("sandbox")).isEmpty();
      assertThat(frame.hasAttr("sandbox")).isTrue();
      assertThat(frame.hasAttr("src")).isFalse();
    });
    assertThat(page.select("img, link, object, embed")).isEmpty();
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

  private static Document page(String output) {
    FileLog log = FileLog.cleaned("a/post.md", List.of(), List.of(), null);
    StringBuilder html = new StringBuilder();
    FilePage.write(log, output, output, Generator.HEXO, html);
    return Jsoup.parse(html.toString());
  }

  private static Document frame(String output, Generator generator) {
    FileLog log = FileLog.cleaned("a/post.md", List.of(), List.of(), null);
    StringBuilder html = new StringBuilder();
    FilePage.write(log, output, output, generator, html);
    return Jsoup.parse(Jsoup.parse(html.toString()).selectFirst("iframe.rendered").attr("srcdoc"));
  }

  /** The output the frame shows, without the policy it adds. */
  private static String rendered(String output, Generator generator) {
    FileLog log = FileLog.cleaned("a/post.md", List.of(), List.of(), null);
    StringBuilder html = new StringBuilder();
    FilePage.write(log, output, output, generator, html);
    return Jsoup.parse(html.toString()).selectFirst("iframe.rendered").attr("srcdoc").replace(Csp.meta(Csp.RENDERING), "");
  }
}
