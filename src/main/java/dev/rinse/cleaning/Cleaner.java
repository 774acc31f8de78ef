package dev.rinse.cleaning;

import dev.rinse.article.Article;
import dev.rinse.article.BodyMode;
import dev.rinse.article.ArticleParser;
import dev.rinse.article.Container;
import dev.rinse.article.FrontMatter;
import dev.rinse.article.MarkdownBody;
import dev.rinse.article.Target;
import dev.rinse.article.Where;
import dev.rinse.changelog.Change;
import dev.rinse.changelog.Citations;
import dev.rinse.changelog.Cited;
import dev.rinse.changelog.ChangeKind;
import dev.rinse.changelog.ChangeRecorder;
import dev.rinse.changelog.Failure;
import dev.rinse.changelog.FileLog;
import dev.rinse.normalize.EmptyLeftovers;
import dev.rinse.normalize.KeepEmpty;
import dev.rinse.normalize.LazyImages;
import dev.rinse.policy.Policy;
import dev.rinse.policy.PolicyStage;
import dev.rinse.publish.PublishException;
import dev.rinse.publish.Publisher;
import dev.rinse.rules.FileRun;
import dev.rinse.rules.Pack;
import dev.rinse.rules.Profile;
import dev.rinse.rules.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;

/**
 * Cleans one article held in memory: parse, give lazy-loaded images their source, apply the profile's
 * rules in order, remove what their removals left empty, normalize, enforce the policy, and account
 * for every change. Use one instance for a whole run; it is immutable and thread-safe. A file that
 * cannot be cleaned yields an error log, never an exception.
 */
public final class Cleaner {
  private final Profile profile;
  private final TextLossGuard guard;
  private final Target target;
  /** Each policy a document may get, compiled once for the run, with the publisher that keeps to its URL schemes. */
  private final Map<Policy, Stage> stages = new HashMap<>();
  private final ArticleParser parser;
  /** The parser for bodies that auto-detection reads as Markdown but whose cleaned Markdown is all HTML. */
  private final ArticleParser htmlParser;
  /** The ids of the rules whose removals the guard does not count ({@code expect-loss: true}). */
  private final Set<String> expectLoss;
  private final LazyImages lazyImages = new LazyImages();

  public Cleaner(Profile profile) {
    this(profile, TextLossGuard.DEFAULT);
  }

  public Cleaner(Profile profile, TextLossGuard guard) {
    this(profile, guard, Target.DEFAULT);
  }

  /** @param target the generator the output is for, how bodies are read, which fields themes print as HTML */
  public Cleaner(Profile profile, TextLossGuard guard, Target target) {
    this.profile = Objects.requireNonNull(profile, "profile");
    this.guard = Objects.requireNonNull(guard, "guard");
    this.target = Objects.requireNonNull(target, "target");
    for (Policy policy : profile.policies()) {
      PolicyStage stage = new PolicyStage(policy.spec());
      stages.put(policy, new Stage(stage, new Publisher(target, stage.protocols(), policy.spec().elements()),
          new EmptyLeftovers(new KeepEmpty(Set.copyOf(policy.spec().keepEmpty())))));
    }
    this.parser = new ArticleParser(target);
    this.htmlParser = new ArticleParser(target.withBody(BodyMode.HTML));
    this.expectLoss = profile.rules().allRules().stream().filter(Rule::expectLoss)
        .map(rule -> rule.id().value()).collect(Collectors.toUnmodifiableSet());
  }

  public Target target() {
    return target;
  }

  public Profile profile() {
    return profile;
  }

  public TextLossGuard guard() {
    return guard;
  }

  /**
   * Cleans the text of a UTF-8 file; its changes cite the bytes they removed as that file's.
   *
   * @param name the file's path relative to its input root, as the log names it
   * @param text the decoded text
   * @param warnings what decoding guessed or replaced, carried into the log
   */
  public Cleaned clean(String name, String text, List<String> warnings) {
    return clean(name, text, warnings, Citations.utf8(text));
  }

