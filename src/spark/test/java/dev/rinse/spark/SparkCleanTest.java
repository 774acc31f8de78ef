package dev.rinse.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rinse.SharedData;
import dev.rinse.changelog.ChangeLogJson;
import dev.rinse.changelog.RunConfig;
import dev.rinse.changelog.RunSummary;
import dev.rinse.cleaning.DocumentCleaner;
import dev.rinse.cli.Main;
import dev.rinse.run.CorpusCleaner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** The Spark job in local mode: what it writes is what the command line writes, and WARC records are cleaned one by one. */
class SparkCleanTest {
  private static JavaSparkContext spark;

  @TempDir
  Path temp;

  @BeforeAll
  static void start() {
    spark = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("rinse-test")
        .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1"));
  }

  @AfterAll
  static void stop() {
    spark.close();
  }

  private static JobRules defaults() {
    return JobRules.read(List.of(), List.of(), null, List.of(), "hexo", DocumentCleaner.DEFAULT_MAX_SIZE);
  }

  /** The defaults and a list whose one filter is for news.example's documents. */
  private JobRules withSiteFilter() throws IOException {
    Path list = temp.resolve("sites.txt");
    Files.writeString(list, "news.example##.promo\n", StandardCharsets.UTF_8);
    return JobRules.read(List.of(), List.of(list), null, List.of(), "hexo", DocumentCleaner.DEFAULT_MAX_SIZE);
  }

  @Test
  void theSharedCorporaComeOutByteForByteAsTheCommandLineWritesThem() throws IOException {
    int compared = 0;
    for (String corpus : List.of("corpus/sina-rsshub", "corpus/readability")) {
      Path input = SharedData.folder(corpus).toAbsolutePath().normalize();
      Path cli = temp.resolve(corpus.replace('/', '-') + "-cli");
      Path job = temp.resolve(corpus.replace('/', '-') + "-spark");
      StringWriter ignored = new StringWriter();
      assertThat(Main.run(new String[] {"clean", input.toString(), "--out", cli.toString(), "--no-report", "--quiet"},
          new PrintWriter(ignored), new PrintWriter(ignored))).as(ignored.toString()).isIn(0, 1);

      RunSummary.Totals totals = SparkClean.cleanFolder(spark, input.toUri().toString(), job.toUri().toString(),
          defaults(), new RunConfig(List.of(input.toString()), List.of(), List.of(), 0.3, 200,
              DocumentCleaner.DEFAULT_MAX_SIZE, "test"));

      List<Path> written = files(cli);
      assertThat(files(job)).containsExactlyElementsOf(written);
      try (Stream<Path> walk = Files.walk(job)) {
        assertThat(walk.map(Path::toString)).as("no checksum file beside an output").noneMatch(n -> n.endsWith(".crc"));
      }
      for (Path relative : written) {
        byte[] expected = Files.readAllBytes(cli.resolve(relative));
        byte[] actual = Files.readAllBytes(job.resolve(relative));
        if (relative.toString().endsWith(CorpusCleaner.LOG_SUFFIX)) {
          assertThat(withoutInput(actual)).as(relative.toString()).isEqualTo(withoutInput(expected));
        } else {
          assertThat(actual).as(relative.toString()).isEqualTo(expected);
        }
        compared++;
      }
      RunSummary.Totals byCli = ChangeLogJson.readSummary(cli.resolve(CorpusCleaner.SUMMARY));
      assertThat(totals).as("the partitions' summaries merged").usingRecursiveComparison().ignoringFields("run")
          .isEqualTo(byCli);
      assertThat(ChangeLogJson.readSummary(job.resolve(CorpusCleaner.SUMMARY))).isEqualTo(totals);
      StringWriter verified = new StringWriter();
      assertThat(Main.run(new String[] {"verify", job.toString()}, new PrintWriter(verified), new PrintWriter(verified)))
          .as(verified.toString()).isZero();
    }
    // the 17 Sina files, and the 261 Readability files (each page's source and expected HTML, and LICENSE.md):
    // each cleaned file and its log
    assertThat(compared).isEqualTo(2 * (17 + 261));
  }

