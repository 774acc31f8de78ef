package dev.rinse.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a clean run with SIGKILL at random points, again and again into the same folder: every output
 * file there is at each point either absent or whole and identical to a full run's; the next run removes
 * what a killed one left, and a final run leaves no temporary file. A point is not a time but a state seen
 * in the folder (a random number of files the run has added), so a slow machine moves the kills later,
 * never before the run has begun writing.
 */
class KillTest {
  private static final int KILLS = 12;
  private static final int POSTS = 800;
  /** Only a guard against a hung run: a run reaches its kill point or ends long before. */
  private static final long HANG_GUARD_SECONDS = 300;

  @TempDir
  Path temp;

  @Test
  void killedRunsLeaveOnlyWholeOutputs() throws Exception {
    Path in = Files.createDirectories(temp.resolve("in"));
    for (int i = 0; i < POSTS; i++) {
      Files.writeString(Files.createDirectories(in.resolve("d" + (i % 20))).resolve("post" + i + ".md"),
          "---\ntitle: 'Post " + i + "'\n---\n<div><p style=\"x\">Paragraph " + i + " of a post, long enough to keep."
              + "</p><!-- note " + i + " --><p>" + "More text. ".repeat(200) + "</p></div>\n");
    }
    Path reference = temp.resolve("reference");
    assertThat(run(in, reference, 0)).isZero();
    Map<String, byte[]> expected = outputs(reference);

    Path out = temp.resolve("out");
    Random random = new Random(20261124);
    int killedMidway = 0;
    for (int kill = 0; kill < KILLS; kill++) {
      int status = run(in, out, 1 + random.nextInt(120));
      killedMidway += status < 0 ? 1 : 0;
      for (Map.Entry<String, byte[]> file : outputs(out).entrySet()) {
        assertThat(expected).as("after kill " + kill + ": " + file.getKey()).containsKey(file.getKey());
        assertThat(file.getValue()).as("after kill " + kill + ": " + file.getKey() + " is whole")
            .isEqualTo(expected.get(file.getKey()));
      }
    }
    assertThat(killedMidway).as("runs killed before they finished").isGreaterThan(KILLS / 2);

    assertThat(run(in, out, 0)).isZero();
    assertThat(outputs(out).keySet()).isEqualTo(expected.keySet());
    try (var files = Files.walk(out)) {
      assertThat(files.map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".tmp") || n.endsWith(".places") || n.equals(".rinse-running")))
          .as("temporary files, and the mark of a run in progress").isEmpty();
    }
  }

  /**
   * The cleaned files and change logs, by relative path; temporary files, the mark of a run in progress
   * and the report are not outputs.
   */
  private static Map<String, byte[]> outputs(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    if (!Files.exists(root)) {
      return files; // a run killed before it made its output folder wrote nothing
    }
    try (var walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String relative = root.relativize(file).toString();
        String name = file.getFileName().toString();
        if (!name.endsWith(".tmp") && !name.endsWith(".places") && !name.equals(".rinse-running")
            && !relative.startsWith("rinse-report")) {
          files.put(relative, Files.readAllBytes(file));
        }
      }
    }
    return files;
  }

  /**
   * Runs rinse in its own JVM; when {@code killAfterNewFiles} is positive, kills it as soon as that many
   * files more than before are in the output folder, and returns -1 (or its status if it ended first).
   */
  private int run(Path in, Path out, int killAfterNewFiles) throws Exception {
    List<String> command = new ArrayList<>(Arrays.asList(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", System.getProperty("java.class.path"), "dev.rinse.cli.Main",
        "clean", in.toString(), "--out", out.toString(), "--quiet"));
    int killAt = killAfterNewFiles > 0 ? fileCount(out) + killAfterNewFiles : Integer.MAX_VALUE;
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    long guard = System.nanoTime() + TimeUnit.SECONDS.toNanos(HANG_GUARD_SECONDS);
    while (!process.waitFor(5, TimeUnit.MILLISECONDS)) {
      if (fileCount(out) >= killAt) {
        process.destroyForcibly(); // SIGKILL on Linux
        process.waitFor();
        return -1;
      }
      if (System.nanoTime() > guard) {
        process.destroyForcibly();
        throw new AssertionError("a run neither ended nor reached its kill point in " + HANG_GUARD_SECONDS + " s");
      }
    }
    return process.exitValue();
  }

  /** The files in the folder, temporary ones included: each one appearing is a step of the run. */
  private static int fileCount(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return 0;
    }
    try (var walk = Files.walk(root)) {
      return (int) walk.filter(Files::isRegularFile).count();
    } catch (java.io.UncheckedIOException e) {
      return 0; // a file renamed or removed during the walk: look again
    }
  }
}
