package dev.rinse.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rinse.SharedData;
import dev.rinse.article.Generator;
import dev.rinse.article.Target;
import dev.rinse.article.VisibleText;
import dev.rinse.changelog.Change;
import dev.rinse.changelog.ChangeKind;
import dev.rinse.cleaning.Cleaned;
import dev.rinse.cleaning.Cleaner;
import dev.rinse.cleaning.Completeness;
import dev.rinse.cleaning.TextLossGuard;
import dev.rinse.policy.ActiveContent;
import dev.rinse.rules.Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * rinse's output as the generators publish it: Hexo, Jekyll and Hugo, run for real, build sites from
 * the cleaned Sina corpus, the fixtures, a hostile set, a benign set and the XSS payloads (as Markdown
 * posts). Every post must build; no template code may run (a payload that writes a file, or prints a
 * marker, must not; the same payloads do in the originals); no post's rendered content may hold active
 * content for either HTML5 parser; a benign post's published text must be the original's published
 * text less what its log says was removed (for bodies read as HTML, the text rinse read in the input);
 * a clean Markdown post must come out byte for byte, and any other Markdown post may differ only on
 * lines its log cites. Without a generator installed its tests are skipped; in CI they fail instead.
 */
class PublishingTest {
  private static final Path POSTS = Path.of("src/test/resources/publishing");
  private static final String HEXO_MARKER_FILE = "template-code-ran";
  private static final List<String> CONTENT_MARKERS =
      List.of("JEKYLL-SITE-TITLE-MARKER", "JEKYLL-INCLUDED-FILE-MARKER", "HUGO-SHORTCODE-MARKER");

  @TempDir
  Path work;

  @TestFactory
  Stream<DynamicTest> hexo() throws Exception {
    return publish(Generator.HEXO);
  }

  @TestFactory
  Stream<DynamicTest> jekyll() throws Exception {
    return publish(Generator.JEKYLL);
  }

  @TestFactory
  Stream<DynamicTest> hugo() throws Exception {
    return publish(Generator.HUGO);
  }

  /** One post: where it comes from, its file name's extension, its text, and what cleaning it for the generator gave. */
  private record Post(String id, Kind kind, String extension, String original, Cleaned cleaned) {
    String fileName() {
      return id + extension;
    }

    String output() {
      return cleaned.output().orElseThrow(() -> new AssertionError(id + " failed: " + cleaned.log().error()));
    }
  }

  private enum Kind { SINA, FIXTURE, HOSTILE, BENIGN, XSS }

