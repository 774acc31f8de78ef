package dev.rinse.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rinse.changelog.ChangeLogJson;
import dev.rinse.changelog.Failure;
import dev.rinse.changelog.FileLog;
import dev.rinse.changelog.FileStatus;
import dev.rinse.changelog.RunSummary;
import dev.rinse.run.CorpusCleaner;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files of hostile size and shape, cleaned in one run by a separate JVM with a 512 MB heap: each is
 * cleaned in bounded time or refused with a clear error, the run goes on, and every output is valid
 * UTF-8 without NUL or stray control characters.
 */
class HostileFilesTest {
  private static final int DEPTH = 100_000;

  @TempDir
  static Path temp;

  private static Path out;
  private static int status;
  private static String stderr;
  private static long seconds;

  @BeforeAll
  static void cleanTheHostileFiles() throws Exception {
    Path in = Files.createDirectories(temp.resolve("in"));
    Files.writeString(in.resolve("nested.html"), "<p>start</p>" + "<div>".repeat(DEPTH) + "deep text" + "</div>".repeat(DEPTH));
    // unclosed: jsoup stops nesting at 512 and puts the rest side by side, a parent of 99,500 children
    Files.writeString(in.resolve("unclosed.html"), "<p>start</p>" + "<div>".repeat(DEPTH) + "deep text");
    StringBuilder attributes = new StringBuilder("<p");
    for (int i = 0; i < 100_000; i++) {
      attributes.append(" a").append(i).append("=\"v\"");
    }
    Files.writeString(in.resolve("attributes.html"), attributes + ">many attributes, and the text stays</p>");
    Files.writeString(in.resolve("one-line.html"), "<p>" + "word ".repeat(2_000_000) + "</p>");
    Files.write(in.resolve("empty.html"), new byte[0]);
    Files.write(in.resolve("nul.html"), "<p>before\u0000after, with \u0007 a bell</p>".getBytes(StandardCharsets.UTF_8));
    byte[] binary = new byte[20_000];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i * 31 + (i >> 3));
    }
    Files.write(in.resolve("image.html"), binary);
    writeLarge(in.resolve("large.html"), 50L << 20);
    Files.writeString(in.resolve("ok.md"), "---\ntitle: fine\n---\n<p>An ordinary post among the hostile files, with text enough to pass.</p>\n");

    out = temp.resolve("out");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", System.getProperty("java.class.path"), "dev.rinse.cli.Main",
        "clean", in.toString(), "--out", out.toString(), "--quiet"));
    Path err = temp.resolve("stderr.txt");
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectError(err.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(process.waitFor(240, TimeUnit.SECONDS)).as("the run finishes in bounded time").isTrue();
    seconds = (System.nanoTime() - start) / 1_000_000_000L;
    status = process.exitValue();
    stderr = Files.readString(err);
  }

  private static void writeLarge(Path file, long size) throws IOException {
    String paragraph = "<p>" + "Some text of a very large page. ".repeat(40) + "</p>\n";
    try (Writer writer = Files.newBufferedWriter(file)) {
      for (long written = 0; written < size; written += paragraph.length()) {
        writer.write(paragraph);
      }
    }
  }

  private static FileLog log(String name) {
    return ChangeLogJson.readLog(CorpusCleaner.logOf(out, name));
  }

  @Test
  void theRunEndsWithOneLogPerFileAndNamesTheRefusedOnes() {
    assertThat(status).as(stderr).isEqualTo(1);
    assertThat(stderr).contains("image.html: error: not text:")
        .contains("large.html: error: too large: 52,4").contains("over the limit of 33,554,432; not read (--max-file-size)");
    for (String name : List.of("nested.html", "unclosed.html", "attributes.html", "one-line.html", "empty.html", "nul.html",
        "image.html", "large.html", "ok.md")) {
      assertThat(CorpusCleaner.logOf(out, name)).as(name).exists();
    }
    assertThat(log("image.html").status()).isEqualTo(FileStatus.ERROR);
    assertThat(log("image.html").failure()).isEqualTo(Failure.NOT_TEXT);
    assertThat(log("large.html").failure()).isEqualTo(Failure.TOO_LARGE);
    assertThat(ChangeLogJson.readSummary(out.resolve(CorpusCleaner.SUMMARY)).failures())
        .extracting(RunSummary.Problem::source, RunSummary.Problem::failure)
        .contains(tuple("image.html", Failure.NOT_TEXT), tuple("large.html", Failure.TOO_LARGE));
    assertThat(out.resolve("image.html")).doesNotExist();
    assertThat(out.resolve("large.html")).doesNotExist();
    assertThat(log("ok.md").status()).isEqualTo(FileStatus.OK);
    assertThat(seconds).as("seconds for the whole run").isLessThan(200);
  }

  @Test
  void deepNestingKeepsItsText() throws IOException {
    assertThat(Files.readString(out.resolve("nested.html"))).contains("deep text");
    assertThat(log("nested.html").changes()).filteredOn(c -> c.rule().equals("policy.nesting"))
        .hasSize(DEPTH - 200);
  }

  @Test
  void unclosedDeepNestingIsFlattenedWithShortPaths() throws IOException {
    assertThat(Files.readString(out.resolve("unclosed.html"))).contains("deep text");
    var unwraps = log("unclosed.html").changes().stream().filter(c -> c.rule().equals("policy.nesting")).toList();
    assertThat(unwraps).hasSize(DEPTH - 200);
    assertThat(unwraps).allSatisfy(c -> assertThat(c.path().split(" > ")).hasSizeLessThanOrEqualTo(17));
  }

  @Test
  void manyAttributesAndLongLinesAreCleaned() throws IOException {
    assertThat(Files.readString(out.resolve("attributes.html"))).isEqualTo("<p>many attributes, and the text stays</p>\n");
    assertThat(Files.size(out.resolve("one-line.html"))).isGreaterThan(10_000_000L);
  }

  @Test
  void controlCharactersAreGoneAndCounted() throws IOException {
    assertThat(Files.readString(out.resolve("nul.html"))).isEqualTo("<p>beforeafter, with  a bell</p>\n");
    assertThat(log("nul.html").warnings()).contains("2 NUL or other control character(s) removed");
    assertThat(Files.size(out.resolve("empty.html"))).isZero();
  }

  @Test
  void everyOutputIsValidUtf8WithoutControlCharacters() throws IOException {
    try (var files = Files.walk(out)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        byte[] bytes = Files.readAllBytes(file);
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes)).toString();
        assertThat(text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r' && c != '\f'))
            .as(file.toString()).isEmpty();
      }
    }
  }
}
