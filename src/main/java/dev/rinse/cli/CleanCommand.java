package dev.rinse.cli;

import dev.rinse.api.Rinse;
import dev.rinse.article.Target;
import dev.rinse.changelog.FileStatus;
import dev.rinse.changelog.RunConfig;
import dev.rinse.changelog.RunSummary;
import dev.rinse.corpus.OutputRoot;
import dev.rinse.rules.RuleFileException;
import dev.rinse.run.CorpusCleaner;
import dev.rinse.run.RunListener;
import dev.rinse.run.RunRules;
import dev.rinse.run.RunStop;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.commons.io.FileUtils;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rinse clean INPUT... --out DIR}: cleans files and folders into an output folder. */
@Command(
    name = "clean",
    mixinStandardHelpOptions = true,
    description = {
        "Cleans posts (*.md, *.markdown) and pages (*.html, *.htm) into DIR, with a change log per file.",
        "Writes DIR/REL and DIR/REL.changes.json for each input file, then DIR/rinse-summary.json and the "
            + "report DIR/rinse-report.html."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:every file cleaned",
        "1:some files failed (named on stderr; the others are written), or with --fail-on warning, some have warnings, "
            + "or with --check, cleaning would change some file",
        "2:bad usage or invalid rules (nothing written)",
        "130:interrupted (Ctrl-C): the files done are written, the summary says 'interrupted'; run again to finish"})
final class CleanCommand implements Callable<Integer> {
  /** The INPUT that names standard input. */
  static final String STDIN = "-";

  @Spec
  private CommandSpec spec;

