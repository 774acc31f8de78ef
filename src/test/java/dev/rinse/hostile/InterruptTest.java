package dev.rinse.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rinse.changelog.ChangeLogJson;
import dev.rinse.changelog.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sends SIGINT (Ctrl-C) to a clean run in its own JVM as soon as it has written its first file: the run
 * ends with status 130, a summary that says it was interrupted and counts fewer files than the corpus,
 * whole outputs only, and a cache from which the next run reuses what was done and cleans the rest.
 */
class InterruptTest {
  private static final int POSTS = 600;
  /** Only a guard against a hung run: a run reaches its first file or ends long before. */
  private static final long HANG_GUARD_SECONDS = 300;

  @TempDir
  Path temp;

  @Test
  void ctrlCEndsTheRunWithASummaryAndTheNextRunFinishesIt() throws Exception {
    Path in = Files.createDirectories(temp.resolve("in"));
    for (int i = 0; i < POSTS; i++) {
      Files.writeString(Files.createDirectories(in.resolve("d" + (i % 10))).resolve("post" + i + ".md"),
          "---\ntitle: 'Post " + i + "'\n---\n<div><p style=\"x\">Paragraph " + i + " of a post, long enough to keep."
              + "</p><!-- note " + i + " --><p>" + "More text. ".repeat(200) + "</p></div>\n");
    }
    Path out = temp.resolve("out");

    Process run = start(in, out, temp.resolve("interrupted.txt"));
    long guard = System.nanoTime() + TimeUnit.SECONDS.toNanos(HANG_GUARD_SECONDS);
    while (logs(out).isEmpty()) {
      assertThat(run.isAlive()).as("the run is still going when its first file is written").isTrue();
      assertThat(System.nanoTime()).as("a first file within the guard time").isLessThan(guard);
      run.waitFor(5, TimeUnit.MILLISECONDS);
    }
    assertThat(new ProcessBuilder("kill", "-INT", Long.toString(run.pid())).start().waitFor()).isZero();
    assertThat(run.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS)).as("the run ends after Ctrl-C").isTrue();

    assertThat(run.exitValue()).as(Files.readString(temp.resolve("interrupted.txt"))).isEqualTo(130);
    assertThat(Files.readString(temp.resolve("interrupted.txt"))).contains("rinse: interrupted:");
    RunSummary.Totals interrupted = ChangeLogJson.readSummary(out.resolve("rinse-summary.json"));
    assertThat(interrupted.status()).isEqualTo("interrupted");
    assertThat(interrupted.files()).isPositive().isLessThan(POSTS);
    assertThat(logs(out)).as("a log for each file the summary counts").hasSize(interrupted.files());
    for (Path log : logs(out)) {
      Path output = Path.of(log.toString().replace(".changes.json", ""));
      assertThat(ChangeLogJson.readLog(log).sha256().output()).as(output.toString())
          .isEqualTo(dev.rinse.changelog.FileLog.Hashes.sha256(Files.readAllBytes(output)));
    }
    try (Stream<Path> files = Files.walk(out)) {
      assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tmp"))).as("temporary files").isEmpty();
    }

    Process again = start(in, out, temp.resolve("again.txt"));
    assertThat(again.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();

    assertThat(again.exitValue()).as(Files.readString(temp.resolve("again.txt"))).isZero();
    RunSummary.Totals finished = ChangeLogJson.readSummary(out.resolve("rinse-summary.json"));
    assertThat(finished.status()).isEqualTo("complete");
    assertThat(finished.files()).isEqualTo(POSTS);
    assertThat(logs(out)).hasSize(POSTS);
    assertThat(Files.readString(temp.resolve("again.txt")))
        .as("what the interrupted run did is reused").contains(interrupted.files() + " files unchanged since the last run");
  }

  private static Process start(Path in, Path out, Path output) throws IOException {
    // A process started in the background by a shell ignores SIGINT, and its children inherit that; perl
    // (Debian's base system has it) sets it back to the default before starting the run, as a terminal has it.
    List<String> command = List.of("perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die \"exec: $!\"",
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", System.getProperty("java.class.path"), "dev.rinse.cli.Main",
        "clean", in.toString(), "--out", out.toString(), "--no-report");
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
  }

  /** The change logs in the folder: each is written after its file's cleaned copy. */
  private static List<Path> logs(Path out) throws IOException {
    if (!Files.isDirectory(out)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(out)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".changes.json")).toList();
    } catch (java.io.UncheckedIOException e) {
      return List.of(); // a file renamed during the walk: look again
    }
  }
}
