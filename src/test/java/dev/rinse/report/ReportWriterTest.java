package dev.rinse.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rinse.changelog.Change;
import dev.rinse.article.Where;
import dev.rinse.changelog.Cited;
import dev.rinse.changelog.Failure;
import dev.rinse.changelog.FileLog;
import dev.rinse.changelog.RunConfig;
import dev.rinse.changelog.RunSummary;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
  private static final int FILES = 80;
  /** A large input: the pages must not grow with it. */
  private static final String INPUT = "<p>" + "text ".repeat(40_000) + "</p>\n<div class=\"promo\">buy</div>\n<p>end</p>\n";

  @TempDir
  Path out;

  private final List<FileLog> logs = new ArrayList<>();

  @BeforeEach
  void report() throws Exception {
    ReportWriter report = new ReportWriter(out, Map.of("site.promo", "Promo boxes are not the article."));
    RunSummary summary = new RunSummary(new RunConfig(List.of(), List.of(), List.of(), 0.3, 200, 1 << 20, "test"));
    for (int i = 0; i < FILES; i++) {
      String source = String.format("dir %02d/file #%02d.html", i % 3, i);
      List<Change> changes = List.of(new Change.Removal("site.promo", new Where(2, 1), "div.promo",
          Cited.of("<div class=\"promo\">buy</div>"), "buy"));
      FileLog log = i % 10 == 3 ? FileLog.failed(source, List.of(), Failure.UNREADABLE, "cannot read")
          : i % 10 == 5 ? FileLog.cleaned(source, changes, List.of("text loss: too much"), new FileLog.TextStats(200_000, 90_000))
          : FileLog.cleaned(source, changes, List.of(), new FileLog.TextStats(200_000, i));
      logs.add(log);
      report.file(log, log.error() == null ? InputText.of(INPUT) : InputText.missing(InputText.UNREAD));
      summary.add(log);
    }
    report.finish(summary.totals());
  }

  @Test
  void aRunWritesThePagesOfTheFilesToLookAtFirstOnly() throws Exception {
    List<String> first = Severity.first(logs, ReportWriter.FIRST_PAGES);
    List<String> paged;
    try (Stream<Path> files = Files.walk(out.resolve(ReportWriter.FOLDER).resolve("files"))) {
      paged = files.filter(Files::isRegularFile).map(f -> out.resolve(ReportWriter.FOLDER).relativize(f).toString()).toList();
    }
    assertThat(paged).containsExactlyInAnyOrderElementsOf(first.stream().map(FilePage::path).toList());
    assertThat(first.subList(0, 16)).allMatch(source -> {
      int n = Integer.parseInt(source.substring(source.length() - 7, source.length() - 5));
      return n % 10 == 3 || n % 10 == 5;
    });

    Document index = Jsoup.parse(out.resolve(ReportWriter.INDEX).toFile());
    assertThat(index.select("#attention tr td:first-child a").eachText()).containsExactlyElementsOf(first);
  }

  @Test
  void everyLinkLeadsToAPageAndAFileWithoutOneToHowToMakeIt() throws Exception {
    List<String> unwritten = new ArrayList<>();
    for (Path page : ReportCheck.pages(out)) {
      Document dom = Jsoup.parse(page.toFile());
      assertThat(ReportCheck.guarded(Files.readString(page))).as(page.toString()).isTrue();
      for (Element link : dom.select("a[href]")) {
        URI uri = page.toUri().resolve(link.attr("href"));
        assertThat(Path.of(new URI(uri.getScheme(), uri.getAuthority(), uri.getPath(), null, null)))
            .as(link.attr("href") + " in " + page).isRegularFile();
        if (uri.getPath().endsWith(ReportWriter.UNWRITTEN)) {
          unwritten.add(URLDecoder.decode(uri.getRawQuery().substring("file=".length()), StandardCharsets.UTF_8));
        }
      }
    }
    assertThat(unwritten).isNotEmpty().allSatisfy(source -> {
      assertThat(logs).extracting(FileLog::source).contains(source);
      assertThat(ReportCheck.page(out, source)).doesNotExist();
    });
  }

  @Test
  void theReportIsASmallPartOfWhatItReports() throws Exception {
    long bytes;
    try (Stream<Path> files = Files.walk(out)) {
      bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
    assertThat(bytes).isLessThan((long) FILES * INPUT.length() / 20);
    Document rule = Jsoup.parse(out.resolve(ReportWriter.FOLDER).resolve(RulePages.path("site.promo")).toFile());
    assertThat(rule.selectFirst("#why").text()).isEqualTo("Promo boxes are not the article.");
    assertThat(rule.select("#places tr")).hasSize(1 + RulePages.PLACES);
  }
}
