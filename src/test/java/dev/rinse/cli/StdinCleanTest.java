package dev.rinse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rinse clean -}: a document from standard input to standard output, its log to --log. */
class StdinCleanTest {
  private static final String LONG_COMMENT = "<!-- " + "x".repeat(300) + " -->";
  private static final String POST = "---\ntitle: A post\nlink: https://finance.sina.com.cn/a.html\n---\n\n"
      + "<p style=\"color:red\">A paragraph of the post that is long enough to keep as it is, with "
      + "<a href=\"https://example.com/?utm_source=feed&id=7\">a link</a>.</p>" + LONG_COMMENT + "\n"
      + "<p><span id=\"stock_sh600000\">The bank</span> reported its results today, with more text to keep.</p>\n";

  @TempDir
  Path temp;

  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final StringWriter err = new StringWriter();

  private int rinse(String stdin, String... args) {
    return Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), stdout,
        new PrintWriter(err, true));
  }

  private String out() {
    return stdout.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesTheCleanedDocumentToStandardOutputAsACleanOfTheSameFileWould() throws IOException {
    Path in = temp.resolve("in/posts/a.md");
    Files.createDirectories(in.getParent());
    Files.writeString(in, POST, StandardCharsets.UTF_8);
    StringWriter ignored = new StringWriter();
    assertThat(Main.run(new String[] {"clean", temp.resolve("in").toString(), "--out", temp.resolve("out").toString(),
        "--quiet"}, new PrintWriter(ignored), new PrintWriter(ignored))).isZero();

    assertThat(rinse(POST, "clean", "-", "--stdin-filepath", "posts/a.md")).as(err.toString()).isZero();

    assertThat(out()).isEqualTo(Files.readString(temp.resolve("out/posts/a.md"), StandardCharsets.UTF_8))
        .doesNotContain("utm_source", "style=", "<!--", "stock_")
        .contains("title: A post", "The bank reported");
  }

  @Test
  void theLogKeepsEachRemovalWholeAndNamesTheDocumentByItsGivenPath() throws IOException {
    Path log = temp.resolve("logs/a.changes.json");

    assertThat(rinse(POST, "clean", "-", "--stdin-filepath", "posts/a.md", "--log", log.toString())).isZero();

    JsonNode json = new ObjectMapper().readTree(log.toFile());
    assertThat(json.get("source").asText()).isEqualTo("posts/a.md");
    assertThat(json.get("input").asText()).isEqualTo("-");
    JsonNode comment = null;
    for (JsonNode change : json.get("changes")) {
      assertThat(change.has("bytes")).as("no input file to point into: %s", change).isFalse();
      assertThat(change.has("elided")).isFalse();
      if (change.get("rule").asText().equals("core.comments")) {
        comment = change;
      }
    }
    assertThat(comment).isNotNull();
    assertThat(comment.get("removed").asText()).isEqualTo(LONG_COMMENT); // over 200 characters, written whole
    assertThat(json.toString()).contains("sina.stock-wrapper"); // the site pack's scope read from the front matter
  }

  @Test
  void withoutAPathADocumentThatStartsWithMarkupIsAPageAndAnythingElseAPost() {
    assertThat(StdinClean.nameFor("\uFEFF \n<!doctype html><p>x".getBytes(StandardCharsets.UTF_8))).isEqualTo("stdin.html");
    assertThat(StdinClean.nameFor("---\ntitle: x\n---\n<p>x</p>".getBytes(StandardCharsets.UTF_8))).isEqualTo("stdin.md");
    assertThat(StdinClean.nameFor("Some *Markdown*".getBytes(StandardCharsets.UTF_8))).isEqualTo("stdin.md");

    assertThat(rinse("<html><head><title>T</title></head><body><p onclick=\"x()\">A page with enough text to stay "
        + "without a warning about it.</p></body></html>", "clean", "-")).isZero();

    assertThat(out()).contains("<title>T</title>", "<p>A page with enough text").doesNotContain("onclick");
  }

  @Test
  void aDocumentThatFailsWritesNothingToStandardOutputAndExitsOne() {
    assertThat(rinse("\u0000\u0001\u0002binary", "clean", "-", "--stdin-filepath", "a.html")).isEqualTo(Main.SOME_FAILED);

    assertThat(out()).isEmpty();
    assertThat(err.toString()).startsWith("a.html: error: ");
  }

  @Test
  void aDocumentOverTheSizeLimitFails() {
    assertThat(rinse(POST, "clean", "-", "--max-file-size", "64")).isEqualTo(Main.SOME_FAILED);

    assertThat(out()).isEmpty();
    assertThat(err.toString()).contains("too large", "--max-file-size");
  }

  @Test
  void failOnWarningCountsAWarningButStillWritesTheDocument() {
    String flagged = "<p>Short.</p>";

    assertThat(rinse(flagged, "clean", "-")).isZero();
    assertThat(err.toString()).contains("<stdin>: warning: core.short-text");
    stdout.reset();

    assertThat(rinse(flagged, "clean", "-", "--fail-on", "warning", "--quiet")).isEqualTo(Main.SOME_FAILED);
    assertThat(out()).isEqualTo("<p>Short.</p>\n");
  }

  @Test
  void checkSaysWhetherCleaningWouldChangeTheDocumentAndWritesNoDocument() {
    assertThat(rinse(POST, "clean", "-", "--check", "--stdin-filepath", "a.md")).isEqualTo(Main.SOME_FAILED);
    assertThat(out()).isEqualTo("would change: a.md\n");
    stdout.reset();

    String clean = "<p>A paragraph that has nothing in it to clean, and enough text to keep.</p>\n";
    assertThat(rinse(clean, "clean", "-", "--check", "--stdin-filepath", "a.html")).isZero();
    assertThat(out()).isEmpty();
  }

  @Test
  void aProcessPipesTheDocumentThroughWithItsMessagesOnStandardErrorOnly() throws Exception {
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "dev.rinse.cli.Main", "clean", "-", "--stdin-filepath", "a.html")
        .start();
    try (var in = process.getOutputStream()) {
      in.write("<p onclick=\"x()\">Prix: 5 €, «ok». Short.</p>".getBytes(StandardCharsets.UTF_8));
    }
    byte[] output = process.getInputStream().readAllBytes();
    String messages = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor()).as(messages).isZero();
    assertThat(new String(output, StandardCharsets.UTF_8)).isEqualTo("<p>Prix: 5 €, «ok». Short.</p>\n");
    assertThat(messages).contains("a.html: warning: core.short-text");
  }

  @Test
  void standardInputIsCleanedAloneAndTheStdinOptionsNeedIt() {
    assertThat(rinse("", "clean", "-", temp.toString())).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("cleaned alone");

    assertThat(rinse("", "clean", "-", "--out", temp.resolve("o").toString())).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("--out does not go with -");

    assertThat(rinse("", "clean", temp.toString(), "--out", temp.resolve("o").toString(), "--log", "x.json"))
        .isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("--stdin-filepath and --log go with -");
    assertThat(temp.resolve("o")).doesNotExist();
    assertThat(out()).isEmpty();
  }
}
