package dev.rinse.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rinse.article.Generator;
import dev.rinse.article.Target;
import dev.rinse.cleaning.Cleaned;
import dev.rinse.cleaning.Cleaner;
import dev.rinse.cleaning.TextLossGuard;
import dev.rinse.rules.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fields themes print as HTML, cleaned to text in every form a reader takes them in. */
class FrontMatterFieldsTest {
  private static final String BODY = "Body text, long enough for the guards to leave it alone.\n";

  private static String clean(Generator generator, String frontMatter) throws Exception {
    Cleaner cleaner = new Cleaner(Profile.builtIn(), TextLossGuard.DEFAULT, Target.DEFAULT.withGenerator(generator));
    Cleaned cleaned = cleaner.clean("p.md", frontMatter + BODY, List.of());
    String output = cleaned.output().orElseThrow(() -> new AssertionError(cleaned.log().error()));
    assertThat(output).endsWith("\n" + BODY);
    return output.substring(0, output.length() - BODY.length());
  }

  @Test
  void aListIsCleanedToAListOfTextsAndTheClosingFenceStaysOnItsLine() throws Exception {
    assertThat(clean(Generator.HUGO, "---\ntitle: t\nexcerpt:\n  - \"<b>x</b>\"\n  - plain\n---\n"))
        .isEqualTo("---\ntitle: t\nexcerpt:\n  ['x', 'plain']\n---\n");
    assertThat(clean(Generator.HUGO, "---\ntitle: |\n  <b>x</b>\n---\n")).isEqualTo("---\ntitle: 'x'\n---\n");
  }

  @Test
  void aBinaryValueIsReadAsTheTextItDecodesTo() throws Exception {
    // "<img src=x onerror=alert(1)>x" in base64
    assertThat(clean(Generator.JEKYLL, "---\ntitle: !!binary PGltZyBzcmM9eCBvbmVycm9yPWFsZXJ0KDEpPng=\n---\n"))
        .isEqualTo("---\ntitle: 'x'\n---\n");
  }

  @Test
  void everyOccurrenceIsCleanedSinceReadersDifferOnWhichCounts() throws Exception {
    assertThat(clean(Generator.JEKYLL, "---\ntitle: ok\ntitle: \"<i>late</i>\"\n---\n"))
        .isEqualTo("---\ntitle: ok\ntitle: 'late'\n---\n");
  }

  @Test
  void hugoReadsNamesInAnyCase() throws Exception {
    assertThat(clean(Generator.HUGO, "---\ntitle: t\nSummary: \"<i>s</i>\"\n---\n")).isEqualTo("---\ntitle: t\nSummary: 's'\n---\n");
    assertThat(clean(Generator.JEKYLL, "---\ntitle: t\nSummary: \"<i>s</i>\"\n---\n"))
        .as("Jekyll reads names as written").isEqualTo("---\ntitle: t\nSummary: \"<i>s</i>\"\n---\n");
  }

  @Test
  void anAliasIsCleanedWhereItStandsWhateverFieldItsAnchorIsOn() throws Exception {
    assertThat(clean(Generator.JEKYLL, "---\nnote: &n \"<b>n</b>\"\ntitle: *n\n---\n"))
        .isEqualTo("---\nnote: &n \"<b>n</b>\"\ntitle: 'n'\n---\n");
  }

  @Test
  void aMappingIsCleanedToItsText() throws Exception {
    assertThat(clean(Generator.JEKYLL, "---\ndescription: {a: \"<b>x</b>\", b: y}\n---\n"))
        .isEqualTo("---\ndescription: 'a x b y'\n---\n");
  }

  @Test
  void jsonKeepsANamesLastValueAndEachIsCleaned() throws Exception {
    assertThat(clean(Generator.HUGO, "{\"title\": \"ok\", \"title\": \"<b>late</b>\"}\n"))
        .isEqualTo("{\"title\": \"ok\", \"title\": \"late\"}\n");
  }

  @Test
  void markupAMergeKeyBringsInOrTomlHoldsFailsThePostSinceNeitherCanBeRewritten() throws Exception {
    Cleaner cleaner = new Cleaner(Profile.builtIn(), TextLossGuard.DEFAULT, Target.DEFAULT.withGenerator(Generator.HUGO));
    Cleaned merged = cleaner.clean("p.md", "---\nbase: &b\n  title: \"<b>x</b>\"\n<<: *b\n---\n" + BODY, List.of());
    assertThat(merged.output()).isEmpty();
    assertThat(merged.log().error()).contains("'title'").contains("merge key");
    Cleaned toml = cleaner.clean("p.md", "+++\ntitle = \"<b>x</b>\"\n+++\n" + BODY, List.of());
    assertThat(toml.output()).isEmpty();
    assertThat(toml.log().error()).contains("'title'").contains("TOML");
  }
}
