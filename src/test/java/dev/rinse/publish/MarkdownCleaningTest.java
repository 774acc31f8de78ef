package dev.rinse.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rinse.article.BodyMode;
import dev.rinse.article.Generator;
import dev.rinse.article.Target;
import dev.rinse.changelog.Change;
import dev.rinse.changelog.ChangeKind;
import dev.rinse.cleaning.Cleaned;
import dev.rinse.cleaning.Cleaner;
import dev.rinse.cleaning.Completeness;
import dev.rinse.cleaning.TextLossGuard;
import dev.rinse.policy.ActiveContent;
import dev.rinse.policy.RenderedOutput;
import dev.rinse.rules.Profile;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Markdown bodies end to end: what stays as written, what is cleaned, and how HTML is written back. */
class MarkdownCleaningTest {
  private static final String FRONT = "---\ntitle: t\n---\n";

  private static Cleaned clean(Generator generator, String body) throws Exception {
    Cleaner cleaner = new Cleaner(Profile.builtIn(), TextLossGuard.DEFAULT,
        Target.DEFAULT.withGenerator(generator).withBody(BodyMode.MARKDOWN));
    Cleaned cleaned = cleaner.clean("p.md", FRONT + body, List.of());
    String output = cleaned.output().orElseThrow(() -> new AssertionError(cleaned.log().error()));
    assertThat(new Completeness(cleaner.target()).check("p.md", FRONT + body, output, cleaned.log())).isEmpty();
    assertThat(cleaner.clean("p.md", output, List.of()).output()).as("idempotence").contains(output);
    return cleaned;
  }

  private static String body(Cleaned cleaned) {
    return cleaned.output().orElseThrow().substring(FRONT.length());
  }

  /** The changes made, less flags (a short test post is flagged as short). */
  private static List<Change> changes(Cleaned cleaned) {
    return cleaned.log().changes().stream().filter(c -> c.action() != ChangeKind.FLAG).toList();
  }

  @Test
  void unchangedHtmlIsWrittenAsItStandsAndChangedHtmlAsTheSanitizerWritesIt() throws Exception {
    Cleaned cleaned = clean(Generator.HEXO, "<DIV>\n<p>kept <br> as is</p>\n</DIV>\n\n<p id=a style='c'>changed</p>\n");
    assertThat(body(cleaned)).isEqualTo("<DIV>\n<p>kept <br> as is</p>\n</DIV>\n\n<p>changed</p>\n");
  }

  @Test
  void inlineHtmlThatARemovalLeftEmptyGoesAndTheMarkdownAroundItStays() throws Exception {
    Cleaned cleaned = clean(Generator.HEXO,
        "Read *this* <span class=\"ad\"><a href=\"https://www.taboola.com/x\">**sponsored**</a></span> on.\n");
    assertThat(body(cleaned)).isEqualTo("Read *this*  on.\n");
    assertThat(changes(cleaned)).extracting(Change::rule, Change::line, Change::column)
        .containsExactly(tuple("core.ad-links", 4, 30), tuple("normalize.empty", 4, 13));
  }

  @Test
  void aLazyImageInInlineHtmlGetsItsSource() throws Exception {
    Cleaned cleaned = clean(Generator.HEXO,
        "An icon <img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==\" "
            + "data-src=\"/icons/i.png\" alt=\"i\"> in a sentence.\n");
    assertThat(body(cleaned)).isEqualTo("An icon <img src=\"/icons/i.png\" alt=\"i\" /> in a sentence.\n");
    assertThat(changes(cleaned)).extracting(Change::rule, Change::action).containsExactly(
        tuple("normalize.lazy-image", ChangeKind.STRIP_ATTRIBUTE), tuple("normalize.lazy-image", ChangeKind.REWRITE_ATTRIBUTE),
        tuple("publish.markup", ChangeKind.REWRITE_HTML));
  }

  @Test
  void removingAnElementRemovesTheMarkdownInsideIt() throws Exception {
    Cleaned cleaned = clean(Generator.HEXO, "Before.\n\n<div hidden>\n\n## Ad\n\n[Get it](https://x.example/)\n\n</div>\n\nAfter.\n");
    assertThat(body(cleaned)).isEqualTo("Before.\n\n\nAfter.\n");
    assertThat(changes(cleaned)).singleElement().satisfies(change -> {
      assertThat(change.rule()).isEqualTo("core.hidden-elements");
      assertThat(change.text()).contains("Ad").contains("Get it");
      assertThat(change.line()).isEqualTo(6);
    });
  }

  @Test
  void htmlInABlockQuoteKeepsTheQuotesMarkersWhenRewritten() throws Exception {
    Cleaned cleaned = clean(Generator.HEXO, "> <div style=\"x\">\n> <p>a</p>\n> </div>\n");
    assertThat(body(cleaned)).isEqualTo("> <div>\n> <p>a</p>\n> </div>\n");
  }

