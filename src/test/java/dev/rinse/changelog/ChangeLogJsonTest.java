package dev.rinse.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeLogJsonTest {
  private static final Change SCRIPT = new Change("core.scripts", ChangeKind.REMOVE, 3, 5, "body > script:nth-child(2)",
      "<script>\n  track(\"a\\b\");\n</script>", "", null);
  private static final Change PARAM = new Change("core.tracking-params", ChangeKind.STRIP_URL_PARAMS, 4, 12,
      "body > a:nth-child(3)", "https://x.test/?id=7&utm_source=feed", "", "https://x.test/?id=7");

  @Test
  void aLogReadsBackAsWritten(@TempDir Path dir) throws Exception {
    FileLog log = FileLog.cleaned("news/a.html", List.of(SCRIPT, PARAM), List.of("declared charset 'x' is not known"),
        new FileLog.TextStats(120, 4)).withOrigin("/in/news/a.html", new FileLog.Hashes("ab12", "cd34"));
    Path file = Files.write(dir.resolve("a.html.changes.json"), ChangeLogJson.toBytes(log));

    assertThat(ChangeLogJson.readLog(file)).isEqualTo(log);
  }

  @Test
  void eachChangeAndWarningTakesOneLine() {
    FileLog log = FileLog.cleaned("a.html", List.of(SCRIPT, PARAM), List.of("first", "second"),
        new FileLog.TextStats(10, 0));
    String json = new String(ChangeLogJson.toBytes(log), StandardCharsets.UTF_8);

    assertThat(json.lines()).containsExactly(
        "{",
        "  \"source\": \"a.html\",",
        "  \"status\": \"warning\",",
        "  \"changes\": [",
        "    {\"rule\": \"core.scripts\", \"action\": \"remove\", \"line\": 3, \"column\": 5,"
            + " \"path\": \"body > script:nth-child(2)\", \"removed\": \"<script>\\n  track(\\\"a\\\\b\\\");\\n</script>\","
            + " \"text\": \"\"},",
        "    {\"rule\": \"core.tracking-params\", \"action\": \"strip-url-params\", \"line\": 4, \"column\": 12,"
            + " \"path\": \"body > a:nth-child(3)\", \"removed\": \"https://x.test/?id=7&utm_source=feed\", \"text\": \"\","
            + " \"after\": \"https://x.test/?id=7\"}",
        "  ],",
        "  \"warnings\": [",
        "    \"first\",",
        "    \"second\"",
        "  ],",
        "  \"text\": {\"before\": 10, \"removed\": 0}",
        "}");
    assertThat(json).endsWith("}\n");
  }

  @Test
  void aFailedLogHasItsErrorAndEmptyLists() {
    String json = new String(ChangeLogJson.toBytes(FileLog.failed("b.md", List.of(), "not text")), StandardCharsets.UTF_8);

    assertThat(json).isEqualTo("{\n  \"source\": \"b.md\",\n  \"status\": \"error\",\n  \"changes\": [],\n"
        + "  \"warnings\": [],\n  \"error\": \"not text\"\n}\n");
  }
}
