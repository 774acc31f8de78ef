package dev.rinse.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArticleParserTest {
  private final ArticleParser parser = new ArticleParser();

  @Test
  void aPostKeepsItsFrontMatterByteForByteAndClearsOnlyTheValueAsked() throws Exception {
    String block = "\n\n---\ntitle: 'T'\nheadimg: 'https://x/qr.png'   # promo\ntags:\n - a\n - b\n---\n";
    Article post = parser.parse("p.md", block + "<p>body</p>\n");
    FrontMatter frontMatter = post.frontMatter().orElseThrow();

    assertThat(post.container()).isEqualTo(Container.POST);
    assertThat(frontMatter.original()).isEqualTo(block);
    assertThat(frontMatter.field("tags").orElseThrow().values()).containsExactly("a", "b");
    FrontMatter.Field image = frontMatter.field("headimg").orElseThrow();
    assertThat(image.where()).isEqualTo(new Where(5, 10));
    assertThat(frontMatter.clear("headimg")).isTrue();
    assertThat(frontMatter.clear("headimg")).isFalse();
    assertThat(frontMatter.render()).isEqualTo(block.replace("'https://x/qr.png'", "''"));
    assertThat(post.where(post.document().body().child(0))).isEqualTo(new Where(10, 1));
  }

  @Test
  void invalidYamlIsAProblemNotAFailureAndTheBlockIsKept() throws Exception {
    Article post = parser.parse("p.md", "---\ntitle: [unclosed\n---\n<p>body</p>");
    assertThat(post.frontMatter().orElseThrow().problem()).hasValueSatisfying(p -> assertThat(p).startsWith("front matter is not valid YAML"));
    assertThat(post.frontMatter().orElseThrow().render()).isEqualTo("---\ntitle: [unclosed\n---\n");
  }

  @Test
  void aliasesAreNeverExpandedAndTooManyAreRefused() throws Exception {
    StringBuilder bomb = new StringBuilder("---\na: &a [x, x, x, x, x, x, x, x, x]\n");
    for (int level = 1; level <= 7; level++) {
      String previous = level == 1 ? "a" : "l" + (level - 1);
      bomb.append("l").append(level).append(": &l").append(level).append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
    }
    String text = bomb.append("---\n<p>x</p>").toString();
    Article post = parser.parse("p.md", text);
    assertThat(post.frontMatter().orElseThrow().problem()).hasValueSatisfying(p -> assertThat(p).contains("aliases"));
    assertThat(post.frontMatter().orElseThrow().render()).isEqualTo(text.substring(0, text.indexOf("<p>")));
  }

  @Test
  void anUnclosedFrontMatterIsAnErrorAtItsOpeningLine() {
    assertThatThrownBy(() -> parser.parse("p.md", "\n---\ntitle: x\n<p>body</p>"))
        .isInstanceOf(ArticleException.class)
        .hasMessage("front matter opened here is never closed with '---'")
        .satisfies(e -> assertThat(((ArticleException) e).where()).isEqualTo(new Where(2, 1)));
  }

  @Test
  void pagesAndFragmentsAreToldApart() throws Exception {
    assertThat(parser.parse("a.html", "<!-- c -->\n<!DOCTYPE html><title>t</title><p>x").container()).isEqualTo(Container.PAGE);
    assertThat(parser.parse("a.html", "<p>x</p>").container()).isEqualTo(Container.FRAGMENT);
    assertThat(parser.parse("a.md", "<p>x</p>").container()).isEqualTo(Container.FRAGMENT);
    Article fragment = parser.parse("a.html", "<style>p{}</style><p>x</p>");
    assertThat(fragment.document().body().child(0).normalName()).as("a leading style stays in the body").isEqualTo("style");
  }
}
