package dev.rinse.cleaning;

import dev.rinse.article.Article;
import dev.rinse.article.ArticleParser;
import dev.rinse.article.Container;
import dev.rinse.article.FrontMatter;
import dev.rinse.article.VisibleText;
import dev.rinse.changelog.Change;
import dev.rinse.changelog.ChangeKind;
import dev.rinse.changelog.ChangeRecorder;
import dev.rinse.changelog.FileLog;
import dev.rinse.normalize.Entities;
import dev.rinse.policy.PolicyStage;
import dev.rinse.rules.FileRun;
import dev.rinse.rules.Pack;
import dev.rinse.rules.Profile;
import dev.rinse.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Cleans one article held in memory: parse, apply the profile's rules in order, normalize, enforce the
 * policy, and account for every change. Use one instance for a whole run; it is immutable and
 * thread-safe. A file that cannot be cleaned yields an error log, never an exception.
 */
public final class Cleaner {
  private final Profile profile;
  private final TextLossGuard guard;
  private final PolicyStage policy;
  private final ArticleParser parser = new ArticleParser();

  public Cleaner(Profile profile) {
    this(profile, TextLossGuard.DEFAULT);
  }

  public Cleaner(Profile profile, TextLossGuard guard) {
    this.profile = Objects.requireNonNull(profile, "profile");
    this.guard = Objects.requireNonNull(guard, "guard");
    this.policy = new PolicyStage(profile.policy());
  }

  public Profile profile() {
    return profile;
  }

  public TextLossGuard guard() {
    return guard;
  }

  /**
   * Cleans one file's text.
   *
   * @param name the file's path relative to its input root, as the log names it
   * @param text the decoded text
   * @param warnings what decoding guessed or replaced, carried into the log
   */
  public Cleaned clean(String name, String text, List<String> warnings) {
    ChangeRecorder recorder = new ChangeRecorder();
    warnings.forEach(recorder::warn);
    try {
      Parts parts = sanitized(name, text, recorder);
      String body = Entities.readable(parts.markup().body()).strip();
      String output = switch (parts.container()) {
        case POST -> post(parts.frontMatter(), body);
        case PAGE -> PolicyStage.page(parts.markup(), body);
        case FRAGMENT -> body.isEmpty() ? "" : body + "\n";
      };
      List<Change> changes = recorder.changes();
      FileLog.TextStats stats = new FileLog.TextStats(parts.textBefore(), removedText(changes));
      List<String> allWarnings = new ArrayList<>(guard.warnings(stats, changes));
      allWarnings.addAll(recorder.warnings());
      return new Cleaned(Optional.of(output), FileLog.cleaned(name, changes, allWarnings, stats),
          parts.packs().stream().map(Pack::name).toList());
    } catch (OutOfMemoryError e) {
      return failed(name, recorder, "cannot clean: out of memory (" + e.getMessage() + "); a file needs up to "
          + "twelve times its size of heap: give the JVM more (java -Xmx1g, or RINSE_HEAP=1g for bin/rinse)");
    } catch (RuntimeException | StackOverflowError e) {
      return failed(name, recorder, "cannot clean: " + e);
    }
  }

  /** What the output is put together from: no DOM, which a large file cannot afford to keep meanwhile. */
  private record Parts(Container container, FrontMatter frontMatter, PolicyStage.Markup markup, List<Pack> packs,
      int textBefore) {}

  /** Parses the text, applies the rules and the policy; the article and its DOM end here. */
  private Parts sanitized(String name, String text, ChangeRecorder recorder) {
    Article article = parser.parse(name, text);
    article.problems().forEach(recorder::warn);
    article.frontMatter().flatMap(f -> f.problem()).ifPresent(recorder::warn);
    List<Pack> packs = profile.rules().packsFor(article);
    int textBefore = applyRules(packs, article, recorder);
    return new Parts(article.container(), article.frontMatter().orElse(null), policy.sanitize(article, recorder),
        packs, textBefore);
  }

  /**
   * Applies the packs' rules in order; returns the body's visible text as read. The rules' view of the
   * file ends here: its index of the document as read holds every element, removed ones too, and a
   * large file's removed elements must not stay in memory while the policy stage builds the output.
   */
  private static int applyRules(List<Pack> packs, Article article, ChangeRecorder recorder) {
    FileRun run = new FileRun(article, recorder);
    int textBefore = run.visibleTextAsRead();
    for (Pack pack : packs) {
      for (Rule rule : pack.rules()) {
        rule.apply(run);
      }
    }
    article.reshaped(); // its remembered paths and counts may name removed elements too
    return textBefore;
  }

  /** Visible text the changes took, less what replace-text put in; white space aside. */
  private static int removedText(List<Change> changes) {
    int removed = 0;
    for (Change change : changes) {
      removed += VisibleText.count(change.text());
      if (change.action() == ChangeKind.REPLACE_TEXT && change.after() != null) {
        removed -= VisibleText.count(change.after());
      }
    }
    return removed;
  }

  private static String post(FrontMatter frontMatter, String body) {
    String block = frontMatter.render();
    if (!block.endsWith("\n")) {
      block += "\n";
    }
    return body.isEmpty() ? block : block + "\n" + body + "\n";
  }

  private static Cleaned failed(String name, ChangeRecorder recorder, String message) {
    return new Cleaned(Optional.empty(), FileLog.failed(name, recorder.warnings(), message), List.of());
  }
}
