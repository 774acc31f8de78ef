package dev.rinse.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Setting and adding front-matter fields so that every YAML reader takes them as the mapping's own. */
class FrontMatterEditTest {
  private static FrontMatter read(String text) {
    return new ArticleParser(Target.DEFAULT.withGenerator(Generator.JEKYLL)).parse("p.md", text + "body\n")
        .frontMatter().orElseThrow();
  }

  @Test
  void anAddedFieldGoesAfterTheLastEntryAtItsIndentation() {
    FrontMatter indented = read("---\n  title: t\n  tags:\n    - a\n---\n");
    assertThat(indented.set("render_with_liquid", "false")).isTrue();
    assertThat(indented.render()).isEqualTo("---\n  title: t\n  tags:\n    - a\n  render_with_liquid: false\n---\n");
    FrontMatter ended = read("---\ntitle: t\n... # end of the data\n---\n");
    assertThat(ended.set("render_with_liquid", "false")).isTrue();
    assertThat(ended.render()).isEqualTo("---\ntitle: t\nrender_with_liquid: false\n... # end of the data\n---\n");
  }

  @Test
  void aFlowMappingTakesTheFieldInsideItsOwnBraceNotOneInAComment() {
    FrontMatter flow = read("---\n# imported {from the old blog}\n{title: t}\n---\n");
    assertThat(flow.set("render_with_liquid", "false")).isTrue();
    assertThat(flow.render()).isEqualTo("---\n# imported {from the old blog}\n{render_with_liquid: false, title: t}\n---\n");
  }

  @Test
  void everyOccurrenceOfAFieldWrittenTwiceIsSet() {
    FrontMatter twice = read("---\nrender_with_liquid: false\nrender_with_liquid: true\n---\n");
    assertThat(twice.duplicateNames()).containsExactly("render_with_liquid");
    assertThat(twice.set("render_with_liquid", "false")).isTrue();
    assertThat(twice.render()).isEqualTo("---\nrender_with_liquid: false\nrender_with_liquid: false\n---\n");
  }

  @Test
  void aMergeKeyMakesTheFrontMatterUneditable() {
    FrontMatter merged = read("---\nrender_with_liquid: false\n<<: {render_with_liquid: true}\n---\n");
    assertThat(merged.editable()).isFalse();
    assertThat(merged.set("render_with_liquid", "false")).isFalse();
  }

  @Test
  void hexoReadsTabsThatStartALineAsSpaces() {
    String text = "---\ntitle: t\nmeta:\n\tkey: v\n---\nbody\n";
    FrontMatter hexo = new ArticleParser(Target.DEFAULT).parse("p.md", text).frontMatter().orElseThrow();
    assertThat(hexo.problem()).isEmpty();
    assertThat(hexo.set("disableNunjucks", "true")).isTrue();
    assertThat(hexo.render()).isEqualTo("---\ntitle: t\nmeta:\n\tkey: v\ndisableNunjucks: true\n---\n");
    FrontMatter strict = new ArticleParser(Target.DEFAULT.withGenerator(Generator.NONE)).parse("p.md", text)
        .frontMatter().orElseThrow();
    assertThat(strict.problem()).isPresent();
  }

  @Test
  void hexoTakesAFrontMatterThatIsNoMappingForPartOfThePost() {
    Article comment = new ArticleParser(Target.DEFAULT).parse("p.md", "---\n# only a comment {{ x }}\n---\nbody\n");
    assertThat(comment.container()).isEqualTo(Container.FRAGMENT);
    assertThat(new ArticleParser(Target.DEFAULT.withGenerator(Generator.HUGO)).parse("p.md", "---\n# c\n---\nbody\n")
        .container()).isEqualTo(Container.POST);
  }

  @Test
  void fencesWhoseDataHoldsAFenceLineAreKeptAsWritten() {
    Article post = new ArticleParser(Target.DEFAULT).parse("p.md", "----\ntitle: t\n---x: \"y\"\n----\nbody\n");
    assertThat(post.frontMatter().orElseThrow().render()).isEqualTo("----\ntitle: t\n---x: \"y\"\n----\n");
    assertThat(post.problems()).singleElement().asString().startsWith("front matter fences kept as written");
  }
}