  @Test
  void theJobRecordsItsRulesAsTheCommandLineDoesSoThatVerifyRepeatsThem() throws IOException {
    Path pack = Files.writeString(temp.resolve("site.yaml"), "pack: site\nwhy: a site\nrules:\n  - id: site.promo\n"
        + "    why: promos\n    select: .promo\n    action: remove\n");
    Path list = Files.writeString(temp.resolve("list.txt"), "##.ad\n");

    RunConfig config = SparkClean.Arguments.parse(new String[] {"in", "out", "--rules", pack.toString(),
        "--filter-list", list.toString(), "--policy", "strict", "--disable", "core.comments"}).config();

    assertThat(config.inputs()).containsExactly(Path.of("in").toAbsolutePath().toString());
    assertThat(SparkClean.recorded("file:///data/in")).isEqualTo("/data/in");
    assertThat(SparkClean.recorded("hdfs://cluster/in")).isEqualTo("hdfs://cluster/in");
    assertThat(config.rulePacks()).containsExactly(pack.toAbsolutePath().toString());
    assertThat(config.filterLists()).containsExactly(list.toAbsolutePath().toString());
    assertThat(config.policy()).isEqualTo("strict");
    assertThat(config.disabledRules()).containsExactly("core.comments");
  }

  @Test
  void theJobReadsTheFilesTheCommandLineReads() throws IOException {
    Path input = temp.resolve("site");
    String post = "---\ntitle: A post\n---\n<p style=\"x\">A post long enough to keep as it is.</p>\n";
    for (String name : List.of("_posts/2024-01-01-a.md", ".git/b.md", ".c.md", "notes.txt", "index.html", "drafts/d.md")) {
      Files.writeString(Files.createDirectories(input.resolve(name).getParent()).resolve(input.resolve(name).getFileName()),
          post, StandardCharsets.UTF_8);
    }
    Files.writeString(input.resolve(".rinseignore"), "drafts/\n");
    Files.createSymbolicLink(input.resolve("link.md"), input.resolve("index.html"));
    Files.createSymbolicLink(input.resolve("_posts/loop"), input.resolve("_posts")); // a walk that follows it never ends
    Path cli = temp.resolve("site-cli");
    StringWriter ignored = new StringWriter();
    assertThat(Main.run(new String[] {"clean", input.toString(), "--out", cli.toString(), "--no-report", "--quiet"},
        new PrintWriter(ignored), new PrintWriter(ignored))).as(ignored.toString()).isZero();

    Path job = temp.resolve("site-spark");
    RunSummary.Totals totals = SparkClean.cleanFolder(spark, input.toUri().toString(), job.toUri().toString(), defaults(),
        new RunConfig(List.of(input.toString()), List.of(), List.of(), 0.3, 200, DocumentCleaner.DEFAULT_MAX_SIZE, "test"));

    assertThat(totals).usingRecursiveComparison().ignoringFields("run")
        .isEqualTo(ChangeLogJson.readSummary(cli.resolve(CorpusCleaner.SUMMARY)));
    assertThat(totals.files()).as("a Jekyll site's _posts, a dotted file, a page; not .git").isEqualTo(3);
    assertThat(totals.skippedFiles()).as("links are not followed").contains("link.md", "_posts/loop");
    assertThat(totals.leftOutFiles()).containsExactly("drafts/");
    assertThat(job.resolve("_posts/2024-01-01-a.md")).hasSameBinaryContentAs(cli.resolve("_posts/2024-01-01-a.md"));
  }

  @Test
  void aFolderWithNothingToCleanGivesEmptyTotals() throws IOException {
    Path input = Files.createDirectories(temp.resolve("nothing/.git"));
    Files.writeString(input.resolve("a.md"), "---\ntitle: hidden\n---\n<p>In a hidden folder.</p>\n");
    Path empty = Files.createDirectories(temp.resolve("empty"));
    RunConfig config = new RunConfig(List.of("in"), List.of(), List.of(), 0.3, 200, DocumentCleaner.DEFAULT_MAX_SIZE, "test");

    for (Path folder : List.of(input.getParent(), empty)) {
      Path out = temp.resolve(folder.getFileName() + "-out");
      RunSummary.Totals totals = SparkClean.cleanFolder(spark, folder.toUri().toString(), out.toUri().toString(),
          defaults(), config);

      assertThat(totals).as(folder.toString()).isEqualTo(new RunSummary(config).totals());
      assertThat(ChangeLogJson.readSummary(out.resolve(CorpusCleaner.SUMMARY)).files()).isZero();
    }
  }