  @Test
  void contentTheParserMovesOutOfATableIsWrittenAsSanitized() throws Exception {
    Cleaned cleaned = clean(Generator.HEXO, "<table>\n<tr><td>cell</td></tr>\n\n*moved*\n\n</table>\n");
    assertThat(body(cleaned)).contains("*moved*").contains("<td>cell</td>");
    assertThat(body(cleaned).indexOf("*moved*")).as("the parser moved it before the table, as a browser does")
        .isLessThan(body(cleaned).indexOf("<table>"));
  }

  @Test
  void linkDestinationsAreRewrittenWhereTheyAreWritten() throws Exception {
    Cleaned cleaned = clean(Generator.HEXO, "[a](<https://x.example/a b?utm_source=1> \"T\") [b](https://x.example/(c)?gclid=2)\n"
        + "<https://x.example/?fbclid=3&k=v> https://x.example/d?utm_medium=4\n");
    assertThat(body(cleaned)).isEqualTo("[a](<https://x.example/a b> \"T\") [b](https://x.example/(c))\n"
        + "<https://x.example/?k=v> https://x.example/d\n");
    assertThat(changes(cleaned)).extracting(Change::text)
        .containsExactly("", "", "fbclid=3&", "?utm_medium=4"); // an autolink's URL is its text
  }

  @Test
  void codeIsNeverCleanedButWrittenAsHtmlWhereARendererCouldReadItOtherwise() throws Exception {
    String fenced = "```html\n<iframe src=\"javascript:alert(1)\"></iframe>\n```\n";
    String body = "`<script>x</script>` and\n\n" + fenced + "\n    <style>p{}</style> [x](javascript:y)\n";
    Cleaned cleaned = clean(Generator.NONE, body);
    assertThat(body(cleaned)).as("a fenced block after a blank line is code for every renderer").contains(fenced)
        .contains("<code>&lt;script&gt;x&lt;/script&gt;</code> and")
        .contains("<pre><code>&lt;style&gt;p&#123;&#125;&lt;/style&gt; &#91;x&#93;(javascript:y)&#10;</code></pre>");
    assertThat(changes(cleaned)).extracting(Change::rule).containsOnly("publish.markup");
    assertThat(Jsoup.parse(RenderedOutput.html("p.md", cleaned.output().orElseThrow())).text())
        .isEqualTo(Jsoup.parse(RenderedOutput.html("p.md", FRONT + body)).text());
  }

  @Test
  void aTagCutByABlankLineIsClosedSoTheMarkdownAfterItIsReadOnItsOwn() throws Exception {
    Cleaned cleaned = clean(Generator.HEXO, "<div title=\"a\n\nb\" onmouseover=\"alert(1)\">x</div>\n");
    String rendered = RenderedOutput.html("p.md", cleaned.output().orElseThrow());
    assertThat(ActiveContent.find(rendered)).as(rendered).isEmpty();
    assertThat(rendered).contains("&lt;div title=");
    assertThat(cleaned.log().warnings()).anyMatch(w -> w.contains("HTML ends inside a tag"));
  }

  @Test
  void hugoShortcodesInCodeGetCommentMarkersAndUnclosableOnesMakeTheCodeHtml() throws Exception {
    Cleaned cleaned = clean(Generator.HUGO, "`{{< x >}}` `{{% y` and {{< z >}}\n");
    assertThat(body(cleaned)).isEqualTo("`{{</* x */>}}` <code>&#123;&#123;% y</code> and &#123;{< z >}}\n");
    assertThat(changes(cleaned)).extracting(Change::rule).containsOnly("publish.template");
  }

  @Test
  void templateSwitchesAreSetOnlyWhenTheBodyHoldsTemplateSyntax() throws Exception {
    assertThat(clean(Generator.HEXO, "plain {text} and { % } \n").output().orElseThrow()).doesNotContain("disableNunjucks");
    assertThat(clean(Generator.HEXO, "a {# comment #}\n").output().orElseThrow()).contains("disableNunjucks: true");
    assertThat(clean(Generator.JEKYLL, "a {# not liquid #}\n").output().orElseThrow()).doesNotContain("render_with_liquid");
    assertThat(clean(Generator.JEKYLL, "a {%- raw -%}\n").output().orElseThrow()).contains("render_with_liquid: false");
  }

