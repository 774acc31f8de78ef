package dev.rinse.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rinse.SharedData;
import dev.rinse.changelog.Change;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadableOutputTest {
  private final Cleaner cleaner = SharedData.defaultCleaner();

  @Test
  void aChangesAfterStandsInTheFileAsItIs() {
    String page = "<p><a href=\"https://example.com/a?id=7&amp;x=1+2&amp;utm_source=feed\" title=\"Isn't it\">A link "
        + "to a story that is long enough to keep, @ 5+5=10.</a> <img src=\"https://example.com/p.jpg?w=600&amp;spm=a.b\" alt=\"x\"></p>";
    Cleaned cleaned = cleaner.clean("a.html", page, List.of());
    String output = cleaned.output().orElseThrow();
    List<Change> rewrites = cleaned.log().changes().stream().filter(change -> change.after() != null).toList();
    assertThat(rewrites).hasSize(2);
    for (Change change : rewrites) {
      assertThat(output).contains("\"" + change.after().replace("&", "&amp;") + "\"");
    }
    assertThat(output).contains("title=\"Isn't it\"").contains("@ 5+5=10.").doesNotContain("&#");
  }
}