  private final StandardStreams streams;

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "Files or folders to clean; - reads one document from standard input and writes it cleaned to standard output.")
  private List<Path> inputs;

  @Option(names = "--stdin-filepath", paramLabel = "NAME", description = "With -, the path the document would have in "
      + "the corpus (posts/a.md): its kind and the rule packs in scope follow from it. Without it, a document that "
      + "starts with < is a page, anything else a post.")
  private String stdinFilepath;

  @Option(names = "--log", paramLabel = "FILE", description = "With -, where to write the change log, each removal "
      + "written whole.")
  private Path log;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Folder to write into (required but with --check).")
  private Path out;

  @Option(names = "--check", description = "Write nothing: name the files cleaning would change, and exit 1 if there "
      + "are any (or a file fails), 0 if there are none. For CI.")
  private boolean check;

  @Mixin
  private RuleOptions ruleOptions;

  @Mixin
  private TargetOptions targetOptions;

  @Mixin
  private SelectionOptions selectionOptions;

  @Option(names = "--dry-run", description = "Write only the summary and the report, no cleaned file or log.")
  private boolean dryRun;

  /** What makes a file count as failed for the exit status. */
  enum FailOn { error, warning }

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
      description = "Exit 1 when a file fails (error, the default) or also when one has warnings (warning): for CI.")
  private FailOn failOn;

  @Option(names = "--max-text-loss", paramLabel = "SHARE", defaultValue = "0.3",
      description = "Warn when a file loses more than this share of its visible text (default: ${DEFAULT-VALUE}).")
  private double maxTextLoss;

  @Option(names = "--long-paragraph", paramLabel = "N", defaultValue = "200",
      description = "Warn when a rule removes a paragraph of at least N characters (default: ${DEFAULT-VALUE}).")
  private int longParagraph;

  @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "32M", converter = SizeConverter.class,
      description = "Refuse files larger than this, before reading them: bytes, or with K, M or G (default: ${DEFAULT-VALUE}).")
  private long maxFileSize;

  @Mixin
  private TimeoutOption timeoutOption;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Files cleaned at once (default: the number of cores, here ${DEFAULT-VALUE}); the output is the same whatever N.")
  private int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = "--no-report",
      description = "Skip the HTML report (faster on a large corpus); the logs and summary are written as ever.")
  private boolean noReport;

  @Option(names = "--no-cache", description = "Clean every file again, even those an earlier run into DIR cleaned the same way.")
  private boolean noCache;

  @Option(names = "--prune", description = "Remove the outputs (cleaned file, change log, report page) that an "
      + "earlier run wrote in DIR for inputs this run does not have; without it they are only listed.")
  private boolean prune;

  // --config and --no-config are read before the command runs, by Configured, which puts the file's defaults in
  @Option(names = "--config", paramLabel = "FILE", description = "Read the defaults of these options from FILE instead "
      + "of the rinse.yaml found in the inputs' folders or above them, or in the working folder.")
  private Path config;

  @Option(names = "--no-config", description = "Read no rinse.yaml: the built-in defaults and the command line alone.")
  private boolean noConfig;

  @Option(names = "--quiet", description = "Print only errors.")
  private boolean quiet;

  CleanCommand(StandardStreams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws IOException, RuleFileException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    boolean stdin = inputs.stream().anyMatch(p -> p.toString().equals(STDIN));
    String stdinProblem = stdin ? stdinUsage() : stdinFilepath != null || log != null
        ? "--stdin-filepath and --log go with - (standard input) only" : null;
    if (stdinProblem != null) {
      err.println(Diagnostics.usage(stdinProblem));
      return Main.USAGE;
    }
    if (out == null && !check && !stdin) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--out=DIR'");
    }
    String usageProblem = jobs < 1 ? "--jobs must be at least 1, got " + jobs
        : stdin ? null : check ? missingInput() : checkPaths();
    if (usageProblem != null) {
      err.println(Diagnostics.usage(usageProblem));
      return Main.USAGE;
    }
    Target target;
    Rinse.Builder rules;
    try {
      target = targetOptions.target();
      rules = ruleOptions.builder().target(target).textLoss(maxTextLoss, longParagraph)
          .timeout(timeoutOption.fileTimeout.limit()).maxSize(maxFileSize);
    } catch (IllegalArgumentException e) {
      err.println(Diagnostics.usage(e.getMessage()));
      return Main.USAGE;
    }
    if (!quiet) {
      ruleOptions.notes = err::println;
    }
    if (stdin) {
      return new StdinClean(ruleOptions.rinse(rules), err, quiet).run(streams, stdinFilepath, log, check, failOn, stdout);
    }
    // The rules are read only if some file needs cleaning: a run over an unchanged corpus needs none.
    RunRules plan = RunRules.lazy(rules, ruleOptions::rinse);
    RunConfig config = new RunConfig(
        inputs.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList(),
        ruleOptions.packPaths(), ruleOptions.disabled, maxTextLoss, longParagraph, maxFileSize, Version.number(),
        target.generator().id(), target.body().id(), target.htmlFields());
    config = selectionOptions.applyTo(config).withFilterLists(ruleOptions.filterListPaths())
        .withPolicy(ruleOptions.policyGiven());
    if (check) {
      return check(plan, config, err, stdout);
    }
    RunStop stop = new RunStop();
    try (Interruptible interruptible = Interruptible.onSignal(stop)) {
      return clean(plan, config, stop, err, stdout); // a Ctrl-C waits for it, printing included
    }
  }

  private int clean(RunRules plan, RunConfig config, RunStop stop, PrintWriter err, PrintWriter stdout)
      throws IOException {
    Progress progress = new Progress(err, !quiet && System.console() != null, !quiet);
    RunSummary summary;
    try {
      CorpusCleaner corpus = new CorpusCleaner(plan, jobs).stoppedBy(stop);
      corpus = noCache ? corpus.ignoringCache() : corpus;
      summary = (prune ? corpus.pruning() : corpus).run(inputs, out, config, dryRun, !noReport, progress);
    } catch (IllegalArgumentException e) {
      progress.finish(); // bad --jobs, inputs that would write one output twice, or invalid rules
      err.println(Diagnostics.usage(e.getMessage()));
      return Main.USAGE;
    } catch (OutputRoot.OutputRefused e) {
      progress.finish(); // a link where the summary, the report or the cache goes: nothing cleaned
      err.println(Diagnostics.usage(e.getMessage()));
      return Main.USAGE;
    }
    progress.finish();
    RunSummary.Totals totals = summary.totals();
    totals.failures().forEach(f -> err.println(Diagnostics.fileError(f.source(), f.message(), f.failure())));
    if (!quiet) {
      new StaleReport(err).print(totals, out, dryRun);
      new SummaryPrinter(stdout).print(totals, out);
      if (summary.reusedFiles() > 0) {
        stdout.printf("%,d files unchanged since the last run into %s were not cleaned again (--no-cache cleans all)%n",
            summary.reusedFiles(), Printable.of(out));
      }
      if (dryRun) {
        stdout.println("dry run: no cleaned file or change log was written");
      }
    }
    if (totals.interrupted()) {
      err.println("rinse: interrupted: " + String.format("%,d", totals.files()) + " files done and written; the summary"
          + " says 'interrupted'. Run the same command again to clean the rest.");
      return Main.INTERRUPTED;
    }
    boolean failed = totals.error() > 0 || failOn == FailOn.warning && totals.warning() > 0;
    return failed ? Main.SOME_FAILED : Main.OK;
  }

  /**
   * {@code --check}: cleans every file as a run would, into a scratch folder removed after, and names the
   * files whose cleaned bytes would differ from their input's. Nothing of the user's is written.
   */
  private int check(RunRules plan, RunConfig config, PrintWriter err, PrintWriter stdout) throws IOException {
    List<String> changed = new ArrayList<>();
    int[] failed = {0};
    RunListener listener = (log, source, done, total) -> {
      if (log == null) {
        return;
      }
      if (log.status() == FileStatus.ERROR) {
        failed[0]++;
      } else if (!log.sha256().input().equals(log.sha256().output())) {
        changed.add(log.source());
      }
    };
    Path scratch = Files.createTempDirectory("rinse-check");
    try {
      RunSummary summary = new CorpusCleaner(plan, jobs)
          .ignoringCache().run(inputs, scratch, config, true, false,
              listener.withIgnoreProblems(new Progress(err, false, !quiet)::ignoreFileProblem));
      summary.totals().failures().forEach(f -> err.println(Diagnostics.fileError(f.source(), f.message(), f.failure())));
    } catch (IllegalArgumentException e) {
      err.println(Diagnostics.usage(e.getMessage()));
      return Main.USAGE;
    } finally {
      FileUtils.deleteDirectory(scratch.toFile());
    }
    changed.forEach(name -> stdout.println("would change: " + Printable.of(name)));
    if (!quiet) {
      stdout.printf("%,d file(s) would change, %,d failed%n", changed.size(), failed[0]);
    }
    return changed.isEmpty() && failed[0] == 0 ? Main.OK : Main.SOME_FAILED;
  }

  /** What is wrong with a clean of standard input, if anything. */
  private String stdinUsage() {
    if (inputs.size() > 1) {
      return "- (standard input) is cleaned alone, not with other inputs";
    }
    if (out != null) {
      return "--out does not go with - (standard input): the cleaned document goes to standard output";
    }
    return null;
  }

  private String missingInput() {
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        return input + ": no such file or folder";
      }
    }
    return null;
  }

  /** Checks inputs and output before anything is read or written; returns the problem, if any. */
  private String checkPaths() {
    Path outAbsolute = out.toAbsolutePath().normalize();
    String missing = missingInput();
    if (missing != null) {
      return missing;
    }
    Optional<String> overlap = OutputRoot.overlap(inputs, out);
    if (overlap.isPresent()) {
      return overlap.get();
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      return out + ": --out must be a folder";
    }
    Path existing = outAbsolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing != null && (!Files.isDirectory(existing) || !Files.isWritable(existing))) {
      return out + ": cannot write there (" + existing + (Files.isDirectory(existing) ? " is read-only)" : " is not a folder)");
    }
    return null;
  }
}
