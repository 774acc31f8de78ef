package dev.rinse.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rinse.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs never touch inputs: not by name, not through a link given as --out, not through a link inside it. */
class OutputPathsTest {
  private static final String PAGE = "<html><body><p style=\"x\">A page with enough text in it to keep its status ok.</p>"
      + "<script>alert(1)</script></body></html>\n";

  @TempDir
  Path temp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Path in;
  private Map<String, byte[]> before;

  @BeforeEach
  void input() throws IOException {
    in = Files.createDirectories(temp.resolve("d"));
    Files.writeString(in.resolve("a.html"), PAGE);
    Files.writeString(in.resolve("b.html"), PAGE.replace("A page", "Another page"));
    before = contents(in);
  }

  private int rinse(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private static Map<String, byte[]> contents(Path folder) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(file).toString(), Files.readAllBytes(file));
      }
    }
    return files;
  }

  private void assertInputUnchanged() throws IOException {
    Map<String, byte[]> now = contents(in);
    for (Map.Entry<String, byte[]> file : before.entrySet()) {
      assertThat(now.get(file.getKey())).as(file.getKey() + " byte for byte").isEqualTo(file.getValue());
    }
  }

  @Test
  void aFileCleanedIntoItsOwnFolderFailsAndStaysAsItWas() throws IOException {
    int status = rinse("clean", in.resolve("a.html").toString(), "--out", in.toString(), "--quiet");

    assertThat(status).isEqualTo(1);
    assertInputUnchanged();
    assertThat(err.toString()).contains("a.html: error: ")
        .contains("the output would replace its input; inputs are only read").hasLineCount(1);
  }

  @Test
  void anOtherFileOfTheSameFolderIsStillCleanedThere() throws IOException {
    Path other = Files.createDirectories(temp.resolve("elsewhere")).resolve("c.html");
    Files.writeString(other, PAGE);

    int status = rinse("clean", in.resolve("a.html").toString(), other.toString(), "--out", in.toString(), "--quiet");

    assertThat(status).isEqualTo(1);
    assertInputUnchanged();
    assertThat(in.resolve("c.html")).content().doesNotContain("<script");
  }

  @Test
  void anOutputFolderThatIsALinkToTheInputFolderIsRefusedBeforeAnything() throws IOException {
    Path link = Files.createSymbolicLink(temp.resolve("link"), in);

    int status = rinse("clean", in.toString(), "--out", link.toString());

    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).startsWith("rinse: error: " + link + ": the output folder is the input folder")
        .hasLineCount(1);
    assertThat(contents(in)).containsOnlyKeys(before.keySet());
    assertInputUnchanged();
  }

  @Test
  void anInputFolderReachedThroughALinkInsideTheOutputFolderIsRefused() throws IOException {
    Path outDir = Files.createDirectories(temp.resolve("out"));
    Path inputLink = Files.createSymbolicLink(temp.resolve("in-link"), outDir.resolve("sub"));
    Files.move(in, outDir.resolve("sub"));
    in = outDir.resolve("sub");

    int status = rinse("clean", inputLink.toString(), "--out", outDir.toString());

    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).contains("must not contain the inputs");
    assertInputUnchanged();
  }

  @Test
  void anOutputFolderInsideTheInputReachedThroughALinkIsLeftOutOfTheWalk() throws IOException {
    Path link = Files.createSymbolicLink(temp.resolve("link"), in);
    Path outDir = link.resolve("cleaned");

    assertThat(rinse("clean", in.toString(), "--out", outDir.toString(), "--quiet")).as(err.toString()).isZero();
    out.getBuffer().setLength(0);
    assertThat(rinse("clean", in.toString(), "--out", outDir.toString())).as(err.toString()).isZero();

    assertThat(out.toString()).startsWith("2 files:");
    assertInputUnchanged();
  }

  @Test
  void aLinkInsideTheOutputFolderToAnInputFileIsNeitherFollowedNorReplaced() throws IOException {
    Path outDir = Files.createDirectories(temp.resolve("out"));
    Path link = Files.createSymbolicLink(outDir.resolve("a.html"), in.resolve("a.html"));

    int status = rinse("clean", in.toString(), "--out", outDir.toString(), "--quiet");

    assertThat(status).isEqualTo(1);
    assertInputUnchanged();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(err.toString()).isEqualTo("a.html: error: " + outDir.toRealPath().resolve("a.html")
        + ": is a symbolic link in the output folder; not followed, not replaced (remove it to write a.html)"
        + System.lineSeparator());
    assertThat(outDir.resolve("b.html")).content().doesNotContain("<script");
  }

  @Test
  void aLinkedFolderInsideTheOutputFolderIsNotWrittenThrough() throws IOException {
    Path outside = Files.createDirectories(temp.resolve("outside"));
    Files.createDirectories(in.resolve("sub"));
    Files.writeString(in.resolve("sub/c.html"), PAGE);
    before = contents(in);
    Path outDir = Files.createDirectories(temp.resolve("out"));
    Files.createSymbolicLink(outDir.resolve("sub"), outside);

    int status = rinse("clean", in.toString(), "--out", outDir.toString(), "--quiet");

    assertThat(status).isEqualTo(1);
    try (Stream<Path> files = Files.list(outside)) {
      assertThat(files).as("nothing written through the link").isEmpty();
    }
    assertThat(err.toString()).contains("sub/c.html: error: ").contains("/sub: is a symbolic link in the output folder")
        .hasLineCount(1);
    assertInputUnchanged();
  }

  @Test
  void aSummaryPlaceThatIsALinkStopsTheRunBeforeAnything() throws IOException {
    Path outside = Files.writeString(temp.resolve("outside.json"), "kept");
    Path outDir = Files.createDirectories(temp.resolve("out"));
    Files.createSymbolicLink(outDir.resolve("rinse-summary.json"), outside);

    int status = rinse("clean", in.toString(), "--out", outDir.toString(), "--quiet");

    assertThat(status).isEqualTo(2);
    assertThat(outside).hasContent("kept");
    assertThat(err.toString()).startsWith("rinse: error: ").contains("rinse-summary.json: is a symbolic link")
        .hasLineCount(1);
    assertThat(outDir.resolve("a.html")).doesNotExist();
  }

  @Test
  void aReportFolderThatIsALinkIsNotWrittenThrough() throws IOException {
    Path outside = Files.createDirectories(temp.resolve("outside"));
    Path outDir = Files.createDirectories(temp.resolve("out"));
    Files.createSymbolicLink(outDir.resolve("rinse-report"), outside);

    int status = rinse("clean", in.toString(), "--out", outDir.toString(), "--quiet");

    assertThat(status).isEqualTo(2);
    try (Stream<Path> files = Files.list(outside)) {
      assertThat(files).isEmpty();
    }
    assertThat(err.toString()).contains("rinse-report: is a symbolic link").hasLineCount(1);
  }
}
