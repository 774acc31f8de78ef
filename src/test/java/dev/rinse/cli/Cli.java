package dev.rinse.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs rinse's command line in this JVM and keeps what the last run printed, for the command tests. */
final class Cli {
  /** A post with a font tag and a comment, whose removals the audit commands show. */
  static final String POST = "\n---\ntitle: 'A post'\nauthor: Someone\n---\n\n"
      + "<div><p>A paragraph of the post, <font color=\"red\">in a font tag</font>, long enough to keep.</p>"
      + "<!-- note --></div>\n";

  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  /** Runs one command line; returns its exit status. */
  int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  /** What the last run wrote to standard output. */
  String out() {
    return out.toString();
  }

  /** What the last run wrote to standard error. */
  String err() {
    return err.toString();
  }

  /** Writes a corpus of two files into {@code in}: {@link #POST} as {@code a.md}, a page as {@code sub/b.html}. */
  static void twoFiles(Path in) throws IOException {
    Files.createDirectories(in.resolve("sub"));
    Files.writeString(in.resolve("a.md"), POST, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("sub/b.html"), "<p style=\"x\">Another <font>file</font> with text enough to stay ok without a flag.</p>",
        StandardCharsets.UTF_8);
  }
}