  @Test
  void anExistingSwitchIsTurnedOrKept() throws Exception {
    Cleaner cleaner = new Cleaner(Profile.builtIn(), TextLossGuard.DEFAULT, Target.DEFAULT);
    Cleaned off = cleaner.clean("p.md", "---\ntitle: t\ndisableNunjucks: false\n---\n{{ x }}\n", List.of());
    assertThat(off.output().orElseThrow()).startsWith("---\ntitle: t\ndisableNunjucks: true\n---\n");
    Cleaned on = cleaner.clean("p.md", "---\ntitle: t\ndisableNunjucks: true\n---\n{{ x }}\n", List.of());
    assertThat(changes(on)).isEmpty();
  }

  @Test
  void aPostWhoseFrontMatterCannotTakeTheSwitchFailsWithTheReason() throws Exception {
    Cleaner cleaner = new Cleaner(Profile.builtIn(), TextLossGuard.DEFAULT, Target.DEFAULT.withGenerator(Generator.JEKYLL));
    Cleaned cleaned = cleaner.clean("p.md", "---\ntitle: [unclosed\n---\n{{ site.title }}\n", List.of());
    assertThat(cleaned.output()).isEmpty();
    assertThat(cleaned.log().error()).contains("would run as Liquid template code").contains("cannot be edited");
  }

  @Test
  void hexoJsonFrontMatterTakesTheSwitchInsideItsBraces() throws Exception {
    Cleaner cleaner = new Cleaner(Profile.builtIn(), TextLossGuard.DEFAULT, Target.DEFAULT);
    Cleaned cleaned = cleaner.clean("p.md", "\"title\": \"j\"\n;;;\n{{ x }}\n", List.of());
    assertThat(cleaned.output().orElseThrow()).startsWith("---\n{disableNunjucks: true, \"title\": \"j\"}\n---\n");
  }

  @Test
  void excerptMarkersStayWhereTheyStandWhileOtherCommentsGo() throws Exception {
    Cleaned markdown = clean(Generator.HEXO, "First paragraph.\n\n<!-- more -->\n\n<!-- editor's note -->\nRest.\n");
    assertThat(body(markdown)).isEqualTo("First paragraph.\n\n<!-- more -->\n\nRest.\n");
    Cleaner cleaner = new Cleaner(Profile.builtIn(), TextLossGuard.DEFAULT, Target.DEFAULT.withGenerator(Generator.HUGO));
    Cleaned html = cleaner.clean("p.md", FRONT + "<p>First.</p>\n<!--more-->\n<div><!-- ad --><p>Rest.</p></div>\n", List.of());
    assertThat(html.output().orElseThrow()).contains("<p>First.</p>\n<!--more-->\n<div><p>Rest.</p></div>");
    assertThat(changes(html)).extracting(Change::text, Change::rule).containsExactly(tuple("", "core.comments"));
  }

  @Test
  void theLogHoldsAUrlsBytesAsWrittenAndBareWwwLinksAreCleanedToo() throws Exception {
    Cleaned cleaned = clean(Generator.HEXO, "[a](https://x.example/?utm_source=1&amp;b=2) and www.y.example/?gclid=3 here\n");
    assertThat(body(cleaned)).isEqualTo("[a](https://x.example/?b=2) and www.y.example/ here\n");
    assertThat(changes(cleaned)).extracting(change -> change.removed().text(), Change::after).containsExactly(
        tuple("https://x.example/?utm_source=1&amp;b=2", "https://x.example/?b=2"),
        tuple("www.y.example/?gclid=3", "www.y.example/"));
  }

  @Test
  void aTaskListsBoxIsWrittenAsTextNotAFormControl() throws Exception {
    Cleaned cleaned = clean(Generator.HEXO, "- [ ] open\n- [x] done\n- > - [\t] nested\n-\n  [ ] on the next line\n");
    assertThat(body(cleaned)).isEqualTo("- &#91; ] open\n- &#91;x] done\n- > - &#91;\t] nested\n-\n  &#91; ] on the next line\n");
    assertThat(RenderedOutput.html("p.md", cleaned.output().orElseThrow())).doesNotContain("<input");
  }

  @Test
  void aCharacterReferenceToAPrivateUseCharacterCannotPassForAMarker() throws Exception {
    String body = "x\" onmouseover=\"alert(1)\" y=\" *em*\n\n<p>Some <span title=\"&#xE000;0&#xE000;&#xE001;~more~\" onclick=\"x\">b</span>"
        + " here.</p>\n\nFinal <b title=\"z\">w</b> *em*\n";
    Cleaned cleaned = clean(Generator.HUGO, body);
    assertThat(body(cleaned)).contains("<span title=\"\uE000\u0030\uE000\uE001~more~\">b</span>").doesNotContain("<!--more-->");
  }

