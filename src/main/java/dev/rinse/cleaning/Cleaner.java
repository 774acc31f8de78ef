package dev.rinse.cleaning;

import dev.rinse.article.Article;
import dev.rinse.article.ArticleException;
import dev.rinse.article.ArticleParser;
import dev.rinse.changelog.ChangeRecorder;
import dev.rinse.changelog.FileLog;
import dev.rinse.normalize.Entities;
import dev.rinse.policy.PolicyStage;
import dev.rinse.rules.FileRun;
import dev.rinse.rules.Profile;
import dev.rinse.rules.Rule;
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
  private final PolicyStage policy;
  private final ArticleParser parser = new ArticleParser();

  public Cleaner(Profile profile) {
    this.profile = Objects.requireNonNull(profile, "profile");
    this.policy = new PolicyStage(profile.policy());
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
      Article article = parser.parse(name, text);
      article.frontMatter().flatMap(f -> f.problem()).ifPresent(recorder::warn);
      FileRun run = new FileRun(article, recorder);
      for (Rule rule : profile.rules().rulesFor(article)) {
        rule.apply(run);
      }
      String body = Entities.readable(policy.body(article, recorder)).strip();
      String output = switch (article.container()) {
        case POST -> post(article, body);
        case PAGE -> policy.page(article, recorder, body);
        case FRAGMENT -> body.isEmpty() ? "" : body + "\n";
      };
      return new Cleaned(Optional.of(output), FileLog.cleaned(name, recorder.changes(), recorder.warnings()));
    } catch (ArticleException e) {
      return failed(name, recorder, e.where() + ": " + e.getMessage());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return failed(name, recorder, "cannot clean: " + e);
    }
  }

  private static String post(Article article, String body) {
    String block = article.frontMatter().orElseThrow().render();
    if (!block.endsWith("\n")) {
      block += "\n";
    }
    return body.isEmpty() ? block : block + "\n" + body + "\n";
  }

  private static Cleaned failed(String name, ChangeRecorder recorder, String message) {
    return new Cleaned(Optional.empty(), FileLog.failed(name, recorder.warnings(), message));
  }
}
