package dev.rinse.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rinse.changelog.ChangeLogJson;
import dev.rinse.changelog.FileLog;
import dev.rinse.changelog.FileStatus;
import dev.rinse.cli.Main;
import dev.rinse.run.CorpusCleaner;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that would take for ever fails alone under {@code --file-timeout}; a regex that backtracks without
 * end is matched in linear time. The slow file is made by turning jsoup's RE2/J off
 * ({@code -Djsoup.useRe2j=false}): a {@code :matches} selector then backtracks in java.util.regex, which no
 * interrupt stops, so its thread is abandoned; the run gets a JVM of its own, where it ends with the process.
 */
class FileTimeoutTest {
  private static final String PACK = """
      pack: slow
      why: a selector whose regex backtracks without end on a paragraph of a's
      rules:
        - id: slow.catastrophic
          why: tests the file timeout
          select: 'p:matches((.*a){14}x)'
          action: remove
      """;

  @TempDir
  Path temp;

  @ParameterizedTest
  @ValueSource(strings = {"text: '(.*a){14}x'", "select: 'p:matches((.*a){14}x)'"})
  void aRulePatternThatWouldBacktrackWithoutEndIsMatchedInLinearTime(String matcher) throws Exception {
    Path in = Files.createDirectories(temp.resolve("in"));
    Files.writeString(in.resolve("slow.html"), "<p>" + "a".repeat(80) + "</p><p>" + "a".repeat(79) + "x</p>");
    Path pack = Files.writeString(temp.resolve("slow.yaml"), PACK.replace("select: 'p:matches((.*a){14}x)'", matcher)
        .replace("action: remove", "action: flag\n    reason: matched"));
    Path out = temp.resolve("out");
    StringWriter err = new StringWriter();

    int status = Main.run(new String[] {"clean", in.toString(), "--out", out.toString(), "--rules", pack.toString(),
        "--quiet"}, new PrintWriter(new StringWriter()), new PrintWriter(err, true));

    assertThat(status).as(err.toString()).isZero();
    FileLog log = ChangeLogJson.readLog(CorpusCleaner.logOf(out, "slow.html"));
    assertThat(log.changes()).filteredOn(c -> c.rule().equals("slow.catastrophic")).hasSize(1);
    assertThat(Files.readString(out.resolve("slow.html"))).contains("a".repeat(80));
  }

  @Test
  void aFileOverTheTimeoutFailsAloneAndTheOthersAreCleaned() throws Exception {
    Path in = Files.createDirectories(temp.resolve("in"));
    Files.writeString(in.resolve("slow.html"), "<p>" + "a".repeat(80) + "</p>");
    Files.writeString(in.resolve("fine.html"), "<p>An ordinary page beside the slow one, with text enough to keep.</p>");
    Path pack = Files.writeString(temp.resolve("slow.yaml"), PACK);
    Path out = temp.resolve("out");

    Run run = rinse("clean", in.toString(), "--out", out.toString(), "--rules", pack.toString(), "--file-timeout", "1s",
        "--quiet");

    assertThat(run.status()).as(run.stderr()).isEqualTo(1);
    assertThat(run.stderr()).contains("slow.html: error: cleaning took longer than 1s; the file is left out, its output "
        + "not written (--file-timeout)");
    assertThat(out.resolve("slow.html")).doesNotExist();
    FileLog slow = ChangeLogJson.readLog(CorpusCleaner.logOf(out, "slow.html"));
    assertThat(slow.status()).isEqualTo(FileStatus.ERROR);
    assertThat(slow.error()).startsWith("cleaning took longer than 1s;").doesNotContain("--"); // the log names no option
    assertThat(Files.readString(out.resolve("fine.html"))).contains("An ordinary page");
    assertThat(ChangeLogJson.readLog(CorpusCleaner.logOf(out, "fine.html")).status()).isEqualTo(FileStatus.OK);

    Run explain = rinse("explain", in.resolve("slow.html").toString(), "--rules", pack.toString(),
        "--file-timeout", "500ms");
    assertThat(explain.status()).as(explain.stderr()).isEqualTo(1);
    assertThat(explain.stderr()).contains("slow.html: error: cleaning took longer than 500ms;").contains("(--file-timeout)");
  }

  private record Run(int status, String stderr) {}

  /** Runs rinse in a JVM of its own, with jsoup's regexes on java.util.regex. */
  private Run rinse(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djsoup.useRe2j=false", "-cp", System.getProperty("java.class.path"), "dev.rinse.cli.Main"));
    command.addAll(List.of(args));
    Path err = Files.createTempFile(temp, "stderr", ".txt");
    Process process = new ProcessBuilder(command).redirectError(err.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    boolean finished = process.waitFor(240, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }
    assertThat(finished).as("the run finishes").isTrue();
    return new Run(process.exitValue(), Files.readString(err));
  }
}
