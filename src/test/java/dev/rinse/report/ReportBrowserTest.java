package dev.rinse.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rinse.SharedData;
import dev.rinse.changelog.ChangeLogJson;
import dev.rinse.changelog.RunConfig;
import dev.rinse.changelog.RunSummary;
import com.sun.net.httpserver.HttpServer;
import dev.rinse.run.CorpusCleaner;
import dev.rinse.run.OutputFolder;
import dev.rinse.run.RunListener;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the report in headless Chromium, from disk and from {@code rinse serve}, and checks the DOM the
 * browser built, with its script run, and that the browser logged nothing (a policy violation, a script
 * error); screenshots go to {@code target/report-screenshots/}. Skips when Chromium is absent, unless
 * {@code RINSE_REQUIRE_BROWSER} is set or {@code CI} is {@code true} (CI installs Chromium and sets both).
 */
class ReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SHOTS = Path.of("target/report-screenshots");

  @TempDir
  static Path temp;

  private static Path out;
  private static RunSummary.Totals totals;
  private static ReportServer server;

  @BeforeAll
  static void cleanTheFixtures() throws IOException {
    boolean required = System.getenv("RINSE_REQUIRE_BROWSER") != null || "true".equals(System.getenv("CI"));
    assumeTrue(required || Files.isExecutable(CHROMIUM), "skipped: no " + CHROMIUM + " (apt-get install chromium)");
    assertThat(CHROMIUM).as("CI or RINSE_REQUIRE_BROWSER is set but Chromium is missing").isExecutable();
    out = temp.resolve("out");
    RunConfig config = new RunConfig(List.of("fixtures"), List.of(), List.of(), 0.3, 200, 32L << 20, "test");
    new CorpusCleaner(SharedData.defaultRinse()).run(List.of(Path.of("fixtures")), out, config, false, RunListener.NONE);
    totals = ChangeLogJson.readSummary(out.resolve(CorpusCleaner.SUMMARY));
    Files.createDirectories(SHOTS);
    server = ReportServer.start(out, 0, OutputFolder.open(out)::filePage);
  }

  @AfterAll
  static void stopTheServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void theIndexShowsTheTotalsAndAChartBarPerRule() throws Exception {
    for (String url : List.of(out.resolve(ReportWriter.INDEX).toUri().toString(), served(ReportWriter.INDEX))) {
      Document dom = browse(url, SHOTS.resolve("index.png"));

      assertThat(dom.selectFirst("#total-files b").text()).isEqualTo(String.valueOf(totals.files()));
      assertThat(dom.selectFirst("#total-changes b").text()).isEqualTo(String.format("%,d", totals.changes()));
      assertThat(dom.select("#by-rule g.bar")).hasSize(totals.changesByRule().size());
      assertThat(dom.select("#by-rule g.bar[data-label=core.comments]").attr("data-value"))
          .isEqualTo(String.valueOf(totals.changesByRule().get("core.comments")));
      assertThat(dom.select("#attention tr")).hasSize(1 + ReportWriter.FIRST_PAGES);
      assertThat(dom.select("#lossiest tr")).hasSizeGreaterThan(1);
      assertThat(dom.selectFirst("html").attr("data-load-ms")).as("the page's script ran").matches("\\d+");
    }
    assertThat(SHOTS.resolve("index.png")).isNotEmptyFile();
  }

  @Test
  void aFilePageMarksEachRemovalInTheInputAroundItWithItsRule() throws Exception {
    Document dom = browse(served(ReportWriter.FOLDER + "/" + FilePage.path("sina.app-qr-promo/input.md")), SHOTS.resolve("file.png"));

    assertThat(dom.select("mark[data-rule=sina.app-qr-promo]").text()).contains("appendQr_wrap");
    assertThat(dom.select("mark[data-rule=sina.promo-front-matter-image]")).hasSize(2);
    assertThat(dom.select("a.badge").eachText()).contains("sina.app-qr-promo × 1");
    assertThat(dom.select("#changes tr:not(.context)")).hasSize(1 + 4);
  }

  @Test
  void aStaticFilePageOpensFromDisk() throws Exception {
    Document index = Jsoup.parse(out.resolve(ReportWriter.INDEX).toFile());
    String href = index.selectFirst("#attention a").attr("href");

    Document dom = browse(out.resolve(ReportWriter.INDEX).toUri().resolve(href).toString(), SHOTS.resolve("static-file.png"));

    assertThat(dom.selectFirst("h1").text()).isEqualTo(index.selectFirst("#attention a").text());
    assertThat(dom.selectFirst("html").attr("data-load-ms")).matches("\\d+");
  }

  @Test
  void aRulePageSaysWhyAndListsTheFirstPlacesTheRuleFired() throws Exception {
    String page = ReportWriter.FOLDER + "/" + RulePages.path("core.comments");
    for (String url : List.of(out.resolve(page).toUri().toString(), served(page))) {
      Document dom = browse(url, SHOTS.resolve("rule.png"));

      assertThat(dom.selectFirst("#why").text()).isNotBlank();
      assertThat(dom.select("#places tr"))
          .hasSize(1 + Math.min(RulePages.PLACES, totals.changesByRule().get("core.comments")));
      assertThat(dom.select("#places a").eachAttr("href")).allMatch(href -> href.startsWith("../"));
    }
  }

  @Test
  void aFileWithoutAPageLeadsToHowToMakeItOrWhenServedToItsPage() throws Exception {
    Document list = Jsoup.parse(out.resolve(ReportWriter.FOLDER).resolve("files-1.html").toFile());
    Element link = list.selectFirst("#files a[href^=" + ReportWriter.UNWRITTEN + "]");
    assertThat(link).as("a file the run did not page").isNotNull();
    String source = link.text();
    assertThat(ReportCheck.page(out, source)).doesNotExist();

    Document fromDisk = browse(out.resolve(ReportWriter.FOLDER).toUri().resolve(link.attr("href")).toString(),
        SHOTS.resolve("unwritten.png"));
    assertThat(fromDisk.select("code.file, span.file").eachText()).containsOnly(source);
    assertThat(fromDisk.selectFirst("#named").hasAttr("hidden")).isFalse();

    Document served = browse(served(ReportWriter.FOLDER + "/" + link.attr("href")), SHOTS.resolve("on-demand.png"));
    assertThat(served.selectFirst("h1").text()).isEqualTo(source);
    assertThat(ReportCheck.page(out, source)).as("made for the browser, not written").doesNotExist();
  }

  @Test
  void openingAFilePageFetchesNothingThatTheInputLinksTo() throws Exception {
    List<String> requests = new CopyOnWriteArrayList<>();
    HttpServer remote = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    remote.createContext("/", exchange -> {
      requests.add(exchange.getRequestURI().toString());
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
    });
    remote.start();
    try {
      String address = "http://127.0.0.1:" + remote.getAddress().getPort();
      Path in = Files.createDirectories(temp.resolve("remote-in"));
      Files.writeString(in.resolve("remote.html"), "<p>A picture from elsewhere:</p>\n<p><img src=\"" + address
          + "/x.png\" alt=\"x\" onerror=\"fetch('" + address + "/script')\"></p>\n");
      Path remoteOut = temp.resolve("remote-out");
      RunConfig config = new RunConfig(List.of(in.toString()), List.of(), List.of(), 0.3, 200, 32L << 20, "test");
      new CorpusCleaner(SharedData.defaultRinse()).run(List.of(in), remoteOut, config, false, RunListener.NONE);
      Path page = remoteOut.resolve(ReportWriter.FOLDER).resolve(FilePage.path("remote.html"));
      assertThat(Files.readString(page)).as("the page shows the input's image markup").contains(address + "/x.png");

      browse(page.toUri().toString(), SHOTS.resolve("remote.png"));
      assertThat(requests).as("requests made while the report page was open").isEmpty();
    } finally {
      remote.stop(0);
    }
  }

  private static String served(String path) {
    return server.uri().resolve("/" + path).toString();
  }

  /**
   * The DOM after the browser loaded the page and ran its script, and a screenshot of it. Fails when the
   * browser logged anything from the page: a policy violation, a script error, a failed load.
   */
  private static Document browse(String url, Path screenshot) throws Exception {
    List<String> common = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + temp.resolve("profile"), "--window-size=1400,2400",
        "--enable-logging=stderr", "--v=0"));
    List<String> shot = new ArrayList<>(common);
    // virtual time runs out only once every load has finished, frames too: the shot is of the loaded page
    shot.addAll(List.of("--virtual-time-budget=5000", "--screenshot=" + screenshot.toAbsolutePath(), url));
    run(shot);
    List<String> dump = new ArrayList<>(common);
    dump.addAll(List.of("--virtual-time-budget=2000", "--dump-dom", url));
    return Jsoup.parse(run(dump), url);
  }

  private static String run(List<String> command) throws Exception {
    Path stdout = Files.createTempFile(temp, "chromium", ".out");
    Path stderr = Files.createTempFile(temp, "chromium", ".err");
    Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    assertThat(Files.readAllLines(stderr, StandardCharsets.UTF_8)).as("what the page logged in the browser's console")
        .noneMatch(line -> line.contains(":CONSOLE"));
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }
}