  /**
   * Cleans one file's text.
   *
   * @param name the file's path relative to its input root, as the log names it
   * @param text the decoded text
   * @param warnings what decoding guessed or replaced, carried into the log
   * @param citations where in the file's bytes the text's characters are, for the changes to cite
   */
  public Cleaned clean(String name, String text, List<String> warnings, Citations citations) {
    return clean(name, text, warnings, citations, null);
  }

  /**
   * Cleans one file's text, known to come from {@code sourceHost} (a crawl's record says so), whatever
   * the document itself says.
   */
  public Cleaned clean(String name, String text, List<String> warnings, Citations citations, String sourceHost) {
    Pass pass = clean(name, text, warnings, parser, citations, sourceHost);
    Cleaned cleaned = pass.cleaned();
    if (target.body() == BodyMode.AUTO && cleaned.output().isPresent() && pass.markdown()
        && parser.parse(name, cleaned.output().get()).markdown().isEmpty()) {
      // The Markdown left holds nothing but HTML, which is read as an HTML body next time: it is written
      // as one now, so that cleaning the output again changes nothing. Its content is clean already, so
      // this changes its form only (the sanitizer's serialization); the log is the first pass's.
      Cleaned asHtml = clean(name, cleaned.output().get(), List.of(), htmlParser, Citations.utf8(""), sourceHost).cleaned();
      boolean formOnly = asHtml.output().isPresent()
          && asHtml.log().changes().stream().allMatch(change -> change.action() == ChangeKind.FLAG);
      return formOnly ? new Cleaned(asHtml.output(), cleaned.log(), cleaned.packs()) : cleaned;
    }
    return cleaned;
  }

  /** One cleaning of a text, and whether its body was read as Markdown. */
  private record Pass(Cleaned cleaned, boolean markdown) {
  }

