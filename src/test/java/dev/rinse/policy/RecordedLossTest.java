package dev.rinse.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rinse.SharedData;
import dev.rinse.changelog.Change;
import dev.rinse.changelog.ChangeKind;
import dev.rinse.cleaning.Cleaned;
import dev.rinse.cleaning.Cleaner;
import dev.rinse.cleaning.Completeness;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs whose text once vanished without a record or changed on a second pass: each must come out
 * with its removals logged (the text accounting holds) and clean to itself with no change recorded.
 */
class RecordedLossTest {
  private static final Cleaner CLEANER = SharedData.defaultCleaner();

  static List<String> inputs() {
    return List.of(
        "<p>a&#xFFFF;b</p>", "<p>a&#xFFFE;b</p>", "<p>a&#x1;b</p>", "<p>a&#xB;b</p>", "<p>a&#xD800;b</p>",
        "<p>a&#x7F;b</p>", "<p>a&#x85;b</p>",
        "<xmp>raw <b>text</b></xmp>",
        "<ul>".repeat(190) + "<li>deep text</li>" + "</ul>".repeat(190),
        "<pre>\n\nx</pre>", "<pre>\n\n\nx\n</pre>", "<pre>\nx</pre>",
        "<!DOCTYPE html><html><head><link rel=canonical href=\"javascript:alert(1)\"><title>t</title></head>"
            + "<body><p>text</p></body></html>",
        "<!DOCTYPE html><html><head><meta http-equiv=refresh name=description content=\"0; url=x\">"
            + "<meta charset=\"utf-7\"></head><body><p>text</p></body></html>",
        "<!DOCTYPE html><html><head><meta property=\"og:url\" content=\"javascript:alert(1)\"></head>"
            + "<body><p>text</p></body></html>",
        "<p><a href=\"/login?next=%2Fgo%3Fnext%3D%252Fhome%253Futm_source%253Dx%26utm_source%3Dy&utm_source=z\">in</a></p>");
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void recordsWhatGoesAndCleansToItself(String input) {
    String name = input.startsWith("<!DOCTYPE") ? "page.html" : "fragment.html";
    Cleaned cleaned = CLEANER.clean(name, input, List.of());
    String output = cleaned.output().orElseThrow(() -> new AssertionError(cleaned.log().error()));
    assertThat(new Completeness().check(name, input, output, cleaned.log())).as(output).isEmpty();
    Cleaned again = CLEANER.clean(name, output, List.of());
    assertThat(again.output()).as("idempotence").contains(output);
    assertThat(again.log().changes()).filteredOn(change -> change.action() != ChangeKind.FLAG)
        .extracting(Change::rule).as("second pass of\n" + output).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<link rel=canonical href=\"javascript:alert(1)\">|<link rel=canonical href=\"javascript:alert(1)\">",
      "<meta property=\"og:url\" content=\"javascript:alert(1)\">|<meta property=\"og:url\" content=\"javascript:alert(1)\">",
      "<meta charset=\"utf-7\">|<meta charset=\"utf-7\">",
      "<meta http-equiv=refresh name=description content=\"0; url=x\">|http-equiv=refresh"})
  void headDropsAreLogged(String item, String removed) {
    String page = "<!DOCTYPE html><html><head>" + item + "<title>t</title></head><body><p>text</p></body></html>";
    Cleaned cleaned = CLEANER.clean("page.html", page, List.of());
    assertThat(cleaned.log().changes()).filteredOn(change -> change.rule().equals(PolicyStage.HEAD_RULE))
        .extracting(change -> change.removed().text()).containsExactly(removed);
    assertThat(cleaned.output().orElseThrow()).doesNotContainIgnoringCase("javascript").doesNotContain("http-equiv")
        .doesNotContain("utf-7");
  }

  static List<List<String>> deletes() {
    return List.of(
        List.of("fragment.html", "<p title=\"a&#x7F;b\">a&#x7F;b</p>"),
        List.of("page.html", "<!DOCTYPE html><html><head><title>a&#x7F;b</title></head><body><p>a&#x7F;b</p></body></html>"),
        List.of("post.md", "---\ntitle: t\n---\na&#x7F;b <span>c&#x7F;d</span>\n\n<div>e&#x7F;f</div>\n"));
  }

  @ParameterizedTest
  @MethodSource("deletes")
  void writesNoDelete(List<String> file) {
    String output = CLEANER.clean(file.get(0), file.get(1), List.of()).output().orElseThrow();
    assertThat(output.chars().filter(c -> c == 0x7F)).as(output).isEmpty();
  }
}
