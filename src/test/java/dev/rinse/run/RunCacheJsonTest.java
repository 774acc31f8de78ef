package dev.rinse.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rinse.changelog.Failure;
import dev.rinse.changelog.FileStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCacheJsonTest {
  @TempDir
  Path temp;

  private static RunCache.Stored stored() {
    Map<String, RunCache.Entry> files = new LinkedHashMap<>();
    files.put("a/post \"1\".md", new RunCache.Entry(120, 1_700_000_000_123L, "ab12", List.of("core.comments", "sina"),
        FileStatus.WARNING, Map.of("core.comments", 2, "sina.promo", 1), Map.of("remove", 3),
        "removes 40% of the visible text", null, null));
    files.put("b/broken.html", new RunCache.Entry(7, 5, null, List.of(), FileStatus.ERROR, Map.of(), Map.of(),
        null, "cannot clean: x", Failure.INTERNAL));
    return new RunCache.Stored("g1", Map.of("core.comments", "p1"), Map.of("core.comments", "s1"), files,
        "rules=[]|disable=[]", Map.of("built-in:rules/profile.yaml", "12-ab-cd"), List.of("a/post \"1\".md", "gone.md"),
        "300-1f-2e");
  }

  @Test
  void whatIsWrittenReadsBackTheSame() throws IOException {
    Path file = Files.write(temp.resolve("cache.json"), RunCacheJson.write(stored()));

    assertThat(RunCacheJson.read(file)).isEqualTo(stored());
  }

  @Test
  void fieldsItDoesNotKnowAreSkipped() throws IOException {
    Path file = Files.writeString(temp.resolve("cache.json"), """
        {"later": {"x": [1, {"y": 2}]}, "global": "g", "packs": {}, "scopes": {},
         "files": {"p.md": {"size": 3, "new": [true], "status": "ok", "packs": ["core"]}}}
        """);

    RunCache.Stored read = RunCacheJson.read(file);

    assertThat(read.global()).isEqualTo("g");
    assertThat(read.files().get("p.md").size()).isEqualTo(3);
    assertThat(read.files().get("p.md").status()).isEqualTo(FileStatus.OK);
    assertThat(read.files().get("p.md").packs()).containsExactly("core");
    assertThat(read.outputs()).as("an older cache's: its files are the outputs").isNull();
    assertThat(read.rules()).isNull();
  }

  @Test
  void aDamagedCacheIsAnError() throws IOException {
    String whole = new String(RunCacheJson.write(stored()), java.nio.charset.StandardCharsets.UTF_8);
    for (String damaged : List.of(
        whole.substring(0, whole.length() / 2),
        whole.replace("\"size\":120", "\"size\":\"big\""),
        whole.replace("\"packs\":[\"core.comments\",\"sina\"]", "\"packs\":[\"core.comments\",7]"),
        whole.replace("\"global\":\"g1\",", ""),
        whole.replace("\"status\":\"error\"", "\"status\":\"lost\""),
        whole.replace("\"status\":\"error\"", "\"status\":null"),
        "[]")) {
      Path file = Files.writeString(temp.resolve("cache.json"), damaged);
      assertThatThrownBy(() -> RunCacheJson.read(file)).as(damaged).isInstanceOf(IOException.class);
    }
  }
}