  private Pass clean(String name, String text, List<String> warnings, ArticleParser reader, Citations citations,
      String sourceHost) {
    ChangeRecorder recorder = new ChangeRecorder();
    warnings.forEach(recorder::warn);
    try {
      Parts parts = sanitized(name, text, recorder, reader, sourceHost);
      String output = write(name, parts, recorder);
      List<Change> changes = citations.cite(recorder.changes());
      FileLog.TextStats stats = new FileLog.TextStats(parts.textBefore(), TextLossGuard.removedText(changes));
      List<String> allWarnings = new ArrayList<>(guard.warnings(stats, changes, expectLoss));
      allWarnings.addAll(recorder.warnings());
      return new Pass(new Cleaned(Optional.of(output), FileLog.cleaned(name, changes, allWarnings, citations.charset().name(), stats),
          parts.packs().stream().map(Pack::name).toList()), parts.markdown() != null);
    } catch (OutOfMemoryError e) {
      return failed(name, recorder, Failure.OUT_OF_MEMORY, "cannot clean: out of memory (" + e.getMessage()
          + "); a file needs up to twelve times its size of heap: give the JVM more (java -Xmx1g)");
    } catch (PublishException e) {
      return failed(name, recorder, Failure.UNPUBLISHABLE, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return failed(name, recorder, Failure.INTERNAL, "cannot clean: " + e);
    }
  }

  /**
   * What the output is put together from: no DOM, which a large file cannot afford to keep meanwhile.
   * A Markdown body keeps what it was read as, and its HTML's markup as read (null for HTML bodies).
   */
  private record Parts(Container container, FrontMatter frontMatter, PolicyStage.Markup markup, List<Pack> packs,
      int textBefore, MarkdownBody markdown, PolicyStage.AsRead asRead, char marker, Publisher publisher) {}

  /** A policy compiled for the run, the publisher that keeps to its URL schemes, and what it keeps when emptied. */
  private record Stage(PolicyStage policy, Publisher publisher, EmptyLeftovers emptyLeftovers) {}

  /** Parses the text, applies the rules and the policy; the article and its DOM end here. */
  private Parts sanitized(String name, String text, ChangeRecorder recorder, ArticleParser reader, String sourceHost) {
    Article article = reader.parse(name, text);
    if (sourceHost != null) {
      article.cameFrom(sourceHost);
    }
    article.problems().forEach(recorder::warn);
    article.frontMatter().flatMap(f -> f.problem()).ifPresent(recorder::warn);
    article.frontMatter().ifPresent(frontMatter -> frontMatter.rewrittenFrom().ifPresent(original ->
        recorder.record(new Change.FenceRewrite(Publisher.FRONT_MATTER_RULE, Cited.of(original), frontMatter.original()))));
    PolicyStage.AsRead asRead = article.markdown().isPresent() ? PolicyStage.asRead(article) : null;
    FileRun run = new FileRun(article, recorder); // it reads the document when first asked, after the images below
    List<Pack> packs = profile.rules().packsFor(run);
    lazyImages.normalize(article, recorder); // before the rules, which judge the image a reader sees
    Stage stage = stages.get(profile.policyFor(packs));
    int textBefore = applyRules(packs, run, stage.emptyLeftovers(), recorder);
    PolicyStage.Markup markup = stage.policy().sanitize(article, recorder);
    return new Parts(article.container(), article.frontMatter().orElse(null), markup, packs, textBefore,
        article.markdown().orElse(null), asRead, article.markerCharacterIfUsed(), stage.publisher());
  }

  /** The output file's text: the body as the publisher writes it, in the file's container. */
  private String write(String name, Parts parts, ChangeRecorder recorder) {
    Publisher publisher = parts.publisher();
    boolean markdownFile = !isHtmlFile(name);
    Publisher.Body body = parts.markdown() != null
        ? publisher.markdownBody(parts.markdown(), parts.asRead(), parts.markup().body(), parts.frontMatter(), recorder)
        : new Publisher.Body(publisher.htmlBody(parts.markup().body(), markdownFile, parts.marker(), recorder), offset -> Where.UNKNOWN);
    String text = body.text();
    return switch (parts.container()) {
      case POST -> {
        String block = publisher.frontMatter(parts.frontMatter(), body, parts.markdown() != null, recorder);
        block = lineFeeds(block.endsWith("\n") ? block : block + "\n");
        if (parts.markdown() != null) {
          yield block + text; // the Markdown as written: no blank line added after the front matter, no line end at its end
        }
        yield text.isEmpty() ? block : block + "\n" + text + "\n";
      }
      case PAGE -> publisher.page(PolicyStage.page(parts.markup(), text));
      case FRAGMENT -> (markdownFile ? publisher.frontMatterFor(body, recorder) : "")
          + (parts.markdown() != null ? text : withLineEnd(text));
    };
  }

  private static String lineFeeds(String text) {
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static String withLineEnd(String text) {
    return text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
  }

  private static boolean isHtmlFile(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith(".html") || lower.endsWith(".htm");
  }

  /**
   * Applies the packs' rules in order, then removes what their removals left empty; returns the body's
   * visible text as read. The rules' view of the file ends here: its index of the document as read
   * holds every element, removed ones too, and a large file's removed elements must not stay in memory
   * while the policy stage builds the output.
   */
  private int applyRules(List<Pack> packs, FileRun run, EmptyLeftovers emptyLeftovers, ChangeRecorder recorder) {
    Article article = run.article();
    int textBefore = run.visibleTextAsRead();
    for (Pack pack : packs) {
      for (Rule rule : pack.rulesFor(run)) {
        if (Thread.currentThread().isInterrupted()) {
          throw new CancellationException("the file's time ran out"); // its FileTimeout gave up on it
        }
        rule.apply(run);
      }
    }
    emptyLeftovers.remove(article, run.reduced(), recorder);
    article.reshaped(); // its remembered paths and counts may name removed elements too
    return textBefore;
  }

  private static Pass failed(String name, ChangeRecorder recorder, Failure failure, String message) {
    return new Pass(new Cleaned(Optional.empty(), FileLog.failed(name, recorder.warnings(), failure, message), List.of()),
        false);
  }
}
