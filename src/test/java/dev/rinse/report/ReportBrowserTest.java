package dev.rinse.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rinse.SharedData;
import dev.rinse.changelog.ChangeLogJson;
import dev.rinse.changelog.RunConfig;
import dev.rinse.changelog.RunSummary;
import dev.rinse.cleaning.CorpusCleaner;
import dev.rinse.cleaning.RunListener;
import com.sun.net.httpserver.HttpServer;
import dev.rinse.article.Generator;
import dev.rinse.changelog.FileLog;
import java.awt.image.BufferedImage;
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
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the report in headless Chromium and checks the DOM the browser built, with its script run;
 * screenshots go to {@code target/report-screenshots/}. Skips when Chromium is absent, unless
 * {@code RINSE_REQUIRE_BROWSER} is set or {@code CI} is {@code true} (CI installs Chromium and sets both).
 */
class ReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SHOTS = Path.of("target/report-screenshots");

  @TempDir
  static Path temp;

  private static Path out;
  private static RunSummary.Totals totals;

  @BeforeAll
  static void cleanTheFixtures() throws IOException {
    boolean required = System.getenv("RINSE_REQUIRE_BROWSER") != null || "true".equals(System.getenv("CI"));
    assumeTrue(required || Files.isExecutable(CHROMIUM), "skipped: no " + CHROMIUM + " (apt-get install chromium)");
    assertThat(CHROMIUM).as("CI or RINSE_REQUIRE_BROWSER is set but Chromium is missing").isExecutable();
    out = temp.resolve("out");
    RunConfig config = new RunConfig(List.of("fixtures"), List.of(), List.of(), 0.3, 200, 32L << 20, "test");
    new CorpusCleaner(SharedData.defaultCleaner()).run(List.of(Path.of("fixtures")), out, config, false, RunListener.NONE);
    totals = ChangeLogJson.readSummary(out.resolve(CorpusCleaner.SUMMARY));
    Files.createDirectories(SHOTS);
  }

  @Test
  void theIndexShowsTheTotalsAndAChartBarPerRule() throws Exception {
    Path index = out.resolve(ReportWriter.INDEX);
    Document dom = browse(index, SHOTS.resolve("index.png"));

    assertThat(dom.selectFirst("#total-files b").text()).isEqualTo(String.valueOf(totals.files()));
    assertThat(dom.selectFirst("#total-changes b").text()).isEqualTo(String.format("%,d", totals.changes()));
    assertThat(dom.select("#by-rule g.bar")).hasSize(totals.changesByRule().size());
    assertThat(dom.select("#by-rule g.bar[data-label=core.comments]").attr("data-value"))
        .isEqualTo(String.valueOf(totals.changesByRule().get("core.comments")));
    assertThat(dom.select("#lossiest tr")).hasSizeGreaterThan(1);
    assertThat(dom.selectFirst("html").attr("data-load-ms")).as("the page's script ran").matches("\\d+");
    assertThat(SHOTS.resolve("index.png")).isNotEmptyFile();
  }

  @Test
  void aFilePageHighlightsEachRemovalInPlaceWithItsRule() throws Exception {
    Path page = out.resolve(ReportWriter.FOLDER).resolve(FilePage.path("sina.app-qr-promo/input.md"));
    Document dom = browse(page, SHOTS.resolve("file.png"));

    assertThat(dom.select("#before mark[data-rule=sina.app-qr-promo]").text())
        .contains("appendQr_wrap").contains("海量资讯");
    assertThat(dom.select("#before mark[data-rule=sina.promo-front-matter-image]")).hasSize(2);
    assertThat(dom.select("a.badge").eachText()).contains("sina.app-qr-promo × 1");
    assertThat(dom.select("#after").text()).doesNotContain("appendQr");
    assertThat(dom.select("#changes tr")).hasSize(1 + 4);
  }

  @Test
  void aRulePageListsEveryPlaceTheRuleFired() throws Exception {
    Path page = out.resolve(ReportWriter.FOLDER).resolve(RulePages.path("core.comments", 1));
    Document dom = browse(page, SHOTS.resolve("rule.png"));

    assertThat(dom.select("#places tr")).hasSize(1 + totals.changesByRule().get("core.comments"));
    assertThat(dom.select("#places a").eachAttr("href")).allMatch(href -> href.startsWith("../files/"));
  }

  @Test
  void openingAFilePageFetchesNothingThatTheCleanedFileLinksTo() throws Exception {
    List<String> requests = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.add(exchange.getRequestURI().toString());
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
    });
    server.start();
    try {
      String remote = "http://127.0.0.1:" + server.getAddress().getPort();
      Path in = Files.createDirectories(temp.resolve("remote-in"));
      Files.writeString(in.resolve("remote.html"), "<p>A picture from elsewhere:</p>\n<p><img src=\"" + remote
          + "/x.png\" alt=\"x\"></p>\n");
      Path remoteOut = temp.resolve("remote-out");
      RunConfig config = new RunConfig(List.of(in.toString()), List.of(), List.of(), 0.3, 200, 32L << 20, "test");
      new CorpusCleaner(SharedData.defaultCleaner()).run(List.of(in), remoteOut, config, false, RunListener.NONE);
      assertThat(Files.readString(remoteOut.resolve("remote.html"))).as("the cleaned file keeps the image")
          .contains(remote + "/x.png");
      Path page = remoteOut.resolve(ReportWriter.FOLDER).resolve(FilePage.path("remote.html"));

      dumpDom(page);
      assertThat(requests).as("requests made while the report page was open").isEmpty();

      // the same page without its policies does fetch the image: the frame is rendered, and the policy is what stops it
      Path unguarded = page.resolveSibling("unguarded.html");
      Files.writeString(unguarded, Files.readString(page).replaceAll("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "")
          .replaceAll("&lt;meta http-equiv=&quot;Content-Security-Policy&quot;.*?&gt;", ""));
      dumpDom(unguarded);
      assertThat(requests).as("requests made by the page without its policies").contains("/x.png");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void theRenderedFrameShowsTheOutputUnderThePolicies() throws Exception {
    String output = "---\ntitle: A\n---\n<div style=\"background: #ff00ff; height: 300px\">a styled block</div>\n";
    StringBuilder html = new StringBuilder();
    FilePage.write(FileLog.cleaned("styled.md", List.of(), List.of(), null), output, output, Generator.HEXO, html);
    Path page = Files.writeString(temp.resolve("styled.html"), html);
    Path shot = SHOTS.resolve("rendered.png");

    browse(page, shot);

    BufferedImage image = ImageIO.read(shot.toFile());
    int magenta = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        magenta += (image.getRGB(x, y) & 0xffffff) == 0xff00ff ? 1 : 0;
      }
    }
    assertThat(magenta).as("pixels of the output's styled block, drawn in the frame").isGreaterThan(10_000);
  }

  /** The DOM after the browser loaded the page and ran its script, and a screenshot of it. */
  private static Document browse(Path page, Path screenshot) throws Exception {
    String url = page.toUri().toString();
    List<String> common = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + temp.resolve("profile"), "--window-size=1400,2400"));
    List<String> shot = new ArrayList<>(common);
    // virtual time runs out only once every load has finished, frames too: the shot is of the loaded page
    shot.addAll(List.of("--virtual-time-budget=5000", "--screenshot=" + screenshot.toAbsolutePath(), url));
    run(shot);
    List<String> dump = new ArrayList<>(common);
    dump.addAll(List.of("--virtual-time-budget=2000", "--dump-dom", url));
    return Jsoup.parse(run(dump), url);
  }

  /** The DOM after the browser loaded the page, with every load it started finished. */
  private static Document dumpDom(Path page) throws Exception {
    String url = page.toUri().toString();
    return Jsoup.parse(run(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + temp.resolve("profile"), "--window-size=1400,1800",
        "--virtual-time-budget=5000", "--dump-dom", url)), url);
  }

  private static String run(List<String> command) throws Exception {
    Path stdout = Files.createTempFile(temp, "chromium", ".out");
    Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }
}
