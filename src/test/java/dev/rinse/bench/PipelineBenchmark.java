package dev.rinse.bench;

import dev.rinse.article.ArticleParser;
import dev.rinse.changelog.ChangeLogJson;
import dev.rinse.changelog.FileLog;
import dev.rinse.cleaning.Cleaned;
import dev.rinse.cleaning.Cleaner;
import dev.rinse.corpus.Decoded;
import dev.rinse.corpus.Decoder;
import dev.rinse.rules.Profile;
import dev.rinse.rules.RuleFileException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * The per-document pipeline in memory, whole and by stage, beside the jsoup floor: one operation is one
 * pass over every document of {@link #files}, so MB/s is the corpus size (printed at set-up) times ops/s.
 * No disk: reading and writing files is the corpus benchmark's ({@code bench/run}) business.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class PipelineBenchmark {
  @Param("fixtures/*/input.*")
  public String files;

  private BenchDocuments corpus;
  private final Decoder decoder = new Decoder();
  private final ArticleParser parser = new ArticleParser();
  private Cleaner cleaner;
  private List<String> texts;
  private List<FileLog> logs;

  @Setup
  public void setUp() throws RuleFileException {
    corpus = BenchDocuments.matching(files);
    cleaner = new Cleaner(Profile.builtIn());
    texts = new ArrayList<>();
    logs = new ArrayList<>();
    for (BenchDocuments.Document document : corpus.documents()) {
      Decoded decoded = decoder.decode(document.bytes());
      texts.add(decoded.text());
      logs.add(cleaner.clean(document.name(), decoded.text(), decoded.warnings()).log());
    }
  }

  /** What rinse does per file, but for disk: decode, clean (parse, rules, policy), serialize the log. */
  @Benchmark
  public void rinse(Blackhole sink) {
    for (BenchDocuments.Document document : corpus.documents()) {
      Decoded decoded = decoder.decode(document.bytes());
      Cleaned cleaned = cleaner.clean(document.name(), decoded.text(), decoded.warnings());
      sink.consume(cleaned.output().orElse("").getBytes(StandardCharsets.UTF_8));
      sink.consume(ChangeLogJson.toBytes(cleaned.log()));
    }
  }

  /** The floor for a jsoup-based tool: decode, parse, serialize. */
  @Benchmark
  public void jsoupParseSerialize(Blackhole sink) {
    for (BenchDocuments.Document document : corpus.documents()) {
      String html = new String(document.bytes(), StandardCharsets.UTF_8);
      sink.consume(Jsoup.parse(html).outerHtml().getBytes(StandardCharsets.UTF_8));
    }
  }

  @Benchmark
  public void decode(Blackhole sink) {
    for (BenchDocuments.Document document : corpus.documents()) {
      sink.consume(decoder.decode(document.bytes()));
    }
  }

  /** Parsing with source positions, which change records cite. */
  @Benchmark
  public void parse(Blackhole sink) {
    for (int i = 0; i < texts.size(); i++) {
      sink.consume(parser.parse(corpus.documents().get(i).name(), texts.get(i)));
    }
  }

  /** Parse, rules, policy, without decoding or the log's JSON. */
  @Benchmark
  public void clean(Blackhole sink) {
    for (int i = 0; i < texts.size(); i++) {
      sink.consume(cleaner.clean(corpus.documents().get(i).name(), texts.get(i), List.of()));
    }
  }

  @Benchmark
  public void changeLogJson(Blackhole sink) {
    for (FileLog log : logs) {
      sink.consume(ChangeLogJson.toBytes(log));
    }
  }
}
