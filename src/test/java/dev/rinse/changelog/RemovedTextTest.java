package dev.rinse.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rinse.article.Where;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemovedTextTest {
  private static final String SCRIPT = "<script>" + "track();".repeat(100) + "</script>";
  private static final String PAGE = "<p>text</p>\n" + SCRIPT + "\n<p class=\"lead\">more</p>\n";

  /** The log a run writes for PAGE in {@code input}, read back from disk as readers see it. */
  private static FileLog logOf(Path input, Path dir) throws Exception {
    byte[] bytes = Files.readAllBytes(input);
    Change script = new Change.Removal("core.scripts", new Where(2, 1), "body > script", Cited.of(SCRIPT), "");
    Change lead = new Change.AttributeStrip("policy.attribute", new Where(3, 4), "body > p", Cited.of("class=\"lead\""));
    List<Change> changes = Citations.of(PAGE, StandardCharsets.UTF_8, bytes).cite(List.of(script, lead));
    String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    FileLog log = FileLog.cleaned("a.html", changes, List.of(), "UTF-8", new FileLog.TextStats(8, 0))
        .withOrigin(input.toString(), new FileLog.Hashes(hash, null));
    return ChangeLogJson.readLog(Files.write(dir.resolve("a.html.changes.json"), ChangeLogJson.toBytes(log)));
  }

  @Test
  void theWholeTextIsReadFromTheInputThatTheLogPointsAt(@TempDir Path dir) throws Exception {
    Path input = Files.writeString(dir.resolve("a.html"), PAGE);
    FileLog log = logOf(input, dir);
    RemovedText removed = new RemovedText(log);

    assertThat(log.changes().get(0).removed().whole()).as("the log holds the start only").isFalse();
    assertThat(log.changes()).extracting(removed::of).containsExactly(SCRIPT, "class=\"lead\"");
    assertThat(removed.problem()).isEmpty();
  }

  @Test
  void aChangedInputIsNotReadAndSaysSo(@TempDir Path dir) throws Exception {
    Path input = Files.writeString(dir.resolve("a.html"), PAGE);
    FileLog log = logOf(input, dir);
    Files.writeString(input, PAGE.replace("track", "TRACK"));
    RemovedText removed = new RemovedText(log);

    assertThat(removed.of(log.changes().get(0))).startsWith("<script>track();").endsWith("…").hasSize(Cited.INLINE + 1);
    assertThat(removed.problem()).hasValueSatisfying(p -> assertThat(p).contains(input.toString()).contains("changed since the run"));
  }

  @Test
  void aMissingInputSaysItIsGone(@TempDir Path dir) throws Exception {
    Path input = Files.writeString(dir.resolve("a.html"), PAGE);
    FileLog log = logOf(input, dir);
    Files.delete(input);
    RemovedText removed = new RemovedText(log);

    assertThat(removed.of(log.changes().get(1))).isEqualTo("class…");
    assertThat(removed.problem()).hasValueSatisfying(p -> assertThat(p).contains("gone since the run"));
  }
}
