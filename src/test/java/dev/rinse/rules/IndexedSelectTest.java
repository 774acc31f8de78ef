package dev.rinse.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rinse.SharedData;
import dev.rinse.article.Article;
import dev.rinse.article.ArticleParser;
import dev.rinse.changelog.ChangeRecorder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Selecting through the document index must find exactly what a walk of the whole document finds,
 * before and after nodes are removed and unwrapped, for the built-in rules' queries and odd ones.
 */
class IndexedSelectTest {
  private static final List<String> QUERIES = List.of(
      "div", "p, span", "span[id^=stock_] > a.keyword", "a[href]", "img[src]", ".keyword", "#main", "div.a.b",
      "[hidden]", "[style~=(?i)display\\s*:\\s*none], [hidden]", "[data-sudaclick]", "p:has(img)",
      "li:nth-child(2)", "div > p:first-child", "h1 + p", "h2 ~ p", "span:empty", "p:contains(the)",
      "*", ":has(a)", "a[title='x, y'], b", "[class~=(^|\\s)ad(\\s|$)]", "td[align], th", "DIV", "[CLASS]",
      "body > *", "html", "head > meta", "section :not(p)", "ul > li > a[href*=utm_]");
  private final ArticleParser parser = new ArticleParser();

  @Test
  void theIndexFindsWhatAWalkFinds() throws Exception {
    List<String> queries = new ArrayList<>(QUERIES);
    Profile.builtIn().rules().allRules().forEach(rule -> {
      if (rule.matcher() instanceof Matcher.Css css) {
        queries.add(css.query());
      }
    });
    int compared = 0;
    for (Path file : documents()) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Article article = parser.parse(file.getFileName().toString(), text);
      FileRun run = new FileRun(article, new ChangeRecorder());
      compared += compareAll(queries, article, run, file + " as read");
      // Change the tree as rules do: unwrap some elements, remove others with all inside them.
      List<Element> all = article.document().body().getAllElements();
      for (int i = 1; i < all.size(); i += 7) {
        Element element = all.get(i);
        if (element.ownerDocument() != null && element.parent() != null) {
          if (i % 2 == 0) {
            element.unwrap();
          } else {
            element.remove();
          }
        }
      }
      compared += compareAll(queries, article, run, file + " after changes");
    }
    assertThat(compared).as("queries compared with a match").isGreaterThan(100);
  }

  private static int compareAll(List<String> queries, Article article, FileRun run, String where) {
    int withMatches = 0;
    for (String query : queries) {
      Matcher.Css css = new Matcher.Css(query, HiddenStyle.parse(query));
      List<Element> walked = css.in(article.document());
      walked.removeIf(article::isPlaceholder); // Markdown is never selected
      assertThat(run.select(css)).as(where + ": " + query).containsExactlyElementsOf(walked);
      withMatches += walked.isEmpty() ? 0 : 1;
    }
    return withMatches;
  }

  @Test
  void theSelectedElementsCarryTheLastCompoundsName() {
    assertThat(CssQuery.subjects("span[id^=stock_] > a.keyword"))
        .isEqualTo(new CssQuery.Subjects(java.util.Set.of("a"), java.util.Set.of(), java.util.Set.of(".keyword")));
    assertThat(CssQuery.subjects("style, link[rel~=(?i)stylesheet]")).isEqualTo(subjects(List.of("style", "link"), List.of()));
    assertThat(CssQuery.subjects("[style~=(?i)(^|;)\\s*display], [hidden]")).isEqualTo(subjects(List.of(), List.of("style", "hidden")));
    assertThat(CssQuery.subjects("div .ad, p #x"))
        .isEqualTo(new CssQuery.Subjects(java.util.Set.of(), java.util.Set.of("class", "id"), java.util.Set.of(".ad", "#x")));
    assertThat(CssQuery.subjects("div.Promo:not(.keep), p").keys()).isNull(); // one alternative without a class or id
    assertThat(CssQuery.subjects("a[title='x > y, z']")).isEqualTo(subjects(List.of("a"), List.of()));
  }

  @Test
  void whatCannotBeToldMeansAWalk() {
    assertThat(CssQuery.subjects("div *")).isNull();
    assertThat(CssQuery.subjects("p, :has(img)")).isNull();
    assertThat(CssQuery.subjects("[^data-]")).isNull();
    assertThat(CssQuery.subjects("my_element")).isNull();
    assertThat(CssQuery.subjects("svg|rect")).isNull();
    assertThat(CssQuery.subjects("p ::textnode")).isNull();
    assertThat(CssQuery.subjects("a[href~=(]")).isNull();
  }

  private static CssQuery.Subjects subjects(List<String> tags, List<String> attributes) {
    return new CssQuery.Subjects(java.util.Set.copyOf(tags), java.util.Set.copyOf(attributes));
  }

  /** The fixtures' inputs, and the Readability pages when the shared corpus is beside the checkout. */
  private static List<Path> documents() throws Exception {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> fixtures = Files.walk(Path.of("fixtures"))) {
      fixtures.filter(f -> f.getFileName().toString().startsWith("input.")).sorted().forEach(files::add);
    }
    for (Path readability : SharedData.optional("corpus/readability").stream().toList()) {
      try (Stream<Path> pages = Files.walk(readability)) {
        pages.filter(f -> f.getFileName().toString().equals("source.html")).sorted().limit(40).forEach(files::add);
      }
    }
    return files;
  }
}
