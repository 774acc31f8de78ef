package dev.rinse.run;

import dev.rinse.changelog.RunSummary;
import dev.rinse.corpus.InputFile;
import dev.rinse.corpus.OutputRoot;
import dev.rinse.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The outputs an earlier run wrote in the folder for files this run does not have (inputs deleted or
 * renamed since, left out by the run's selection, or another corpus cleaned into the same folder): each
 * such file's cleaned copy, change log and report page. They are listed in the summary, and removed
 * when asked. Which files are rinse's is read from the run cache's record of the outputs it wrote, never
 * guessed from names, so a file rinse did not write is never touched; removal goes through the output
 * folder's places, so neither a link nor an input is. Immutable.
 */
final class StaleOutputs {
  /** The stale files, by input path, in order; {@code gone} those of them with nothing left to remove. */
  private final List<String> sources;
  private final Set<String> gone;

  private StaleOutputs(List<String> sources, Set<String> gone) {
    this.sources = sources;
    this.gone = gone;
  }

  /** The outputs of {@code previous} (files an earlier run cleaned) that none of {@code files} writes. */
  static StaleOutputs of(Set<String> previous, List<InputFile> files, Path outRoot) {
    Set<String> current = new HashSet<>();
    files.forEach(file -> current.add(file.relative()));
    List<String> stale = previous.stream().filter(source -> !current.contains(source)).sorted().toList();
    Set<String> gone = new HashSet<>();
    for (String source : stale) {
      if (!exists(CorpusCleaner.outputOf(outRoot, source)) && !exists(CorpusCleaner.logOf(outRoot, source))) {
        gone.add(source); // removed by hand: nothing to list, nothing to remember
      }
    }
    return new StaleOutputs(stale, gone);
  }

  /**
   * Records each stale file in the summary, removes its outputs if {@code prune}, and tells the cache
   * (null in a dry run) which outputs are no longer in the folder.
   */
  void settle(OutputRoot output, boolean prune, RunSummary summary, RunCache cache) throws IOException {
    for (String source : sources) {
      if (gone.contains(source)) {
        if (cache != null) {
          cache.removed(source);
        }
        continue;
      }
      if (prune) {
        for (String place : List.of(source, source + CorpusCleaner.LOG_SUFFIX, ReportWriter.pagePath(source))) {
          Optional<Path> path = output.placeIfAllowed(place);
          if (path.isPresent() && Files.isRegularFile(path.get(), LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(path.get());
          }
        }
        if (cache != null) {
          cache.removed(source);
        }
      }
      summary.staleOutput(source, prune);
    }
  }

  private static boolean exists(Path path) {
    return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
  }
}
