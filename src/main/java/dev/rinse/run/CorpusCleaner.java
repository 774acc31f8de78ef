package dev.rinse.run;

import dev.rinse.changelog.ChangeLogJson;
import dev.rinse.changelog.FileLog;
import dev.rinse.changelog.RunConfig;
import dev.rinse.changelog.RunSummary;
import dev.rinse.api.Rinse;
import dev.rinse.changelog.Failure;
import dev.rinse.cleaning.DocumentCleaner;
import dev.rinse.corpus.AtomicFiles;
import dev.rinse.corpus.CorpusWalker;
import dev.rinse.corpus.Decoder;
import dev.rinse.corpus.FileBytes;
import dev.rinse.corpus.InputFile;
import dev.rinse.corpus.OutputRoot;
import dev.rinse.corpus.OutputRoot.OutputRefused;
import dev.rinse.corpus.Selection;
import dev.rinse.report.InputText;
import dev.rinse.report.ReportWriter;
import dev.rinse.rules.Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Cleans every file of the inputs into an output folder: {@code OUT/REL}, {@code OUT/REL.changes.json}
 * for each input, and at the end {@code OUT/rinse-summary.json} and the report. Inputs are only read;
 * each output is written atomically; a file that fails gets an error log (and any stale cleaned copy is
 * removed), and the run goes on. A dry run writes only the summary and the report.
 */
public final class CorpusCleaner {
  public static final String SUMMARY = "rinse-summary.json";
  public static final String LOG_SUFFIX = ".changes.json";
  private static final int IN_FLIGHT_PER_JOB = 4;

  private final RunRules rules;
  private final long maxFileSize;
  private final int jobs;
  private final boolean useCache;
  private final RunStop stop;
  private final boolean prune;
  private final Decoder decoder = new Decoder();
  private final CorpusWalker walker = new CorpusWalker();

  public CorpusCleaner(Rinse rinse) {
    this(rinse, 1);
  }

  /** @param jobs how many files are cleaned at once; the outputs are the same whatever the number */
  public CorpusCleaner(Rinse rinse, int jobs) {
    this(RunRules.of(rinse), jobs);
  }

  /** A cleaner whose rules are built only if some file needs cleaning; see {@link RunRules}. */
  public CorpusCleaner(RunRules rules, int jobs) {
    this(rules, jobs, true, new RunStop(), false);
  }

