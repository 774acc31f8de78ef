package dev.rinse.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Each generator's reading of front-matter fences, as its own code reads them (hexo-front-matter 4,
 * Jekyll 4's YAML_FRONT_MATTER_REGEXP, Hugo 0.111's page lexer), and the output that makes it agree
 * with rinse's.
 */
class FencesTest {
  private static Article read(Generator generator, String text) {
    return new ArticleParser(Target.DEFAULT.withGenerator(generator)).parse("p.md", text);
  }

  @Test
  void plainFencesAreKeptByteForByteForEveryGenerator() {
    String block = "---\ntitle: T\n---\n";
    for (Generator generator : Generator.values()) {
      Article post = read(generator, block + "body\n");
      assertThat(post.frontMatter().orElseThrow().render()).as(generator.id()).isEqualTo(block);
      assertThat(post.frontMatter().orElseThrow().rewrittenFrom()).as(generator.id()).isEmpty();
      assertThat(post.problems()).as(generator.id()).isEmpty();
    }
  }

  @Test
  void aBlankLineBeforeTheFenceIsFrontMatterForHexoAndHugoButNotForJekyll() {
    String text = "\n---\ntitle: T\n---\n\n<p>body</p>\n";
    assertThat(read(Generator.HEXO, text).frontMatter().orElseThrow().rewrittenFrom()).isEmpty();
    assertThat(read(Generator.HUGO, text).frontMatter().orElseThrow().rewrittenFrom()).isEmpty();
    Article jekyll = read(Generator.JEKYLL, text);
    assertThat(jekyll.frontMatter().orElseThrow().render()).isEqualTo("---\ntitle: T\n---\n");
    assertThat(jekyll.frontMatter().orElseThrow().rewrittenFrom()).contains("\n---\ntitle: T\n---\n");
    assertThat(jekyll.problems()).singleElement().asString().startsWith("front matter fences rewritten: jekyll would not read");
  }

  @Test
  void aFenceWithTrailingSpacesIsBodyForHexoSoTheFencesAreWrittenPlainly() {
    Article post = read(Generator.HEXO, "--- \ntitle: T\n---\nbody\n");
    assertThat(post.frontMatter().orElseThrow().render()).isEqualTo("---\ntitle: T\n---\n");
    assertThat(post.frontMatter().orElseThrow().field("title").orElseThrow().values()).containsExactly("T");
    assertThat(read(Generator.JEKYLL, "--- \ntitle: T\n---\nbody\n").frontMatter().orElseThrow().rewrittenFrom()).isEmpty();
  }

  @Test
  void aLineThatStartsWithTheFenceEndsTheFrontMatterForHexoAndHugo() {
    String text = "---\ntitle: e\n---<img src=x onerror=alert(1)>\nmore: yes\n---\nbody\n";
    for (Generator generator : new Generator[] {Generator.HEXO, Generator.HUGO}) {
      Article post = read(generator, text);
      assertThat(post.frontMatter().orElseThrow().render()).as(generator.id()).isEqualTo("---\ntitle: e\n---\n");
      assertThat(post.document().body().select("img[onerror]")).as(generator.id() + ": the rest is body, to be cleaned").hasSize(1);
    }
  }

  @Test
  void hexoReadsFrontMatterWithoutAnOpeningFenceAndJsonEndedBySemicolons() {
    Article unfenced = read(Generator.HEXO, "title: T\n---\nbody\n");
    assertThat(unfenced.container()).isEqualTo(Container.POST);
    assertThat(unfenced.frontMatter().orElseThrow().render()).isEqualTo("---\ntitle: T\n---\n");
    Article json = read(Generator.HEXO, "\"title\": \"J\",\n\"tags\": [\"x\"]\n;;;\nbody\n");
    assertThat(json.frontMatter().orElseThrow().render()).isEqualTo("---\n{\"title\": \"J\",\n\"tags\": [\"x\"]}\n---\n");
    assertThat(json.frontMatter().orElseThrow().field("tags").orElseThrow().values()).containsExactly("x");
    assertThat(read(Generator.NONE, "title: T\n---\nbody\n").container()).isEqualTo(Container.FRAGMENT);
  }

  @Test
  void longerFencesAreFrontMatterForHexoOnly() {
    Article hexo = read(Generator.HEXO, "----\ntitle: T\n----\nbody\n");
    assertThat(hexo.frontMatter().orElseThrow().render()).isEqualTo("---\ntitle: T\n---\n");
    assertThat(read(Generator.JEKYLL, "----\ntitle: T\n----\nbody\n").container()).isEqualTo(Container.FRAGMENT);
  }

  @Test
  void hugoReadsTomlAndJsonFrontMatter() {
    Article toml = read(Generator.HUGO, "+++\ntitle = \"T\"\ntags = [\"a\", \"b\"]\n+++\nbody\n");
    assertThat(toml.frontMatter().orElseThrow().field("tags").orElseThrow().values()).containsExactly("a", "b");
    assertThat(toml.frontMatter().orElseThrow().render()).isEqualTo("+++\ntitle = \"T\"\ntags = [\"a\", \"b\"]\n+++\n");
    Article json = read(Generator.HUGO, "{\"title\": \"T\", \"n\": {\"x\": \"}\"}}\nbody\n");
    assertThat(json.frontMatter().orElseThrow().field("title").orElseThrow().values()).containsExactly("T");
    assertThat(json.document().body().text()).isEqualTo("body");
  }

  @Test
  void crlfFencesAreReadByEveryGenerator() {
    for (Generator generator : Generator.values()) {
      Article post = read(generator, "---\r\ntitle: T\r\n---\r\nbody\r\n");
      assertThat(post.frontMatter().orElseThrow().field("title").orElseThrow().values()).as(generator.id()).containsExactly("T");
      assertThat(post.frontMatter().orElseThrow().rewrittenFrom()).as(generator.id()).isEmpty();
    }
  }
}
