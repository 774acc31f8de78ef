package dev.rinse.changelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.rinse.article.Where;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeLogJsonTest {
  private static final Change SCRIPT = new Change.Removal("core.scripts", new Where(3, 5), "body > script:nth-child(2)",
      Cited.of("<script>\n  track(\"a\\b\");\n</script>").at(new ByteRange(40, 72)), "");
  private static final Change PARAM = new Change.UrlParamStrip("core.tracking-params", new Where(4, 12),
      "body > a:nth-child(3)", Cited.of("https://x.test/?id=7&utm_source=feed"), "", "https://x.test/?id=7");

  @Test
  void aLogReadsBackAsWritten(@TempDir Path dir) throws Exception {
    FileLog log = FileLog.cleaned("news/a.html", List.of(SCRIPT, PARAM), List.of("declared charset 'x' is not known"),
        "windows-1252", new FileLog.TextStats(120, 4)).withOrigin("/in/news/a.html", new FileLog.Hashes("ab12", "cd34"));
    Path file = Files.write(dir.resolve("a.html.changes.json"), ChangeLogJson.toBytes(log));

    assertThat(ChangeLogJson.readLog(file)).isEqualTo(log);
  }

  @Test
  void eachKindOfChangeReadsBackAsTheRecordOfItsKind(@TempDir Path dir) throws Exception {
    Where at = new Where(2, 3);
    Cited removed = Cited.of("x");
    List<Change> changes = List.of(new Change.Removal("r.a", at, "p", removed, "x"), new Change.Unwrapping("r.b", at, "p", removed),
        new Change.AttributeStrip("r.c", at, "p", removed), new Change.UrlParamStrip("r.d", at, "p", removed, "", "y"),
        new Change.TextReplacement("r.e", at, "p", removed, "x", "y"), new Change.FieldClear("r.f", at, "title", removed, "''"),
        new Change.FieldSet("r.g", at, "title", removed, "y"), new Change.FenceRewrite("r.h", removed, "---\n---\n"),
        new Change.Escape("r.i", at, "p", removed, "", "&lt;"), new Change.HtmlRewrite("r.j", at, "p", removed, "<p>"),
        new Change.AttributeRewrite("r.k", at, "p", removed, "src=\"a\""), new Change.Flagged("r.l", at, "p"));
    assertThat(changes).extracting(Change::action).containsExactly(ChangeKind.values());
    FileLog log = FileLog.cleaned("a.md", changes, List.of(), "UTF-8", new FileLog.TextStats(5, 1));
    Path file = Files.write(dir.resolve("a.md.changes.json"), ChangeLogJson.toBytes(log));

    assertThat(ChangeLogJson.readLog(file).changes()).isEqualTo(changes);
  }

  @Test
  void eachChangeAndWarningTakesOneLine() {
    FileLog log = FileLog.cleaned("a.html", List.of(SCRIPT, PARAM), List.of("first", "second"), "UTF-8",
        new FileLog.TextStats(10, 0));
    String json = new String(ChangeLogJson.toBytes(log), StandardCharsets.UTF_8);

    assertThat(json.lines()).containsExactly(
        "{",
        "  \"format\": 2,",
        "  \"source\": \"a.html\",",
        "  \"status\": \"warning\",",
        "  \"changes\": [",
        "    {\"rule\": \"core.scripts\", \"action\": \"remove\", \"line\": 3, \"column\": 5,"
            + " \"path\": \"body > script:nth-child(2)\", \"bytes\": [40, 72],"
            + " \"removed\": \"<script>\\n  track(\\\"a\\\\b\\\");\\n</script>\"},",
        "    {\"rule\": \"core.tracking-params\", \"action\": \"strip-url-params\", \"line\": 4, \"column\": 12,"
            + " \"path\": \"body > a:nth-child(3)\", \"removed\": \"https://x.test/?id=7&utm_source=feed\","
            + " \"after\": \"https://x.test/?id=7\"}",
        "  ],",
        "  \"warnings\": [",
        "    \"first\",",
        "    \"second\"",
        "  ],",
        "  \"encoding\": \"UTF-8\",",
        "  \"text\": {\"before\": 10, \"removed\": 0}",
        "}");
    assertThat(json).endsWith("}\n");
  }

  @Test
  void removedTextIsInlinedUpToTheBoundWhereItsBytesAreCited(@TempDir Path dir) {
    String script = "<script>" + "x".repeat(500) + "</script>";
    Change cited = new Change.Removal("core.scripts", new Where(1, 1), "body > script", Cited.of(script)
        .at(new ByteRange(0, script.length())), "");
    Change uncited = new Change.Removal("core.scripts", new Where(1, 1), "body > script", Cited.of(script), "");
    FileLog log = FileLog.cleaned("a.html", List.of(cited, uncited), List.of(), "UTF-8", new FileLog.TextStats(0, 0));

    List<Change> read = ChangeLogJson.readLog(write(dir, log)).changes();

    assertThat(read.get(0).removed().text()).hasSize(Cited.INLINE).isEqualTo(script.substring(0, Cited.INLINE));
    assertThat(read.get(0).removed().elided()).isEqualTo(script.length() - Cited.INLINE);
    assertThat(read.get(0).removed().length()).isEqualTo(script.length());
    assertThat(read.get(1).removed().text()).as("nothing to point at: kept whole").isEqualTo(script);
  }

  @Test
  void aRulesAttributeStripsAreOneRecordWithAPlaceEachAndReadBackAsTheLogSaysTheyAre(@TempDir Path dir) {
    String page = "<p class=\"lead\" data-x=\"1\">a</p><div class=\"b\">c</div>";
    Change lead = new Change.AttributeStrip("policy.attribute", new Where(1, 4), "body > p", Cited.of("class=\"lead\""));
    Change data = new Change.AttributeStrip("policy.attribute", new Where(1, 17), "body > p", Cited.of("data-x=\"1\""));
    Change comment = new Change.Removal("core.comments", new Where(1, 1), "body", Cited.of("<!-- x -->"), "");
    Change b = new Change.AttributeStrip("policy.attribute", new Where(1, 38), "body > div", Cited.of("class=\"b\""));
    List<Change> changes = Citations.of(page, StandardCharsets.UTF_8, page.getBytes(StandardCharsets.UTF_8))
        .cite(List.of(lead, comment, data, b));
    FileLog log = FileLog.cleaned("a.html", changes, List.of(), "UTF-8", new FileLog.TextStats(2, 0));

    String json = new String(ChangeLogJson.toBytes(log), StandardCharsets.UTF_8);
    FileLog read = ChangeLogJson.readLog(write(dir, log));

    assertThat(json).contains("""
            {"rule": "policy.attribute", "action": "strip-attribute", "places": [
              [1, 4, 3, 15, "class", 7],
              [1, 17, 16, 26, "data-x", 4],
              [1, 38, 37, 46, "class", 4]
            ]},
        """);
    assertThat(read).as("what is reported during a run is what the log says").isEqualTo(log.asWritten());
    assertThat(read.changes()).extracting(Change::rule, Change::line, Change::column)
        .containsExactly(tuple("policy.attribute", 1, 4), tuple("policy.attribute", 1, 17), tuple("policy.attribute", 1, 38),
            tuple("core.comments", 1, 1));
    assertThat(read.changes().get(0).removed().length()).isEqualTo("class=\"lead\"".length());
  }

  @Test
  void aShortenedTextNeverEndsInHalfACharacter() {
    String text = "a".repeat(Cited.INLINE - 1) + "😀" + "b".repeat(10);
    Cited shortened = Cited.of(text).at(new ByteRange(0, 300)).shortened();

    assertThat(shortened.text()).hasSize(Cited.INLINE - 1);
    assertThat(shortened.length()).isEqualTo(text.length());
  }

  @Test
  void aFormatOneLogIsReadWithEverythingInline(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("a.html.changes.json"), """
        {
          "source": "a.html",
          "status": "ok",
          "changes": [
            {"rule": "core.comments", "action": "remove", "line": 2, "column": 1, "path": "body > #comment", "removed": "<!-- x -->", "text": ""}
          ],
          "warnings": []
        }
        """);

    Change change = ChangeLogJson.readLog(file).changes().get(0);

    assertThat(change).isInstanceOf(Change.Removal.class);
    assertThat(change.removed()).isEqualTo(Cited.of("<!-- x -->"));
  }

  @Test
  void aNewerFormatIsRefusedNamingTheFile(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("a.html.changes.json"),
        "{\"format\": 3, \"source\": \"a.html\", \"status\": \"ok\", \"changes\": [], \"warnings\": []}");

    assertThatThrownBy(() -> ChangeLogJson.readLog(file)).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(file.toString()).hasMessageContaining("format 3 is newer");
  }

  @Test
  void aFailedLogHasItsErrorAndEmptyLists() {
    String json = new String(ChangeLogJson.toBytes(FileLog.failed("b.md", List.of(), Failure.NOT_TEXT, "not text")), StandardCharsets.UTF_8);

    assertThat(json).isEqualTo("{\n  \"format\": 2,\n  \"source\": \"b.md\",\n  \"status\": \"error\",\n  \"changes\": [],\n"
        + "  \"warnings\": [],\n  \"error\": \"not text\",\n  \"failure\": \"not-text\"\n}\n");
  }

  private static Path write(Path dir, FileLog log) {
    try {
      return Files.write(dir.resolve("log.changes.json"), ChangeLogJson.toBytes(log));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
