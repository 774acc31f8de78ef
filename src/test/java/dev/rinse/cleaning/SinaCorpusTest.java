package dev.rinse.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rinse.SharedData;
import dev.rinse.changelog.ChangeKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every post of {@code ../shared/corpus/sina-rsshub}: junk gone, text and front matter kept, stable. */
class SinaCorpusTest {
  private static final List<String> JUNK = List.of("<!--", "<style", "appendQr", "app-kaihu-qr",
      "stock_", "quote_", "data-sudaclick", "class=\"keyword\"", "cms-style", "cms-width", "<font",
      "article_adlist", "style=", "343233024.png");
  private final Cleaner cleaner = SharedData.defaultCleaner();

  @TestFactory
  Stream<DynamicTest> everyPost() {
    return SharedData.dynamicTests("corpus/sina-rsshub", folder -> SharedData.files(folder, "*.md").stream()
        .map(post -> DynamicTest.dynamicTest(post.getFileName().toString(), () -> check(post))));
  }

  private void check(Path post) throws IOException {
    String name = post.getFileName().toString();
    String source = Files.readString(post, StandardCharsets.UTF_8);
    Cleaned cleaned = cleaner.clean(name, source, List.of());
    String output = cleaned.output().orElseThrow(() -> new AssertionError(cleaned.log().error()));

    for (String junk : JUNK) {
      assertThat(output).as(name + " still has " + junk).doesNotContain(junk);
    }
    assertThat(output).as(name + " keeps the image referrer policy where images stay")
        .matches(o -> !o.contains("<img") || o.contains("referrerpolicy=\"no-referrer\""));
    assertThat(new Completeness().check(name, source, output, cleaned.log())).as(name).isEmpty();
    assertThat(frontMatterLines(output)).as(name + " front matter")
        .isEqualTo(expectedFrontMatter(source, cleaned));

    Cleaned again = cleaner.clean(name, output, List.of());
    assertThat(again.output()).as(name + " idempotence").contains(output);
    assertThat(again.log().changes()).allMatch(c -> c.action() == ChangeKind.FLAG);
  }

  /** The source's front matter, with the image fields the log says were cleared set to ''. */
  private static List<String> expectedFrontMatter(String source, Cleaned cleaned) {
    List<String> cleared = cleaned.log().changes().stream()
        .filter(c -> c.action() == ChangeKind.CLEAR_FRONT_MATTER_FIELD).map(c -> c.path()).toList();
    assertThat(cleared).allMatch(f -> f.equals("headimg") || f.equals("thumbnail"));
    List<String> lines = new ArrayList<>();
    for (String line : frontMatterLines(source)) {
      String field = line.contains(":") ? line.substring(0, line.indexOf(':')) : "";
      lines.add(cleared.contains(field) ? field + ": ''" : line);
    }
    return lines;
  }

  private static List<String> frontMatterLines(String text) {
    int start = text.indexOf("---\n");
    int end = text.indexOf("\n---\n", start + 3);
    return List.of(text.substring(start, end + 5).split("\n", -1));
  }
}