  @Test
  void eachHtmlResponseOfAWarcFileIsCleanedAndACorruptRecordFailsAlone() throws IOException {
    Path warc = temp.resolve("crawl.warc");
    try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE))) {
      writer.write(response("https://news.example/story", "text/html; charset=utf-8",
          "<html><body><p onclick=\"track()\">A story with enough text to keep without a warning about it at all."
              + "</p><script>track()</script><div class=\"promo\">Read more news</div></body></html>"));
      writer.write(response("https://news.example/logo.png", "image/png", "PNG bytes"));
      writer.write(new WarcResponse.Builder(URI.create("https://news.example/broken"))
          .body(MediaType.HTTP_RESPONSE, "this is not an HTTP response".getBytes(StandardCharsets.US_ASCII)).build());
      writer.write(response("https://blog.example/", "text/html", "<p>Second page, <a href=\"https://x.example/?utm_source=a\">"
          + "a link</a>, and text enough to stay as it is without a warning.</p>"));
    }
    Path out = temp.resolve("out");

    long documents = WarcClean.run(spark, warc.toUri().toString(), out.toUri().toString(), withSiteFilter());

    List<JsonNode> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(out)) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        for (String line : Files.readAllLines(part)) {
          lines.add(new ObjectMapper().readTree(line));
        }
      }
    }
    assertThat(documents).isEqualTo(3);
    assertThat(lines).extracting(l -> l.get("uri").asText())
        .containsExactly("https://news.example/story", "https://news.example/broken", "https://blog.example/");
    assertThat(lines.get(0).get("document").asText()).contains("A story with enough text").doesNotContain("onclick", "script");
    assertThat(lines.get(0).get("log").get("source").asText()).isEqualTo("news.example/story.html");
    assertThat(lines.get(0).get("log").toString()).contains("core.scripts", "core.event-handlers", "sites.l1");
    assertThat(lines.get(0).get("document").asText()).doesNotContain("Read more news"); // the record's host is the page's
    assertThat(lines.get(1).get("error").asText()).startsWith("cannot read the record's HTTP response");
    assertThat(lines.get(2).get("document").asText()).doesNotContain("utm_source");
    assertThat(lines.get(2).get("log").get("source").asText()).isEqualTo("blog.example/index.html");
  }

  @Test
  void aWarcFileThatBreaksOffEndsWithALineNamingItAndTheOtherFilesGoOn() throws IOException {
    Path crawl = Files.createDirectories(temp.resolve("crawl"));
    Path whole = crawl.resolve("a.warc");
    try (WarcWriter writer = new WarcWriter(FileChannel.open(whole, StandardOpenOption.CREATE, StandardOpenOption.WRITE))) {
      writer.write(response("https://a.example/one", "text/html", "<p>The first page, with text enough to keep.</p>"));
      writer.write(response("https://a.example/two", "text/html", "<p>The second page, with text enough to keep.</p>"));
    }
    byte[] bytes = Files.readAllBytes(whole);
    Files.write(crawl.resolve("b.warc"), java.util.Arrays.copyOf(bytes, bytes.length * 3 / 4)); // the second record cut
    Files.writeString(crawl.resolve("c.warc"), "not a WARC file at all\n");

    long documents = WarcClean.run(spark, crawl.toUri().toString(), temp.resolve("out").toUri().toString(), defaults());

    List<JsonNode> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(temp.resolve("out"))) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        for (String line : Files.readAllLines(part)) {
          lines.add(new ObjectMapper().readTree(line));
        }
      }
    }
    assertThat(lines).filteredOn(line -> line.has("uri")).extracting(line -> line.get("uri").asText())
        .containsExactlyInAnyOrder("https://a.example/one", "https://a.example/two", "https://a.example/one");
    assertThat(lines).filteredOn(line -> line.has("warc"))
        .extracting(line -> line.get("warc").asText().replaceAll(".*/", ""))
        .containsExactlyInAnyOrder("b.warc", "c.warc");
    assertThat(lines).filteredOn(line -> line.has("warc"))
        .allSatisfy(line -> assertThat(line.get("error").asText()).startsWith("cannot read the WARC file on: "));
    assertThat(documents).isEqualTo(lines.size());
  }

  private static WarcResponse response(String uri, String type, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String http = "HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + bytes.length + "\r\n\r\n";
    byte[] message = new byte[http.length() + bytes.length];
    System.arraycopy(http.getBytes(StandardCharsets.US_ASCII), 0, message, 0, http.length());
    System.arraycopy(bytes, 0, message, http.length(), bytes.length);
    return new WarcResponse.Builder(URI.create(uri)).body(MediaType.HTTP_RESPONSE, message).build();
  }

  /** The files a run wrote, relative, in order: its outputs and logs, not its summary or cache. */
  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).map(folder::relativize)
          .filter(p -> !p.getFileName().toString().startsWith(".") && !p.getFileName().toString().startsWith("_")
              && !p.toString().equals(CorpusCleaner.SUMMARY))
          .sorted().toList();
    }
  }

  /** A change log without its {@code input} line: where the file was read from differs by file system. */
  private static String withoutInput(byte[] log) {
    return new String(log, StandardCharsets.UTF_8).replaceAll("(?m)^  \"input\": .*\\n", "");
  }
}
