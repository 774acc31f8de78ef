package dev.rinse.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rinse.article.Article;
import dev.rinse.article.ArticleParser;
import dev.rinse.changelog.Change;
import dev.rinse.changelog.ChangeRecorder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.junit.jupiter.api.Test;

class EmptyLeftoversTest {
  private final ChangeRecorder recorder = new ChangeRecorder();

  /** Reads the HTML, removes what the selector picks as a rule would, then the leftovers; returns the body. */
  private String cleaned(String html, String removed, KeepEmpty keep) {
    Article article = new ArticleParser().parse("a.html", html);
    List<Element> reduced = new ArrayList<>();
    for (Element element : article.document().body().select(removed)) {
      reduced.add(element.parent());
      article.remove(element);
    }
    new EmptyLeftovers(keep).remove(article, reduced, recorder);
    return article.document().body().html();
  }

  private String cleaned(String html, String removed) {
    return cleaned(html, removed, KeepEmpty.DEFAULT);
  }

  @Test
  void aContainerLeftEmptyGoesWholeAsOneChangeAtItsPlace() {
    assertThat(cleaned("<p>text</p><div class=\"promo\">\n <p><a href=\"x\">ad</a></p>\n</div>", "a"))
        .isEqualTo("<p>text</p>");
    assertThat(recorder.changes()).singleElement().satisfies(change -> {
      assertThat(change.rule()).isEqualTo(EmptyLeftovers.RULE);
      assertThat(change.removed().text()).isEqualTo("<div class=\"promo\">\n <p><a href=\"x\">ad</a></p>\n</div>");
      assertThat(change.path()).isEqualTo("body > div:nth-child(2)");
      assertThat(change.line() + ":" + change.column()).isEqualTo("1:12");
      assertThat(change.text()).isEmpty();
    });
  }

  @Test
  void whatShowsKeepsItsContainer() {
    assertThat(cleaned("<p>kept<a>ad</a></p><div><img src=\"a.png\"><a>ad</a></div><p>&nbsp;<a>ad</a></p>", "a"))
        .isEqualTo("<p>kept</p><div><img src=\"a.png\"></div>");
    assertThat(cleaned("<div><hr><script>x</script></div>", "script")).isEqualTo("<div><hr></div>");
  }

  @Test
  void whatWasEmptyAsReadStaysUnlessItsContainerGoes() {
    assertThat(cleaned("<p></p><div><br></div><div><span></span><a>ad</a></div><p>text</p>", "a"))
        .isEqualTo("<p></p><div><br></div><p>text</p>");
  }

  @Test
  void tableCellsAndRowsStayUnlessTheWholeTableIsLeftEmpty() {
    assertThat(cleaned("<table><tr><td>2024</td><td><a>ad</a></td></tr></table>", "a"))
        .isEqualTo("<table><tbody><tr><td>2024</td><td></td></tr></tbody></table>");
    assertThat(recorder.changes()).isEmpty();
    assertThat(cleaned("<table><caption> </caption><tr><td></td><td><a>ad</a></td></tr></table><p>t</p>", "a"))
        .isEqualTo("<p>t</p>");
    assertThat(recorder.changes()).extracting(change -> change.removed().text())
        .containsExactly("<table><caption> </caption><tr><td></td><td><a>ad</a></td></tr></table>");
  }

  @Test
  void listItemsGoUnlessThePolicyKeepsThem() {
    String list = "<ul><li>one</li><li><a>ad</a></li></ul>";
    assertThat(cleaned(list, "a")).isEqualTo("<ul><li>one</li></ul>");
    assertThat(cleaned(list, "a", new KeepEmpty(Set.of("li")))).isEqualTo("<ul><li>one</li><li></li></ul>");
  }

  @Test
  void eachLeftoverIsRemovedOnceWhateverTheNumberOfRemovalsInIt() {
    assertThat(cleaned("<div><p><a>1</a><a>2</a></p><p><a>3</a></p></div><div><a>4</a></div><p>t</p>", "a"))
        .isEqualTo("<p>t</p>");
    assertThat(recorder.changes()).extracting(Change::path).containsExactly("body > div:nth-child(1)", "body > div:nth-child(1)");
  }

  @Test
  void aDeepNestingLeftEmptyGoesInOneChange() {
    int depth = 50_000;
    String html = "<p>t</p>" + "<div>".repeat(depth) + "<script>x</script>" + "</div>".repeat(depth);
    assertThat(cleaned(html, "script")).isEqualTo("<p>t</p>");
    assertThat(recorder.changes()).singleElement().extracting(Change::path).isEqualTo("body > div:nth-child(2)");
  }

  @Test
  void removedAndDetachedElementsAreSkipped() {
    Article article = new ArticleParser().parse("a.html", "<div><p><a>ad</a></p></div><p>t</p>");
    Element paragraph = article.document().selectFirst("div > p");
    Node div = paragraph.parent();
    article.remove(paragraph.child(0));
    article.remove(div);
    new EmptyLeftovers(KeepEmpty.DEFAULT).remove(article, List.of(paragraph, paragraph), recorder);
    assertThat(recorder.changes()).isEmpty();
  }

  @Test
  void theKeepSetTakesLowerCaseElementNames() {
    assertThatThrownBy(() -> new KeepEmpty(Set.of("TD"))).hasMessageContaining("lower-case element names");
    assertThatThrownBy(() -> new KeepEmpty(Set.of(" "))).isInstanceOf(IllegalArgumentException.class);
    assertThat(KeepEmpty.DEFAULT.keeps("td")).isTrue();
    assertThat(KeepEmpty.DEFAULT.keeps("li")).isFalse();
  }
}