  private Stream<DynamicTest> publish(Generator generator) throws Exception {
    Site site = Site.of(generator);
    String missing = site.missing();
    if (missing != null && "true".equals(System.getenv("CI"))) {
      throw new AssertionError(generator.id() + " must run in CI: " + missing);
    }
    assumeTrue(missing == null, "skipped: " + missing);
    Cleaner cleaner = new Cleaner(Profile.builtIn(), TextLossGuard.DEFAULT, Target.DEFAULT.withGenerator(generator));
    List<Post> posts = posts(cleaner);
    Map<String, String> outputs = new LinkedHashMap<>();
    posts.stream().filter(p -> p.cleaned().output().isPresent()).forEach(p -> outputs.put(p.fileName(), p.output()));
    Site.Built cleaned = site.build(work.resolve("cleaned"), outputs);
    if (System.getenv("RINSE_KEEP_SITES") != null) {
      Site.copyTree(cleaned.root(), Path.of("target", "sites-" + generator.id())); // for a look at it
    }
    Map<String, String> benign = new LinkedHashMap<>();
    posts.stream().filter(p -> p.kind() == Kind.BENIGN).forEach(p -> benign.put(p.fileName(), p.original()));
    Site.Built originals = site.build(work.resolve("originals"), benign);
    Site.Built payload = site.build(work.resolve("payload"), Map.of("payload.md", payload(generator)));

    List<DynamicTest> tests = new ArrayList<>();
    tests.add(DynamicTest.dynamicTest("the site of cleaned posts builds", () ->
        assertThat(cleaned.succeeded()).as(cleaned.log()).isTrue()));
    List<String> published = posts.stream().filter(p -> p.cleaned().output().isPresent()).map(Post::id).toList();
    tests.add(DynamicTest.dynamicTest("every cleaned post is published (" + outputs.size() + ")", () ->
        assertThat(cleaned.content().keySet()).as(cleaned.log()).containsExactlyInAnyOrderElementsOf(published)));
    boolean payloadRan = ran(payload);
    boolean cleanedRan = ran(cleaned);
    tests.add(DynamicTest.dynamicTest("the hostile set's template payload runs in the original", () ->
        assertThat(payloadRan).as(payload.log()).isTrue()));
    tests.add(DynamicTest.dynamicTest("no template code runs in the cleaned site", () -> assertThat(cleanedRan).isFalse()));
    tests.add(DynamicTest.dynamicTest("only hostile posts fail, saying what the generator would do with them", () ->
        assertThat(posts).filteredOn(p -> p.cleaned().output().isEmpty())
            .allSatisfy(p -> assertThat(p.kind()).as(p.id() + ": " + p.cleaned().log().error()).isEqualTo(Kind.HOSTILE))
            .allSatisfy(p -> assertThat(p.cleaned().log().error()).as(p.id())
                .containsAnyOf("front matter", "front-matter", "build", generator.id()))));
    for (Post post : posts) {
      if (post.cleaned().output().isEmpty()) {
        continue; // failed, and so not published
      }
      String content = cleaned.content().get(post.id());
      // a whole HTML page's excerpt is the page, head and all: no theme prints it in another page's body
      String theme = post.extension().equals(".html") ? "" : printed(cleaned.theme().getOrDefault(post.id(), ""));
      tests.add(DynamicTest.dynamicTest(post.id() + ": no active content, in the post or in what a theme prints of it", () -> {
        assertThat(content).as(post.id() + " is published").isNotNull();
        for (String html : List.of(content, theme)) {
          assertThat(ActiveContent.find(html)).as(post.id() + " published:\n" + html).isEmpty();
          assertThat(ActiveContent.findWithValidatorNu(html)).as(post.id() + " published:\n" + html).isEmpty();
        }
      }));
      if (post.kind() == Kind.BENIGN) {
        tests.add(DynamicTest.dynamicTest(post.id() + ": published text is the original's less what was removed", () ->
            assertThat(Completeness.balance(post.id(), text(originals.content().get(post.id())), text(content),
                post.cleaned().log())).as(originals.log()).isEmpty()));
      }
      if (post.kind() == Kind.SINA) {
        tests.add(DynamicTest.dynamicTest(post.id() + ": published text is the text read less what was removed", () ->
            assertThat(Completeness.balance(post.id(), readText(cleaner, post), text(content), post.cleaned().log()))
                .isEmpty()));
      }
      if (post.id().startsWith("benign-clean-")) {
        tests.add(DynamicTest.dynamicTest(post.id() + ": a clean Markdown post comes out byte for byte", () -> {
          assertThat(post.output()).isEqualTo(post.original());
          assertThat(post.cleaned().log().changes()).isEmpty();
        }));
      } else if ((post.kind() == Kind.BENIGN || post.kind() == Kind.HOSTILE) && post.extension().equals(".md")
          && readsAsMarkdown(cleaner, post)) {
        tests.add(DynamicTest.dynamicTest(post.id() + ": every line that changed is cited by the log", () ->
            assertThat(ChangedLines.uncited(post.original(), post.output(), post.cleaned().log().changes()))
                .as(post.output()).isEmpty()));
      }
    }
    return tests.stream();
  }

  /** What the theme printed of a post, without the layout's own wrapper. */
  private static String printed(String theme) {
    String inner = theme.startsWith(Site.THEME) ? theme.substring(Site.THEME.length()) : theme;
    int end = inner.lastIndexOf("</rinse-theme>");
    return end < 0 ? inner : inner.substring(0, end);
  }

  /** Whether template code ran: Hexo's payload writes a file, Jekyll's and Hugo's print a marker. */

  private static boolean ran(Site.Built built) {
    return Files.exists(built.root().resolve(HEXO_MARKER_FILE))
        || built.content().values().stream().anyMatch(c -> CONTENT_MARKERS.stream().anyMatch(c::contains));
  }

  /** A post whose template code shows that it runs, for each generator. */
  private static String payload(Generator generator) throws IOException {
    return switch (generator) {
      case HEXO -> Files.readString(POSTS.resolve("hostile/nunjucks-code.md"));
      case JEKYLL -> Files.readString(POSTS.resolve("hostile/liquid-includes.md"));
      default -> "---\ntitle: payload\n---\nIn text {{< marker >}}.\n";
    };
  }

  private static String text(String html) {
    return html == null ? "" : VisibleText.of(Jsoup.parseBodyFragment(html).body());
  }

