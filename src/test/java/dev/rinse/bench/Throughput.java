package dev.rinse.bench;

import dev.rinse.api.Rinse;
import dev.rinse.changelog.RunConfig;
import dev.rinse.run.CorpusCleaner;
import dev.rinse.run.RunListener;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Throughput of one tool on one corpus, in a warm JVM: plain copy, jsoup parse + serialize, jsoup's
 * Cleaner (Safelist.relaxed), the OWASP sanitizer alone, or rinse with its default profile. Each reads
 * every file from disk and writes its result. Each first runs untimed until the JIT compiler has
 * settled (a round in which compiling took under 2% of the time; at most {@value #MAX_WARM_UP} rounds):
 * the compiler takes a core of its own for tens of seconds, and on two cores a round timed while it
 * works measures it, not the tool. Then it is timed over {@code -Drinse.bench.rounds} rounds (default
 * 3), of which the fastest is given: on a shared machine the others measure the neighbours too. {@code bench/run} runs one tool per JVM, so that each one's
 * peak memory is its own. With {@code -Drinse.bench.cold=true} it makes one pass and no other, so that
 * the whole process, timed from outside, is a cold run as a user's command line is.
 * Usage: {@code Throughput CORPUS SCRATCH copy|jsoup|cleaner|owasp|rinse|rinse-report [JOBS]}; prints
 * one Markdown table row: tool, MB/s, files/s, seconds.
 */
public final class Throughput {
  private static final PolicyFactory OWASP = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
      .and(Sanitizers.IMAGES).and(Sanitizers.TABLES).and(Sanitizers.STYLES);
  private static final int ROUNDS = Integer.getInteger("rinse.bench.rounds", 3);
  private static final boolean COLD = Boolean.getBoolean("rinse.bench.cold");
  static final int MAX_WARM_UP = 20;

  /** One pass of a tool over the whole corpus. */
  @FunctionalInterface
  private interface Round {
    void run() throws Exception;
  }

  private Throughput() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    Path scratch = Path.of(args[1]);
    String tool = args[2];
    int jobs = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".md"))
          .sorted().toList();
    }
    long bytes = 0;
    for (Path file : files) {
      bytes += Files.size(file);
    }
    switch (tool) {
      case "rinse" -> rinse(corpus, files.size(), bytes, scratch, jobs, false);
      case "rinse-report" -> rinse(corpus, files.size(), bytes, scratch, jobs, true);
      case "copy", "jsoup", "cleaner", "owasp" -> row(tool, files, bytes, scratch);
      default -> throw new IllegalArgumentException("unknown tool " + tool);
    }
  }

  private static void row(String tool, List<Path> files, long bytes, Path scratch) throws Exception {
    Path out = Files.createDirectories(scratch.resolve("peer"));
    long fastest = time(() -> {}, () -> {
      int n = 0;
      for (Path file : files) {
        Path target = out.resolve("f" + (n++) + ".html");
        if (tool.equals("copy")) {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
          continue;
        }
        String html = Files.readString(file, StandardCharsets.UTF_8);
        String result = switch (tool) {
          case "jsoup" -> Jsoup.parse(html).outerHtml();
          case "cleaner" -> Jsoup.clean(html, Safelist.relaxed());
          default -> OWASP.sanitize(html);
        };
        Files.writeString(target, result, StandardCharsets.UTF_8);
      }
    });
    String label = switch (tool) {
      case "copy" -> "plain file copy";
      case "jsoup" -> "jsoup parse + serialize (the floor)";
      case "cleaner" -> "jsoup Cleaner, Safelist.relaxed()";
      default -> "OWASP sanitizer alone (formatting, blocks, links, images, tables, styles)";
    };
    print(label, bytes, files.size(), fastest);
  }

  private static void rinse(Path corpus, int count, long bytes, Path scratch, int jobs, boolean report)
      throws Exception {
    Rinse rinse = Rinse.builder().build();
    RunConfig config = new RunConfig(List.of(corpus.toString()), List.of(), List.of(), 0.3, 200, 32L << 20, "bench");
    Path out = scratch.resolve("rinse-" + jobs + "-" + report);
    CorpusCleaner corpusCleaner = new CorpusCleaner(rinse, jobs).ignoringCache();
    // a folder an earlier round filled would hold the outputs and reports this round must write
    long fastest = time(() -> deleteTree(out), () -> corpusCleaner.run(List.of(corpus), out, config, false, report, RunListener.NONE));
    print("rinse, --jobs " + jobs + (report ? ", change logs and report" : ", change logs, --no-report"),
        bytes, count, fastest);
  }

  /**
   * Runs {@code round} (each time after an untimed {@code prepare}) until the JIT compiler is quiet,
   * then {@link #ROUNDS} more times; returns the fastest of those in nanoseconds. Says on standard error
   * how many warm-up rounds it took.
   */
  private static long time(Round prepare, Round round) throws Exception {
    if (COLD) {
      prepare.run();
      long start = System.nanoTime();
      round.run();
      return System.nanoTime() - start;
    }
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    int warmUp = 0;
    boolean settled = false;
    while (!settled && warmUp < MAX_WARM_UP) {
      prepare.run();
      long compiledBefore = jit.getTotalCompilationTime();
      long start = System.nanoTime();
      round.run();
      double millis = (System.nanoTime() - start) / 1e6;
      settled = jit.getTotalCompilationTime() - compiledBefore < 0.02 * millis;
      warmUp++;
    }
    System.err.printf(Locale.ROOT, "%d warm-up rounds%s%n", warmUp, settled ? "" : " (the compiler never settled)");
    long fastest = Long.MAX_VALUE;
    for (int i = 0; i < ROUNDS; i++) {
      prepare.run();
      long start = System.nanoTime();
      round.run();
      fastest = Math.min(fastest, System.nanoTime() - start);
    }
    return fastest;
  }

  private static void deleteTree(Path root) throws IOException {
    if (Files.exists(root)) {
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  private static void print(String tool, long bytes, int files, long nanos) {
    double seconds = nanos / 1e9;
    System.out.printf(Locale.ROOT, "| %s | %.1f | %.0f | %.1f |", tool, bytes / 1e6 / seconds, files / seconds, seconds);
  }
}
