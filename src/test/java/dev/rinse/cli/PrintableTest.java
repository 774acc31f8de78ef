package dev.rinse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrintableTest {
  private static final String RED = "\u001b[31m";

  @TempDir
  Path temp;

  @Test
  void controlCharactersAndBidiOverridesBecomeVisibleEscapes() {
    assertThat(Printable.of("a" + RED + "b\nc\td\u007fe\u009bf\u202eg.html")).isEqualTo(
        "a\\x1b[31mb\\x0ac\\x09d\\x7fe\\x9bf\\u202eg.html");
  }

  @Test
  void ordinaryNamesArePrintedAsTheyAre() {
    assertThat(Printable.of("dir/中文 名 \"q\" café\\x.md")).isEqualTo("dir/中文 名 \"q\" café\\x.md");
  }

  @Test
  void aFileNamedWithAnEscapeSequenceIsPrintedEscapedInErrorsAndTheSummary() throws Exception {
    Path in = Files.createDirectories(temp.resolve("in"));
    Files.write(in.resolve("bad" + RED + ".html"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 'a', 'b'});
    Files.writeString(in.resolve("warn" + RED + ".md"), "---\ntitle: [\n---\n<p>A post with enough text to keep.</p>\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int status = Main.run(new String[] {"clean", in.toString(), "--out", temp.resolve("out" + RED).toString()},
        new PrintWriter(out, true), new PrintWriter(err, true));

    assertThat(status).isEqualTo(1);
    assertThat(err.toString()).startsWith("bad\\x1b[31m.html: error: ").hasLineCount(1).doesNotContain("\u001b");
    assertThat(out.toString()).contains("  bad\\x1b[31m.html: ").contains("  warn\\x1b[31m.md: ")
        .contains("written to " + temp.resolve("out") + "\\x1b[31m").doesNotContain("\u001b");
  }

  @Test
  void progressEscapesTheNameButKeepsItsOwnLineControl() {
    StringWriter err = new StringWriter();
    Progress progress = new Progress(new PrintWriter(err, true), true);

    progress.fileDone(null, "x" + RED + ".md", 1, 1);

    assertThat(err.toString()).isEqualTo("\r\u001b[K1/1 x\\x1b[31m.md");
  }
}
