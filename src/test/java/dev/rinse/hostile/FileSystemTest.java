package dev.rinse.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rinse.changelog.ChangeLogJson;
import dev.rinse.changelog.FileLog;
import dev.rinse.changelog.FileStatus;
import dev.rinse.cli.Main;
import dev.rinse.run.CorpusCleaner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Odd names, links, pipes and permissions: inputs stay untouched, outputs stay inside the output folder. */
class FileSystemTest {
  private static final String POST = "---\ntitle: x\n---\n<p>A post with enough text in it to keep its status ok.</p>\n";

  @TempDir
  Path temp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int rinse(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private static void sh(String script, Path dir) throws Exception {
    Process process = new ProcessBuilder("sh", "-c", script).directory(dir.toFile()).inheritIO().start();
    assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(script).isZero();
  }

  @Test
  void oddFileNamesAreCleanedAndNamedExactlyInTheLogs() throws Exception {
    Path in = Files.createDirectories(temp.resolve("in"));
    for (String name : new String[] {"with space.md", "with\nnewline.md", "quote\"and'apostrophe.md", "中文 名.md"}) {
      Files.writeString(in.resolve(name), POST);
    }
    sh("printf '%s' \"$1\" > \"$(printf 'bad\\377name.md')\"", in);
    Path outDir = temp.resolve("out");

    assertThat(rinse("clean", in.toString(), "--out", outDir.toString(), "--quiet")).as(err.toString()).isZero();

    for (String name : new String[] {"with space.md", "with\nnewline.md", "quote\"and'apostrophe.md", "中文 名.md"}) {
      assertThat(outDir.resolve(name)).as(name).exists();
      FileLog log = ChangeLogJson.readLog(CorpusCleaner.logOf(outDir, name));
      assertThat(log.source()).isEqualTo(name);
      assertThat(log.status()).isEqualTo(FileStatus.OK);
    }
    try (Stream<Path> files = Files.list(outDir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .as("the file whose name is not UTF-8 is cleaned too, under a name with U+FFFD")
          .anyMatch(n -> n.startsWith("bad") && n.endsWith(".md.changes.json"));
    }
  }

  @Test
  void linksArePipesAreNotFollowedOrRead() throws Exception {
    Path in = Files.createDirectories(temp.resolve("in"));
    Path outside = Files.createDirectories(temp.resolve("outside"));
    Files.writeString(outside.resolve("secret.md"), POST);
    Files.writeString(in.resolve("real.md"), POST);
    Files.createSymbolicLink(in.resolve("link.md"), outside.resolve("secret.md"));
    Files.createSymbolicLink(in.resolve("linked-folder"), outside);
    Files.createSymbolicLink(in.resolve("loop"), in);
    sh("mkfifo pipe.md", in);
    Path outDir = temp.resolve("out");

    assertThat(rinse("clean", in.toString(), "--out", outDir.toString())).as(err.toString()).isZero();

    assertThat(outDir.resolve("real.md")).exists();
    assertThat(outDir.resolve("link.md")).doesNotExist();
    assertThat(outDir.resolve("linked-folder")).doesNotExist();
    assertThat(outDir.resolve("pipe.md")).doesNotExist();
    assertThat(out.toString()).contains("1 files: 1 ok").contains("4 skipped");
  }

  @Test
  void inputsKeepTheirBytesModeAndTimes() throws Exception {
    Path in = Files.createDirectories(temp.resolve("in"));
    Path post = in.resolve("post.md");
    Files.writeString(post, POST);
    Files.setPosixFilePermissions(post, PosixFilePermissions.fromString("r--r-----"));
    Files.setLastModifiedTime(post, FileTime.fromMillis(1_600_000_000_000L));
    byte[] bytes = Files.readAllBytes(post);

    assertThat(rinse("clean", in.toString(), "--out", temp.resolve("out").toString(), "--quiet")).isZero();
    assertThat(rinse("restore", temp.resolve("out").toString(), "--rule", "core.comments")).isZero();

    assertThat(Files.readAllBytes(post)).isEqualTo(bytes);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(post))).isEqualTo("r--r-----");
    assertThat(Files.getLastModifiedTime(post).toMillis()).isEqualTo(1_600_000_000_000L);
  }

  @Test
  void anOutputFolderThatCannotBeMadeIsReportedBeforeAnythingIsDone() throws IOException {
    Path in = Files.createDirectories(temp.resolve("in"));
    Files.writeString(in.resolve("post.md"), POST, StandardCharsets.UTF_8);
    Path blocker = Files.writeString(temp.resolve("blocker"), "a file, not a folder");

    assertThat(rinse("clean", in.toString(), "--out", blocker.resolve("out").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("cannot write there");
  }

  @Test
  void aFileThatCannotBeWrittenFailsAloneAndTheRunGoesOn() throws IOException {
    Path in = Files.createDirectories(temp.resolve("in"));
    Files.writeString(Files.createDirectories(in.resolve("sub")).resolve("a.md"), POST);
    Files.writeString(in.resolve("b.md"), POST);
    Path outDir = Files.createDirectories(temp.resolve("out"));
    Files.writeString(outDir.resolve("sub"), "a file where the folder sub should go");

    assertThat(rinse("clean", in.toString(), "--out", outDir.toString(), "--quiet")).isEqualTo(1);

    assertThat(err.toString()).contains("sub/a.md: error: cannot write:");
    assertThat(outDir.resolve("b.md")).exists();
  }
}
