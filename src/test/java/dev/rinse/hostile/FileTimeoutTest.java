package dev.rinse.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rinse.changelog.ChangeLogJson;
import dev.rinse.changelog.FileLog;
import dev.rinse.changelog.FileStatus;
import dev.rinse.cleaning.CorpusCleaner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that would take for ever fails alone under {@code --file-timeout}. Run in a JVM of its own: the
 * catastrophic regex of a {@code :matches} selector runs in java.util.regex inside jsoup, which no
 * interrupt stops, so its thread is abandoned and ends with the process.
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

  @Test
  void aFileOverTheTimeoutFailsAloneAndTheOthersAreCleaned() throws Exception {
    Path in = Files.createDirectories(temp.resolve("in"));
    Files.writeString(in.resolve("slow.html"), "<p>" + "a".repeat(80) + "</p>");
    Files.writeString(in.resolve("fine.html"), "<p>An ordinary page beside the slow one, with text enough to keep.</p>");
    Path pack = Files.writeString(temp.resolve("slow.yaml"), PACK);
    Path out = temp.resolve("out");
    Path err = temp.resolve("stderr.txt");
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "dev.rinse.cli.Main", "clean", in.toString(),
        "--out", out.toString(), "--rules", pack.toString(), "--file-timeout", "1s", "--quiet");
    Process process = new ProcessBuilder(command).redirectError(err.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();

    boolean finished = process.waitFor(240, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }
    assertThat(finished).as("the run finishes").isTrue();
    String stderr = Files.readString(err);
    assertThat(process.exitValue()).as(stderr).isEqualTo(1);
    assertThat(stderr).contains("slow.html: error: cleaning took longer than 1s (--file-timeout)");
    assertThat(out.resolve("slow.html")).doesNotExist();
    FileLog slow = ChangeLogJson.readLog(CorpusCleaner.logOf(out, "slow.html"));
    assertThat(slow.status()).isEqualTo(FileStatus.ERROR);
    assertThat(slow.error()).startsWith("cleaning took longer than 1s (--file-timeout)");
    assertThat(Files.readString(out.resolve("fine.html"))).contains("An ordinary page");
    assertThat(ChangeLogJson.readLog(CorpusCleaner.logOf(out, "fine.html")).status()).isEqualTo(FileStatus.OK);
  }
}
