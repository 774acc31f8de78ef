package dev.rinse.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rinse.changelog.Change;
import dev.rinse.article.Where;
import dev.rinse.changelog.Cited;
import dev.rinse.changelog.FileLog;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class FilePageTest {
  private static final String LINES = IntStream.rangeClosed(1, 100).mapToObj(n -> "<p>line " + n + "</p>")
      .collect(Collectors.joining("\n", "", "\n"));

  @Test
  void aFilePageCarriesThePolicyFirstAndRunsOnlyScriptsItAllows() {
    Document page = page(List.of(remove(2, 1, "<p><img src=\"http://a.test/x.png\"></p>")),
        InputText.of("<p>a</p>\n<p><img src=\"http://a.test/x.png\"></p>\n"));
    assertThat(page.head().child(0).attr("http-equiv")).isEqualTo("Content-Security-Policy");
    assertThat(page.head().child(0).attr("content")).isEqualTo(Csp.PAGE).contains("default-src 'none'");
    assertThat(page.select("script")).isNotEmpty().allSatisfy(script ->
        assertThat(Csp.PAGE).contains(Csp.hash(script.data())));
    assertThat(page.select("img, link, object, embed, iframe")).isEmpty();
    assertThat(page.select("mark").text()).isEqualTo("<p><img src=\"http://a.test/x.png\"></p>");
  }

  @Test
  void aChangeIsShownWithTheLinesAroundItAndTheRemovalMarked() {
    Document page = page(List.of(remove(50, 1, "<p>line 50</p>")), InputText.of(LINES));

    String context = page.selectFirst("tr.context pre").text();
    assertThat(context).contains("line 48", "line 49", "line 50", "line 51", "line 52")
        .doesNotContain("line 47", "line 53");
    assertThat(page.select("tr.context mark[data-rule=test.rule]").text()).isEqualTo("<p>line 50</p>");
  }

  @Test
  void aChangeNotFoundAtItsPlaceIsShownThereUnmarked() {
    Document page = page(List.of(remove(50, 1, "<p>elsewhere</p>")), InputText.of(LINES));

    assertThat(page.select("tr.context mark")).isEmpty();
    assertThat(page.select("tr.context span.at")).hasSize(1);
    assertThat(page.selectFirst("tr.context pre").text()).contains("line 49", "line 50");
  }

  @Test
  void aPageCostsWhatItsChangesCostNotWhatItsInputDoes() {
    String huge = "<p>" + "x".repeat(5_000_000) + "</p>\n" + LINES;
    String page = ReportWriter.filePage(log(List.of(remove(52, 1, "<p>line 51</p>"))), InputText.of(huge));

    assertThat(page.length()).isLessThan(12_000);
    assertThat(Jsoup.parse(page).select("mark").text()).isEqualTo("<p>line 51</p>");
  }

  @Test
  void aPageShowsOnlyTheStartOfALongRemovalAsTheLogMayHoldNoMore() {
    String start = "<div>" + "a".repeat(300);
    String input = "<p>kept</p>\n" + start + "REST OF THE INPUT</div>\n";
    Document page = page(List.of(remove(2, 1, start + "REST THE LOG HOLDS</div>")), InputText.of(input));

    assertThat(page.text()).doesNotContain("REST THE LOG HOLDS").doesNotContain("REST OF THE INPUT");
    assertThat(page.selectFirst("mark").text()).hasSize(Removed.SHOWN + 1).endsWith("a…");
  }

  @Test
  void aPageShowsAtMostItsFirstChanges() {
    List<Change> changes = new ArrayList<>();
    for (int line = 1; line <= 100; line++) {
      changes.add(remove(line, 1, "<p>line " + line + "</p>"));
      changes.add(remove(line, 4, "line"));
    }
    Document page = page(changes, InputText.of(LINES));

    assertThat(page.select("#changes tr:not(.context)")).hasSize(1 + FilePage.MAX_ROWS);
    assertThat(page.text()).contains("The first " + FilePage.MAX_ROWS + " of 200 changes");
  }

  @Test
  void aPageWithoutItsInputSaysWhyAndListsTheChanges() {
    Document page = page(List.of(remove(50, 1, "<p>line 50</p>")), InputText.missing("The input x is gone."));

    assertThat(page.selectFirst("#input-problem").text()).isEqualTo("The input x is gone.");
    assertThat(page.select("tr.context")).isEmpty();
    assertThat(page.select("#changes td code").eachText()).contains("<p>line 50</p>");
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
    StringBuilder content = new StringBuilder();
    Html.escapeText(text, 0, text.length(), content);
    assertThat(content.toString()).isEqualTo("a&lt;b&gt;&amp;\"c'd\u00e9\ud83d\ude00&lt;");
  }

  private static Change remove(int line, int column, String removed) {
    return new Change.Removal("test.rule", new Where(line, column), "p", Cited.of(removed), "");
  }

  private static FileLog log(List<Change> changes) {
    return FileLog.cleaned("a/post.html", changes, List.of(), null);
  }

  private static Document page(List<Change> changes, InputText input) {
    return Jsoup.parse(ReportWriter.filePage(log(changes), input));
  }
}
