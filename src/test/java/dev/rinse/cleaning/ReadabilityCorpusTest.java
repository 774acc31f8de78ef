package dev.rinse.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rinse.SharedData;
import dev.rinse.article.VisibleText;
import dev.rinse.changelog.ChangeKind;
import dev.rinse.corpus.Decoded;
import dev.rinse.corpus.Decoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The 130 real pages of {@code ../shared/corpus/readability}: no script, style, comment, inline style,
 * handler, pixel or campaign parameter survives; every paragraph Readability extracts is still there;
 * the log accounts for all removed text; cleaning is idempotent.
 */
class ReadabilityCorpusTest {
  private final Cleaner cleaner = SharedData.defaultCleaner();
  private final Decoder decoder = new Decoder();

  @TestFactory
  Stream<DynamicTest> everyPage() {
    return SharedData.dynamicTests("corpus/readability", folder -> SharedData.files(folder, "source.html").stream()
        .map(page -> DynamicTest.dynamicTest(page.getParent().getFileName().toString(), () -> check(page))));
  }

  private void check(Path page) throws Exception {
    String name = page.getParent().getFileName() + "/source.html";
    Decoded decoded = decoder.decode(Files.readAllBytes(page));
    Cleaned cleaned = cleaner.clean(name, decoded.text(), decoded.warnings());
    String output = cleaned.output().orElseThrow(() -> new AssertionError(cleaned.log().error()));
    Document result = Jsoup.parse(output);

    assertThat(result.select("script, style, noscript, iframe")).as(name).isEmpty();
    assertThat(comments(result)).as(name + " comments").isZero();
    for (Element element : result.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        assertThat(attribute.getKey()).as(name + " attribute on " + element.tagName())
            .isNotEqualTo("style").doesNotStartWith("on");
        assertThat(attribute.getValue()).as(name + " " + attribute.getKey()).doesNotContain("utm_");
      }
    }
    assertThat(result.select("img[width=1][height=1], img[width=0][height=0]")).as(name).isEmpty();

    String text = VisibleText.withoutWhitespace(VisibleText.of(result.body()));
    Document expected = Jsoup.parse(Files.readString(page.resolveSibling("expected.html")));
    for (Element paragraph : expected.select("p")) {
      assertKept(name, text, paragraph);
    }
    assertThat(new Completeness().check(name, decoded.text(), output, cleaned.log())).as(name).isEmpty();

    Cleaned again = cleaner.clean(name, output, List.of());
    assertThat(again.output()).as(name + " idempotence").contains(output);
    assertThat(again.log().changes()).as(name).allMatch(c -> c.action() == ChangeKind.FLAG);
  }

  /**
   * Each text node of the paragraph must be in the output, in order. Readability drops some inline
   * elements (pronunciations, formulas), so the paragraph as a whole need not be contiguous.
   */
  private static void assertKept(String name, String text, Element paragraph) {
    int from = 0;
    for (org.jsoup.nodes.TextNode node : allTextNodes(paragraph)) {
      String wanted = VisibleText.withoutWhitespace(node.getWholeText());
      if (wanted.isEmpty()) {
        continue;
      }
      int end = findNearlyContiguous(text, wanted, from);
      assertThat(end).as(name + " keeps \"" + wanted + "\" of the paragraph: " + paragraph.text())
          .isNotNegative();
      from = end;
    }
  }

  /**
   * Where {@code wanted} ends in {@code text}, found in order from {@code from}: contiguous, or with a
   * few short gaps where Readability merged text around an element it dropped (a citation mark).
   * Returns -1 when it is not there.
   */
  static int findNearlyContiguous(String text, String wanted, int from) {
    int exact = text.indexOf(wanted, from);
    if (exact >= 0) {
      return exact + wanted.length();
    }
    for (int start = text.indexOf(wanted.charAt(0), from); start >= 0;
        start = text.indexOf(wanted.charAt(0), start + 1)) {
      int at = start;
      int i = 0;
      while (i < wanted.length() && at < text.length() && at - start <= wanted.length() + 60) {
        if (text.charAt(at) == wanted.charAt(i)) {
          i++;
        }
        at++;
      }
      if (i == wanted.length()) {
        return at;
      }
    }
    return -1;
  }

  private static List<org.jsoup.nodes.TextNode> allTextNodes(Element root) {
    List<org.jsoup.nodes.TextNode> found = new java.util.ArrayList<>();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof org.jsoup.nodes.TextNode t) {
        found.add(t);
      }
    }, root);
    return found;
  }

  /** The sanitizer writes '{<!-- -->' so that no '{{' template can form; that comment is no leftover. */
  private static boolean isTemplateGuard(Comment comment) {
    return comment.getData().equals(" ") && comment.previousSibling() instanceof org.jsoup.nodes.TextNode t
        && t.getWholeText().endsWith("{");
  }

  private static int comments(Document document) {
    int[] count = {0};
    NodeTraversor.traverse((node, depth) -> count[0] += node instanceof Comment c && !isTemplateGuard(c) ? 1 : 0,
        document);
    return count[0];
  }
}
