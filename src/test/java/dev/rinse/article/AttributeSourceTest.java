package dev.rinse.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class AttributeSourceTest {
  private final ArticleParser parser = new ArticleParser();

  private static String source(Article article, Element element, String name) {
    return article.source(element, element.attribute(name));
  }

  @Test
  void anAttributeIsCitedAsWrittenWithItsQuotes() {
    Article article = parser.parse("a.html", "<p><img SRC='a.png' alt=x title = \"t\"></p>");
    Element image = article.document().selectFirst("img");
    assertThat(source(article, image, "src")).isEqualTo("SRC='a.png'");
    assertThat(source(article, image, "alt")).isEqualTo("alt=x");
    assertThat(source(article, image, "title")).isEqualTo("title = \"t\"");
  }

  @Test
  void anEmptyValueIsCitedWithItsQuotesAndABareNameAlone() {
    Article article = parser.parse("a.html", "<p><img src=\"\" alt = '' hidden title=\"x\"></p>");
    Element image = article.document().selectFirst("img");
    assertThat(source(article, image, "src")).isEqualTo("src=\"\"");
    assertThat(source(article, image, "alt")).isEqualTo("alt = ''");
    assertThat(source(article, image, "hidden")).isEqualTo("hidden");
  }
}
