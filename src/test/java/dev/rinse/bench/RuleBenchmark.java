package dev.rinse.bench;

import dev.rinse.article.Article;
import dev.rinse.article.ArticleParser;
import dev.rinse.changelog.ChangeRecorder;
import dev.rinse.corpus.Decoder;
import dev.rinse.rules.FileRun;
import dev.rinse.rules.Matcher;
import dev.rinse.rules.Profile;
import dev.rinse.rules.Rule;
import dev.rinse.rules.RuleFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The rule engine over every document of {@link #files}: the built-in profile's CSS matchers alone on
 * parsed documents (nothing changed), and the whole rule stage, matching and acting, on fresh parses.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class RuleBenchmark {
  @Param("fixtures/*/input.*")
  public String files;

  private final ArticleParser parser = new ArticleParser();
  private BenchDocuments corpus;
  private List<String> texts;
  private List<Article> parsed;
  private List<Matcher.Css> selectors;
  private Profile profile;

  @Setup
  public void setUp() throws RuleFileException {
    corpus = BenchDocuments.matching(files);
    profile = Profile.builtIn();
    Decoder decoder = new Decoder();
    texts = corpus.documents().stream().map(d -> decoder.decode(d.bytes()).text()).toList();
    parsed = parseAll();
    selectors = new ArrayList<>();
    for (Rule rule : profile.rules().allRules()) {
      Matcher matcher = rule.matcher();
      if (matcher instanceof Matcher.Css css) {
        selectors.add(css);
      } else if (matcher instanceof Matcher.AttributeNames names && names.within().isPresent()) {
        selectors.add(names.within().get());
      } else if (matcher instanceof Matcher.UrlParams params && params.within().isPresent()) {
        selectors.add(params.within().get());
      } else if (matcher instanceof Matcher.Text text && text.within().isPresent()) {
        selectors.add(text.within().get());
      }
    }
    System.out.printf("%d CSS matchers in the built-in profile%n", selectors.size());
  }

  /** Fresh articles for each call of {@link #ruleStage}, which changes them. */
  @State(Scope.Thread)
  public static class Fresh {
    List<Article> articles;

    @Setup(Level.Invocation)
    public void parse(RuleBenchmark benchmark) {
      articles = benchmark.parseAll();
    }
  }

  private List<Article> parseAll() {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      articles.add(parser.parse(corpus.documents().get(i).name(), texts.get(i)));
    }
    return articles;
  }

  /** Every CSS matcher of the profile over every document, as a full walk each (no skipping). */
  @Benchmark
  public int cssMatchers() {
    int found = 0;
    for (Article article : parsed) {
      for (Matcher.Css css : selectors) {
        found += css.in(article.document()).size();
      }
    }
    return found;
  }

  /** The rule stage as the cleaner runs it: each document's packs, rules in order, changes recorded. */
  @Benchmark
  public void ruleStage(Fresh fresh, Blackhole sink) {
    for (Article article : fresh.articles) {
      ChangeRecorder recorder = new ChangeRecorder();
      FileRun run = new FileRun(article, recorder);
      for (Rule rule : profile.rules().rulesFor(article)) {
        rule.apply(run);
      }
      sink.consume(recorder.changes());
    }
  }
}