  private static boolean readsAsMarkdown(Cleaner cleaner, Post post) {
    return new dev.rinse.article.ArticleParser(cleaner.target()).parse(post.fileName(), post.original()).markdown().isPresent();
  }

  /** The visible text rinse read in a post's input: what its log accounts against. */
  private static String readText(Cleaner cleaner, Post post) {
    var article = new dev.rinse.article.ArticleParser(cleaner.target()).parse(post.fileName(), post.original());
    return VisibleText.of(article.document().body());
  }

  private static List<Post> posts(Cleaner cleaner) throws IOException {
    List<Post> posts = new ArrayList<>();
    for (Path sina : SharedData.optional("corpus/sina-rsshub").stream().toList()) {
      int n = 0;
      for (Path file : markdownFiles(sina)) {
        posts.add(post(cleaner, String.format("sina-%02d", ++n), Kind.SINA, ".md", Files.readString(file)));
      }
    }
    try (Stream<Path> inputs = Files.walk(Path.of("fixtures"))) {
      for (Path input : inputs.filter(f -> f.getFileName().toString().equals("input.md")).sorted().toList()) {
        posts.add(post(cleaner, "fixture-" + input.getParent().getFileName().toString().replace('.', '-'), Kind.FIXTURE,
            ".md", Files.readString(input)));
      }
    }
    for (Path file : postFiles(POSTS.resolve("hostile"))) {
      posts.add(post(cleaner, "hostile-" + stem(file), Kind.HOSTILE, extension(file), Files.readString(file)));
    }
    for (Path file : postFiles(POSTS.resolve("benign"))) {
      posts.add(post(cleaner, "benign-" + stem(file), Kind.BENIGN, extension(file), Files.readString(file)));
    }
    for (Path xss : SharedData.optional("xss").stream().toList()) {
      int n = 0;
      for (Path file : jsonFiles(xss)) {
        for (JsonNode payload : new ObjectMapper().readTree(file.toFile())) {
          String text = "---\ntitle: payload " + (n + 1) + "\n---\n" + payload.get("payload").asText() + "\n";
          posts.add(post(cleaner, String.format("xss-%04d", ++n), Kind.XSS, ".md", text));
        }
      }
    }
    return posts;
  }

  private static Post post(Cleaner cleaner, String id, Kind kind, String extension, String text) {
    return new Post(id, kind, extension, text, cleaner.clean(id + extension, text, List.of()));
  }

  private static List<Path> markdownFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
    }
  }

  /** Markdown posts and HTML pages. */
  private static List<Path> postFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".html")).sorted().toList();
    }
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    return name.substring(name.lastIndexOf('.'));
  }

  private static List<Path> jsonFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }

  /** Lines of the input that differ in the output, and whether the log cites them. */
  static final class ChangedLines {
    private ChangedLines() {}

    /**
     * The input lines that changed (by a line diff) with no change recorded on them. Blank lines are
     * left out: a removed block leaves the blank lines that stood around it.
     */
    static List<Integer> uncited(String input, String output, List<Change> changes) {
      List<String> before = List.of(input.replace("\r\n", "\n").split("\n", -1));
      List<String> after = List.of(output.split("\n", -1));
      var patch = com.github.difflib.DiffUtils.diff(before, after);
      List<Integer> uncited = new ArrayList<>();
      for (var delta : patch.getDeltas()) {
        if (delta.getSource().getLines().stream().allMatch(String::isBlank)
            && delta.getTarget().getLines().stream().allMatch(String::isBlank)) {
          continue;
        }
        int first = delta.getSource().getPosition() + 1;
        int last = first + Math.max(0, delta.getSource().size() - 1);
        boolean cited = changes.stream().anyMatch(change -> cites(change, first, last));
        if (!cited) {
          uncited.add(first);
        }
      }
      return uncited;
    }

    private static boolean cites(Change change, int first, int last) {
      if (change.action() == ChangeKind.FLAG || change.line() == 0) {
        return false;
      }
      int from = change.line();
      int to = from + (int) change.removed().text().chars().filter(c -> c == '\n').count();
      if (change.action() == ChangeKind.REWRITE_FENCES || change.action() == ChangeKind.SET_FRONT_MATTER_FIELD) {
        from = 1; // the front matter, which such a change rewrites or adds a line to
        to = Math.max(to, change.line() + 1);
      }
      return from <= last + 1 && to >= first - 1;
    }
  }
}
