package dev.rinse.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading files with rinse's own fence rules; {@link FencesTest} covers the generators' readings. */
class ArticleParserTest {
  private final ArticleParser parser = new ArticleParser(Target.DEFAULT.withGenerator(Generator.NONE));

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
    assertThat(post.frontMatter().orElseThrow().problem()).hasValueSatisfying(p -> assertThat(p).startsWith("front matter is not valid YAML at line 3"));
    Article tabs = parser.parse("p.md", "\n---\ntitle: x\n\tauthor: y\n---\n<p>body</p>");
    assertThat(tabs.frontMatter().orElseThrow().problem()).hasValueSatisfying(p -> assertThat(p)
        .startsWith("front matter is not valid YAML at line 4, column 1"));
    assertThat(tabs.document().body().text()).isEqualTo("body");
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
  void anUnclosedFrontMatterEndsWhereTheHtmlStartsAndGetsItsFence() {
    Article post = parser.parse("p.md", "\n---\ntitle: x\n<p>body</p>");
    assertThat(post.problems()).containsExactly("front matter opened at line 2 is never closed; taken to end "
        + "before line 4, where the HTML starts (the output adds '---')");
    assertThat(post.frontMatter().orElseThrow().field("title").orElseThrow().values()).containsExactly("x");
    assertThat(post.frontMatter().orElseThrow().render()).isEqualTo("\n---\ntitle: x\n---\n");
    assertThat(post.document().body().text()).isEqualTo("body");
    assertThat(post.where(post.document().body().child(0))).isEqualTo(new Where(4, 1));
  }

  @Test
  void aFrontMatterDoesNotSwallowTheBodyUpToALaterRule() {
    Article post = parser.parse("p.md", "---\ntitle: x\n<p>body</p>\n---\n<p>after the rule</p>\n");
    assertThat(post.problems()).singleElement().asString().contains("swallows HTML");
    assertThat(post.document().body().text()).isEqualTo("body --- after the rule");
  }

  @Test
  void aFileThatIsAllFrontMatterHasAnEmptyBody() {
    Article post = parser.parse("p.md", "---\ntitle: x\n");
    assertThat(post.problems()).singleElement().asString().contains("is all front matter");
    assertThat(post.frontMatter().orElseThrow().render()).isEqualTo("---\ntitle: x\n---\n");
  }

  @Test
  void unknownTagsAreDataAndCrlfIsAccepted() {
    Article post = parser.parse("p.md", "---\r\ntitle: !!java.lang.Runtime x\r\ntags: !custom [a]\r\n---\r\n<p>body</p>");
    assertThat(post.frontMatter().orElseThrow().field("title").orElseThrow().values()).containsExactly("x");
    assertThat(post.document().body().text()).isEqualTo("body");
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
