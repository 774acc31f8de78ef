package dev.rinse.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rinse.changelog.ChangeLogJson;
import dev.rinse.changelog.FileStatus;
import dev.rinse.cli.Main;
import dev.rinse.run.CorpusCleaner;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that exhausts memory or the stack becomes that file's error; the next file is cleaned. */
class ResourceExhaustionTest {
  private static final String POST = "---\ntitle: x\n---\n<p>A post with enough text in it to keep its status ok.</p>\n";
  private static final String GREEDY = """
      pack: greedy
      why: a pattern whose backtracking recurses once per character
      rules:
        - id: greedy.alternation
          why: matches runs of x and y before a z
          %s
          %s
      """;

  @TempDir
  Path temp;

  @Test
  void runningOutOfMemoryFailsOnlyThatFile() throws Exception {
    Path in = Files.createDirectories(temp.resolve("in"));
    Files.writeString(in.resolve("a-big.html"), "<p>" + "<b>x</b> ".repeat(1_500_000) + "</p>");
    Files.writeString(in.resolve("b-small.md"), POST);
    Path out = temp.resolve("out");
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx96m", "-cp", System.getProperty("java.class.path"), "dev.rinse.cli.Main",
        "clean", in.toString(), "--out", out.toString(), "--quiet")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).isEqualTo(1);
    assertThat(ChangeLogJson.readLog(CorpusCleaner.logOf(out, "a-big.html")).error()).contains("out of memory");
    assertThat(ChangeLogJson.readLog(CorpusCleaner.logOf(out, "b-small.md")).status()).isEqualTo(FileStatus.OK);
  }

  /**
   * Three articles just under {@code --max-file-size 2M}: in a 64m heap one fits, two at once do not
   * (without the memory budget, at {@code --jobs 2}, one of them ran out of memory). The budget cleans
   * them one at a time.
   */
  @Test
  void filesThatFitTheHeapOnlyOneAtATimeAreAllCleanedOnTwoJobs() throws Exception {
    Path in = Files.createDirectories(temp.resolve("in"));
    StringBuilder article = new StringBuilder("<!DOCTYPE html><html><head><title>long</title></head><body>\n");
    for (int n = 0; article.length() < 2_000_000; n++) {
      article.append("<p>Paragraph ").append(n).append(" of a long article, with <a href=\"https://example.com/")
          .append(n).append("\">a link</a>, <em>some emphasis</em> and plain words after it.</p>\n");
    }
    article.append("</body></html>\n");
    for (String name : List.of("a.html", "b.html", "c.html")) {
      Files.writeString(in.resolve(name), article);
    }
    Path out = temp.resolve("out");
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        "dev.rinse.cli.Main", "clean", in.toString(), "--out", out.toString(), "--jobs", "2", "--max-file-size", "2M",
        "--quiet")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).isZero();
    for (String name : List.of("a.html", "b.html", "c.html")) {
      assertThat(ChangeLogJson.readLog(CorpusCleaner.logOf(out, name)).status()).isEqualTo(FileStatus.OK);
    }
  }

  /**
   * jsoup's regexes on java.util.regex ({@code -Djsoup.useRe2j=false}): a {@code :matches} pattern whose
   * backtracking recurses once per character overflows the stack.
   */
  @Test
  void aStackOverflowFailsOnlyThatFile() throws Exception {
    Path in = Files.createDirectories(temp.resolve("in"));
    Files.writeString(in.resolve("a-deep-regex.html"), "<p>" + "xy".repeat(200_000) + "</p>");
    Files.writeString(in.resolve("b-small.md"), POST);
    Path rules = Files.writeString(temp.resolve("greedy.yaml"), GREEDY.formatted("select: 'p:matches((x|y)*z)'",
        "action: remove"));
    Path out = temp.resolve("out");
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djsoup.useRe2j=false", "-cp", System.getProperty("java.class.path"), "dev.rinse.cli.Main",
        "clean", in.toString(), "--out", out.toString(), "--rules", rules.toString(), "--quiet")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).isEqualTo(1);
    assertThat(ChangeLogJson.readLog(CorpusCleaner.logOf(out, "a-deep-regex.html")).error()).contains("StackOverflowError");
    assertThat(ChangeLogJson.readLog(CorpusCleaner.logOf(out, "b-small.md")).status()).isEqualTo(FileStatus.OK);
    assertThat(List.of(out.resolve("a-deep-regex.html"))).allMatch(p -> !Files.exists(p));
  }

  /** The same pattern as a rule's own, on RE2/J, which does not recurse: the file is cleaned. */
  @Test
  void aRulePatternDoesNotRecursePerCharacter() throws Exception {
    Path in = Files.createDirectories(temp.resolve("in"));
    Files.writeString(in.resolve("a-deep-regex.html"), "<p>" + "xy".repeat(200_000) + "z</p>");
    Path rules = Files.writeString(temp.resolve("greedy.yaml"), GREEDY.formatted("text: '(x|y)*z'",
        "replacement: ''\n    action: replace-text"));
    Path out = temp.resolve("out");

    int status = Main.run(new String[] {"clean", in.toString(), "--out", out.toString(), "--rules", rules.toString(),
        "--quiet"}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));

    assertThat(status).isZero();
    assertThat(ChangeLogJson.readLog(CorpusCleaner.logOf(out, "a-deep-regex.html")).changes())
        .filteredOn(c -> c.rule().equals("greedy.alternation")).hasSize(1);
  }
}
