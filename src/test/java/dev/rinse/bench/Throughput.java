package dev.rinse.bench;

import dev.rinse.changelog.RunConfig;
import dev.rinse.cleaning.Cleaner;
import dev.rinse.cleaning.CorpusCleaner;
import dev.rinse.cleaning.RunListener;
import dev.rinse.rules.Profile;
import java.io.IOException;
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
 * every file from disk and writes its result; each is run once to warm up, then timed over
 * {@code -Drinse.bench.rounds} rounds (default 3), of which the fastest is given: on a shared machine
 * the others measure the neighbours too. {@code bench/run} runs one tool per JVM, so that each one's
 * peak memory is its own.
 * Usage: {@code Throughput CORPUS SCRATCH copy|jsoup|cleaner|owasp|rinse|rinse-report [JOBS]}; prints
 * one Markdown table row: tool, MB/s, files/s, seconds.
 */
public final class Throughput {
  private static final PolicyFactory OWASP = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
      .and(Sanitizers.IMAGES).and(Sanitizers.TABLES).and(Sanitizers.STYLES);
  private static final int ROUNDS = Integer.getInteger("rinse.bench.rounds", 3);

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

  private static void row(String tool, List<Path> files, long bytes, Path scratch) throws IOException {
    Path out = Files.createDirectories(scratch.resolve("peer"));
    long fastest = Long.MAX_VALUE;
    for (int round = 0; round <= ROUNDS; round++) {
      long start = System.nanoTime();
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
      fastest = round == 0 ? fastest : Math.min(fastest, System.nanoTime() - start);
    }
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
    Cleaner cleaner = new Cleaner(Profile.builtIn());
    RunConfig config = new RunConfig(List.of(corpus.toString()), List.of(), List.of(), 0.3, 200, 32L << 20, "bench");
    long fastest = Long.MAX_VALUE;
    for (int round = 0; round <= ROUNDS; round++) {
      Path out = scratch.resolve("rinse-" + jobs + "-" + report);
      deleteTree(out); // a run into a folder an earlier run filled would reuse its outputs
      long start = System.nanoTime();
      new CorpusCleaner(cleaner, 32L << 20, jobs).ignoringCache().run(List.of(corpus), out, config, false, report, RunListener.NONE);
      fastest = round == 0 ? fastest : Math.min(fastest, System.nanoTime() - start);
    }
    print("rinse, --jobs " + jobs + (report ? ", change logs and report" : ", change logs, --no-report"),
        bytes, count, fastest);
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
