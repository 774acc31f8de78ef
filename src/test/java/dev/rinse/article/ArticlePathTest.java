package dev.rinse.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

class ArticlePathTest {
  private final ArticleParser parser = new ArticleParser();

  @Test
  void placesCountElementsOnlyNotTextOrComments() {
    Article article = parser.parse("a.html", "<p>one</p> text <!-- c --><p>two</p>\n<div><b>x</b>y<i>z</i></div>");
    Element body = article.document().body();
    assertEquals("body > p:nth-child(2)", article.pathOf(body.child(1)));
    assertEquals("body > div:nth-child(3) > i:nth-child(2)", article.pathOf(body.child(2).child(1)));
    TextNode y = (TextNode) body.child(2).childNode(1);
    assertEquals("body > div:nth-child(3) > #text", article.pathOf(y));
  }

  @Test
  void placesFollowRemovalsOnceTheTreeIsReshaped() {
    Article article = parser.parse("a.html", "<p>1</p><p>2</p><p>3</p><p>4</p>");
    Element body = article.document().body();
    Element last = body.child(3);
    assertEquals("body > p:nth-child(4)", article.pathOf(last));
    body.child(0).remove();
    article.reshaped();
    assertEquals("body > p:nth-child(3)", article.pathOf(last));
    body.child(1).remove();
    article.reshaped();
    assertEquals("body > p:nth-child(2)", article.pathOf(last));
  }

  /** Every element of a wide, mixed page, before and after removals, against jsoup's own index. */
  @Test
  void everyStepAgreesWithJsoupsSiblingIndex() {
    Article article = parser.parse("wide.html", widePage());
    Element body = article.document().body();
    assertSteps(article, body.select("*"));
    for (int i = body.childrenSize() - 1; i >= 0; i -= 5) {
      body.child(i).remove();
      article.reshaped();
      assertSteps(article, List.of(body.child(Math.min(i, body.childrenSize() - 1))));
    }
    assertSteps(article, body.select("*"));
  }

  /**
   * Removal through the article keeps what was counted of the siblings: removing comments and elements
   * before and at the last place counted, in document order as rules do, never gives a wrong place.
   */
  @Test
  void removalKeepsPlacesRightWithoutAReshape() {
    Article article = parser.parse("wide.html", widePage());
    Element body = article.document().body();
    List<Node> nodes = new ArrayList<>(body.childNodes());
    for (int i = 0; i < nodes.size(); i++) {
      Node node = nodes.get(i);
      if (node instanceof Element element) {
        assertSteps(article, List.of(element));
        assertSteps(article, element.children());
      }
      if (node instanceof Comment || i % 4 == 1) {
        assertSteps(article, List.of(body.lastElementChild())); // counted past the node removed next
        article.remove(node);
        assertSteps(article, List.of(body.lastElementChild()));
      }
      if (i % 50 == 0) {
        assertSteps(article, body.children()); // going back to the start, then on again
      }
    }
    assertSteps(article, body.select("*"));
  }

  private static String widePage() {
    StringBuilder html = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      html.append(i % 3 == 0 ? "text " : "").append("<div><span>a</span>b<!-- c --><em>d</em></div>");
      html.append(i % 7 == 0 ? "<!-- note -->" : "").append("<p>p").append(i).append("</p>");
    }
    return html.toString();
  }

  private static void assertSteps(Article article, List<Element> elements) {
    for (Element element : elements) {
      if (element.parent() == null || element.nameIs("body") || element.nameIs("html") || element.nameIs("head")) {
        continue;
      }
      String path = article.pathOf(element);
      String expected = element.normalName() + ":nth-child(" + (element.elementSiblingIndex() + 1) + ")";
      assertEquals(expected, path.substring(path.lastIndexOf(" > ") + 3), path);
    }
  }
}