  private CorpusCleaner(RunRules rules, int jobs, boolean useCache, RunStop stop, boolean prune) {
    this.useCache = useCache;
    this.rules = Objects.requireNonNull(rules, "rules");
    this.stop = Objects.requireNonNull(stop, "stop");
    this.prune = prune;
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1, got " + jobs);
    }
    this.maxFileSize = rules.maxSize();
    this.jobs = jobs;
  }

  public RunSummary run(List<Path> inputs, Path out, RunConfig config, boolean dryRun, RunListener listener)
      throws IOException {
    return run(inputs, out, config, dryRun, true, listener);
  }

  /**
   * @param withReport whether to write the report; without it a run is faster on a large corpus
   * @param config how the run is made; its include and exclude globs and ignore files select the files
   *     read in input folders
   * @throws IllegalArgumentException for inputs that would write one output twice, invalid rules or an
   *     invalid glob (found before anything is written)
   */
  public RunSummary run(List<Path> inputs, Path out, RunConfig config, boolean dryRun, boolean withReport,
      RunListener listener) throws IOException {
    OutputRoot.overlap(inputs, out).ifPresent(problem -> {
      throw new IllegalArgumentException(problem);
    });
    Selection selection = new Selection(config.include(), config.exclude(),
        config.ignoreFiles().contains(Selection.IGNORE_FILE));
    CorpusWalker.Listing listing = walker.walk(inputs, out, selection);
    listing.problems().forEach(listener::ignoreFileProblem);
    checkDistinctOutputs(listing.toClean());
    RunCache.Stored stored = RunCache.read(out); // before the rules: a run over unchanged rule files needs none
    RunCache cache = dryRun ? null : RunCache.open(stored, rules, config.version());
    if (cache == null || !useCache) {
      rules.rinse(); // every file is cleaned: the rules are read now, so that invalid ones stop the run before any write
    }
    OutputRoot output = OutputRoot.create(out, inputs);
    for (String own : List.of(SUMMARY, RunCache.FILE, ReportWriter.INDEX, ReportWriter.FOLDER, RunMarker.FILE)) {
      output.place(own); // the run's own files are not written through a link either: refused before any file
    }
    Path outRoot = output.root();
    RunMarker running = RunMarker.begin(output, stored != null);
    RunSummary summary = new RunSummary(config);
    listing.skipped().forEach(file -> summary.skip(file.relative()));
    listing.leftOut().forEach(summary::leaveOut); // earlier outputs of these are stale, as those of inputs gone
    List<InputFile> files = new ArrayList<>();
    for (InputFile file : listing.toClean()) {
      Optional<String> conflict = ReservedNames.conflict(file.relative());
      if (conflict.isPresent()) {
        summary.add(failed(file, Failure.UNWRITABLE, conflict.get()).log()); // nothing written: any path of its own is the run's
      } else {
        files.add(file);
      }
    }
    StaleOutputs.of(RunCache.previousOutputs(stored), files, outRoot).settle(output, prune && !dryRun, summary, cache);

    List<RunCache.Entry> reusable = new ArrayList<>();
    for (InputFile file : files) {
      reusable.add(cache == null || !useCache ? null
          : cache.reusable(file.relative(), file.file(), outputOf(outRoot, file.relative()), logOf(outRoot, file.relative())));
    }
    boolean anyCleaned = reusable.contains(null);
    Rinse rinse = anyCleaned ? rules.rinse() : null;
    boolean indexThere = Files.isRegularFile(outRoot.resolve(ReportWriter.INDEX));
    // With nothing to clean, the report may stand as it is: whether it does is known from the summary, at the end.
    boolean reportMayStand = !anyCleaned && indexThere && cache != null && cache.knowsReport();
    ReportWriter report = withReport && !reportMayStand ? new ReportWriter(outRoot, whys(rules.rinse().profile())) : null;

    List<Callable<Done>> tasks = new ArrayList<>();
    MemoryBudget budget = MemoryBudget.ofHeap(Runtime.getRuntime().maxMemory());
    for (int i = 0; i < files.size(); i++) {
      InputFile file = files.get(i);
      RunCache.Entry entry = reusable.get(i);
      Callable<Done> task = entry == null ? () -> cleanAndWrite(rinse, file, output, dryRun, report)
          : () -> reuse(file, entry, outRoot, report);
      tasks.add(() -> budget.run(file.file(), maxFileSize, task));
    }
    int[] done = {0};
    // reusing a file without a report to write is a look-up: no worker is worth starting for it
    runInOrder(tasks, anyCleaned || report != null ? jobs : 1, result -> {
      if (result.reused()) {
        summary.reused();
      }
      if (result.log() != null) {
        summary.add(result.log());
      } else {
        RunCache.Entry e = result.entry();
        summary.add(result.source(), e.status(), e.changesByRule(), e.changesByAction(), e.warning(), e.error(), e.failure());
      }
      try {
        if (report != null && result.log() != null) {
          report.record(result.log());
        }
      } catch (RuntimeException e) {
        // the report is an aid; the file's own outputs are written
      }
      if (cache != null) {
        cache.wrote(result.source());
        if (result.entry() != null) {
          cache.keep(result.source(), result.entry());
        }
      }
      listener.fileDone(result.log(), result.source(), ++done[0], files.size());
    });
    if (done[0] < files.size()) {
      summary.interrupted();
      for (int i = done[0]; i < files.size() && cache != null; i++) {
        if (reusable.get(i) != null) {
          cache.keep(files.get(i).relative(), reusable.get(i)); // its outputs are still the ones it describes
        }
      }
    }
    RunSummary.Totals totals = summary.totals();
    byte[] summaryBytes = ChangeLogJson.toBytes(totals);
    AtomicFiles.write(output.place(SUMMARY), summaryBytes);
    Path index = outRoot.resolve(ReportWriter.INDEX);
    if (report != null) {
      report.finish(totals);
    } else if (withReport && reportMayStand && !cache.reportStands(summaryBytes, index)) {
      rebuildReport(files.subList(0, done[0]), outRoot, totals);
    }
    if (cache != null) {
      if (withReport) {
        cache.reportWritten(summaryBytes, index);
      }
      cache.write(outRoot);
    }
    running.end();
    return summary;
  }

  /**
   * Writes the index again, keeping the file pages, for a run that cleaned nothing but whose totals differ
   * from those the report was written for (an input removed, say): from the files' logs, in input order.
   */
  private void rebuildReport(List<InputFile> files, Path outRoot, RunSummary.Totals totals) throws IOException {
    ReportWriter report = new ReportWriter(outRoot, whys(rules.rinse().profile()));
    for (InputFile file : files) {
      report.record(reuse(file, null, outRoot, report).log());
    }
    report.finish(totals);
  }

  /** A cleaner that cleans every file again, whatever an earlier run into the same folder did. */
  public CorpusCleaner ignoringCache() {
    return new CorpusCleaner(rules, jobs, false, stop, prune);
  }

  /**
   * A cleaner that stops when {@code stop} is requested: it admits no further file, lets the files in
   * flight finish, and writes a summary with status {@code interrupted} and a cache from which the next
   * run cleans what this one did not.
   */
  public CorpusCleaner stoppedBy(RunStop stop) {
    return new CorpusCleaner(rules, jobs, useCache, stop, prune);
  }

  /**
   * A cleaner that removes the outputs an earlier run wrote in the folder for inputs this run does not
   * have (cleaned file, change log, report page); without it they are only listed.
   */
  public CorpusCleaner pruning() {
    return new CorpusCleaner(rules, jobs, useCache, stop, true);
  }

  /** One file done: its log (null for a reused file when no report needs it) and its cache entry. */
  private record Done(String source, FileLog log, RunCache.Entry entry, boolean reused) {}

  @FunctionalInterface
  private interface Sink {
    void accept(Done done) throws IOException;
  }

  /**
   * Runs the tasks, on {@code threads} threads when there are several, and hands their results to
   * {@code sink} in task order, so the summary and the report are the same whatever the number of
   * jobs. At most a few files per job are in flight, so memory does not grow with the corpus; each task
   * waits for the memory budget to admit its file, so large files are not cleaned side by side. When the
   * run is stopped, no further task starts; the tasks handed over are a prefix of {@code tasks}.
   */
  private void runInOrder(List<Callable<Done>> tasks, int threads, Sink sink) throws IOException {
    if (threads == 1) {
      for (Callable<Done> task : tasks) {
        if (stop.requested()) {
          return;
        }
        sink.accept(call(task));
      }
      return;
    }
    ExecutorService workers = Executors.newFixedThreadPool(threads);
    try {
      Deque<Future<Done>> inFlight = new ArrayDeque<>();
      int next = 0;
      while (next < tasks.size() || !inFlight.isEmpty()) {
        while (next < tasks.size() && inFlight.size() < IN_FLIGHT_PER_JOB * threads && !stop.requested()) {
          inFlight.add(workers.submit(tasks.get(next++)));
        }
        if (inFlight.isEmpty()) {
          return; // stopped: nothing more was admitted
        }
        sink.accept(take(inFlight.poll())); // files in flight finish, so every output is whole and logged
      }
    } finally {
      workers.shutdownNow();
    }
  }

  private static Done call(Callable<Done> task) throws IOException {
    try {
      return task.call();
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Done take(Future<Done> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a worker failed outside any file", e.getCause());
    }
  }

  /** A file the last run cleaned to what this one would: its outputs stay; the report may need its log. */
  private Done reuse(InputFile file, RunCache.Entry entry, Path outRoot, ReportWriter report) throws IOException {
    if (report == null) {
      return new Done(file.relative(), null, entry, true);
    }
    FileLog log = ChangeLogJson.readLog(logOf(outRoot, file.relative()));
    if (report.wants(log)) {
      report.page(log, InputText.of(decoder.decode(FileBytes.read(file.file())).text()));
    }
    return new Done(file.relative(), log, entry, true);
  }

  /**
   * Cleans one file, writes its outputs and its report page. Whatever goes wrong for this file (a write
   * refused, memory run out) becomes this file's error and the run goes on.
   */
  private Done cleanAndWrite(Rinse rinse, InputFile file, OutputRoot output, boolean dryRun, ReportWriter report) {
    DocumentCleaner.Result outcome = rinse.clean(file.relative(), file.file()); // a failure to clean is in its log
    try {
      if (!dryRun) {
        write(outcome, output);
      }
    } catch (OutputRefused e) {
      outcome = failed(file, Failure.UNWRITABLE, e.getMessage());
      try {
        if (!dryRun) {
          write(outcome, output);
        }
      } catch (IOException | RuntimeException second) {
        // the log's place is refused too; the summary still names the file
      }
    } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
      outcome = failed(file, e instanceof OutOfMemoryError ? Failure.OUT_OF_MEMORY : Failure.UNWRITABLE, "cannot write: " + e);
      try {
        if (!dryRun) {
          write(outcome, output);
        }
      } catch (IOException | RuntimeException second) {
        // the log cannot be written either; the summary still names the file
      }
    }
    try {
      if (report != null) {
        report.page(outcome.log(), outcome.source() == null ? InputText.missing(InputText.UNREAD) : InputText.of(outcome.source()));
      }
    } catch (RuntimeException | OutOfMemoryError e) {
      // the report is an aid; the file's own outputs are written
    }
    RunCache.Entry entry = null;
    try {
      entry = outcome.packs() == null ? null : RunCache.entry(outcome.log(), file.file(), outcome.packs());
    } catch (IOException e) {
      // without an entry the next run cleans this file again
    }
    return new Done(file.relative(), outcome.log(), entry, false);
  }

  /** Where a file's cleaned copy and change log go in the output folder. */
  public static Path outputOf(Path outRoot, String relative) {
    Path target = outRoot.resolve(relative).normalize();
    if (!target.startsWith(outRoot)) {
      throw new IllegalStateException(relative + ": output path leaves the output folder");
    }
    return target;
  }

  public static Path logOf(Path outRoot, String relative) {
    Path target = outputOf(outRoot, relative);
    return target.resolveSibling(target.getFileName() + LOG_SUFFIX);
  }

  /** Two inputs with one relative path would overwrite each other's output: refuse before writing. */
  private static void checkDistinctOutputs(List<InputFile> files) {
    Map<String, Path> claimed = new HashMap<>();
    for (InputFile file : files) {
      Path earlier = claimed.putIfAbsent(file.relative(), file.file());
      if (earlier != null) {
        throw new IllegalArgumentException("inputs " + earlier + " and " + file.file()
            + " would both be written to " + file.relative() + "; clean them into separate folders");
      }
    }
  }

  /**
   * Writes a file's cleaned copy and log at their places, or removes a stale copy when the file failed;
   * a refused place (a link, an input) is left as it is.
   */
  private static void write(DocumentCleaner.Result outcome, OutputRoot output) throws IOException {
    String relative = outcome.log().source();
    if (outcome.outputBytes() != null) {
      AtomicFiles.write(output.place(relative), outcome.outputBytes());
    } else {
      Optional<Path> stale = output.placeIfAllowed(relative);
      if (stale.isPresent()) {
        Files.deleteIfExists(stale.get());
      }
    }
    AtomicFiles.write(output.place(relative + LOG_SUFFIX), out -> ChangeLogJson.write(outcome.log(), out));
  }

  private static DocumentCleaner.Result failed(InputFile file, Failure failure, String error) {
    return DocumentCleaner.Result.failed(file.relative(), file.file().toString(), failure, error);
  }

  /** Each rule's why, by id, for the report's rule pages. */
  static Map<String, String> whys(Profile profile) {
    Map<String, String> whys = new HashMap<>();
    profile.rules().allRules().forEach(rule -> whys.put(rule.id().value(), rule.why()));
    return whys;
  }
}
