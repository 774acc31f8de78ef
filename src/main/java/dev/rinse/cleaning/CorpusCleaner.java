package dev.rinse.cleaning;

import dev.rinse.changelog.ChangeLogJson;
import dev.rinse.changelog.FileLog;
import dev.rinse.changelog.RunSummary;
import dev.rinse.corpus.AtomicFiles;
import dev.rinse.corpus.CorpusWalker;
import dev.rinse.corpus.Decoded;
import dev.rinse.corpus.Decoder;
import dev.rinse.corpus.InputFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Cleans every file of the inputs into an output folder: {@code OUT/REL}, {@code OUT/REL.changes.json}
 * for each input, and {@code OUT/rinse-summary.json} at the end. Inputs are only read; each output is
 * written atomically; a file that fails gets an error log (and any stale cleaned copy is removed), and
 * the run goes on.
 */
public final class CorpusCleaner {
  public static final String SUMMARY = "rinse-summary.json";
  public static final String LOG_SUFFIX = ".changes.json";

  private final Cleaner cleaner;
  private final Decoder decoder = new Decoder();
  private final CorpusWalker walker = new CorpusWalker();

  public CorpusCleaner(Cleaner cleaner) {
    this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
  }

  public RunSummary run(List<Path> inputs, Path out, RunListener listener) throws IOException {
    Path outRoot = out.toAbsolutePath().normalize();
    CorpusWalker.Listing listing = walker.walk(inputs, outRoot);
    checkDistinctOutputs(listing.toClean());
    Files.createDirectories(outRoot);
    RunSummary summary = new RunSummary();
    listing.skipped().forEach(file -> summary.skip(file.relative()));
    int done = 0;
    for (InputFile file : listing.toClean()) {
      FileLog log = cleanOne(file, outRoot);
      summary.add(log);
      listener.fileDone(log, ++done, listing.toClean().size());
    }
    AtomicFiles.write(outRoot.resolve(SUMMARY), ChangeLogJson.toBytes(summary.totals()));
    return summary;
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

  private FileLog cleanOne(InputFile file, Path outRoot) throws IOException {
    Path target = outRoot.resolve(file.relative()).normalize();
    Path logFile = target.resolveSibling(target.getFileName() + LOG_SUFFIX);
    if (!target.startsWith(outRoot)) {
      throw new IllegalStateException(file.relative() + ": output path leaves the output folder");
    }
    Cleaned cleaned = clean(file);
    FileLog log = cleaned.log();
    if (cleaned.output().isPresent()) {
      AtomicFiles.write(target, cleaned.output().get().getBytes(StandardCharsets.UTF_8));
    } else {
      Files.deleteIfExists(target);
    }
    AtomicFiles.write(logFile, ChangeLogJson.toBytes(log));
    return log;
  }

  private Cleaned clean(InputFile file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file.file());
    } catch (IOException | OutOfMemoryError e) {
      String reason = e instanceof IOException io ? describe(io) : "too large to read";
      return new Cleaned(java.util.Optional.empty(),
          FileLog.failed(file.relative(), List.of(), "cannot read: " + reason));
    }
    Decoded decoded = decoder.decode(bytes);
    return cleaner.clean(file.relative(), decoded.text(), decoded.warnings());
  }

  private static String describe(IOException e) {
    String kind = e.getClass().getSimpleName().replace("Exception", "");
    return e.getMessage() == null ? kind : kind + " " + e.getMessage();
  }
}