  @Test
  void rawHtmlWhoseAttributesHoldWhatTextFiltersActOnIsWrittenAsTheSanitizerWritesIt() throws Exception {
    String body = "Text <a title=\"x href='http://e.com/' y\" href=\"/local\">z</a> and <span title=\"<!--more-->\">b</span> end\n";
    Cleaned cleaned = clean(Generator.HEXO, body);
    assertThat(body(cleaned)).doesNotContain("href='").doesNotContain("<!--more-->");
    assertThat(changes(cleaned)).extracting(Change::action).containsOnly(ChangeKind.REWRITE_HTML);
  }

  @Test
  void forJekyllALineThatOpensANonSpanElementTakesTheCodeAfterItAsHtml() throws Exception {
    Cleaned cleaned = clean(Generator.JEKYLL, "text\n<s>\n\n```\n<img src=\"x\" onerror=\"alert(1)\">\n```\n\n</s>\n");
    assertThat(body(cleaned)).doesNotContain("onerror");
  }

  @Test
  void aDefinitionAfterAListMarkerWithARefusedUrlLosesItsBracket() throws Exception {
    // CommonMark takes no definition with text after its URL; kramdown and marked take this one in a list item
    Cleaned cleaned = clean(Generator.JEKYLL, "- [a]: javascript:alert(1)// x\n\n[click][a]\n");
    assertThat(body(cleaned)).startsWith("- [a&#93;: javascript:alert(1)// x\n");
  }

  @Test
  void markdownNestedTooDeepIsWrittenAsOneHtmlBlock() throws Exception {
    Cleaned cleaned = clean(Generator.HEXO, "- ".repeat(100) + "a\n");
    assertThat(body(cleaned).strip()).startsWith("<div>\n- - - ").endsWith("a\n</div>");
    assertThat(RenderedOutput.html("p.md", cleaned.output().orElseThrow())).doesNotContain("<li>");
  }

  @Test
  void codeThatJekyllsExcerptCutsIsWrittenAsHtmlForJekyllOnly() throws Exception {
    String body = "```\n<b>one</b>\n\ntwo\n```\n\nRest of the post.\n";
    assertThat(body(clean(Generator.JEKYLL, body))).isEqualTo("<pre><code>&lt;b&gt;one&lt;/b&gt;&#10;&#10;two&#10;</code></pre>\n"
        + "\nRest of the post.\n");
    assertThat(body(clean(Generator.HEXO, body))).isEqualTo(body);
  }

  @Test
  void aFenceOnlyHexosFilterSeesLosesItsBackticks() throws Exception {
    String body = "*```\n\n```\n<img src=\"x\">\n```\n";
    assertThat(body(clean(Generator.HEXO, body))).startsWith("*&#96;&#96;&#96;\n\n```\n");
    assertThat(body(clean(Generator.HUGO, body))).startsWith("*```\n\n```\n");
  }

  @Test
  void aLineLeftStartingAParagraphIsNotMadeCodeByItsIndent() throws Exception {
    Cleaned cleaned = clean(Generator.HEXO, "Intro.\n\n<select><option>a</option></select>\n        continued text\n");
    assertThat(body(cleaned)).isEqualTo("Intro.\n\n\ncontinued text\n");
    assertThat(changes(cleaned)).filteredOn(change -> change.rule().equals("publish.markup")).singleElement()
        .satisfies(change -> {
          assertThat(change.removed().text()).isEqualTo("        ");
          assertThat(change.line()).isEqualTo(7); // the front matter takes three
          assertThat(change.column()).isEqualTo(1);
        });
  }

  @Test
  void codeThatWasCodeKeepsItsIndent() throws Exception {
    Cleaned cleaned = clean(Generator.HEXO, "Intro.\n\n<select><option>a</option></select>\n\n    code\n");
    assertThat(body(cleaned)).endsWith("\n\n    code\n");
  }

  @Test
  void codeWrittenAsTextWhereThePolicyKeepsNoCodeElementOpensNoTagWithATextBeforeIt() throws Exception {
    Cleaner strict = new Cleaner(Profile.builtIn().withPolicy(new dev.rinse.rules.PolicyLoader().builtIn("strict")),
        TextLossGuard.DEFAULT, Target.DEFAULT.withGenerator(Generator.HEXO).withBody(BodyMode.MARKDOWN));
    // the code span holds a tag, so it is written as HTML; strict keeps no <code>, so as its text alone
    String input = FRONT + "<`div title=\"a\"><b>x</b>`</div>\n";
    String output = strict.clean("p.md", input, List.of()).output().orElseThrow();
    assertThat(output).doesNotContain("<code>").contains("<&#100;iv title=&quot;a&quot;&gt;&lt;b&gt;x");
    assertThat(ActiveContent.find(RenderedOutput.html("p.md", output))).isEmpty();
    assertThat(strict.clean("p.md", output, List.of()).output()).as("idempotence").contains(output);
  }
}
