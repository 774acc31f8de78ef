package dev.rinse.audit;

import dev.rinse.api.Rinse;
import dev.rinse.changelog.Change;
import dev.rinse.cleaning.DocumentCleaner.Document;
import dev.rinse.cleaning.DocumentCleaner.Removals;
import dev.rinse.corpus.CorpusWalker;
import dev.rinse.corpus.InputFile;
import dev.rinse.corpus.Selection;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** How far one rule reaches over a corpus, found by cleaning in memory: nothing is written. */
public final class RuleImpact {
  /** One place the rule fired. */
  public record Sample(String source, int line, int column, String removed, String text) {}

  /** The rule's reach: files read, files and places it touched, text it took, and a few samples. */
  public record Result(String rule, int files, int filesTouched, int changes, long textRemoved, List<Sample> samples) {}

  private final Rinse rinse;

  public RuleImpact(Rinse rinse) {
    this.rinse = Objects.requireNonNull(rinse, "rinse");
  }

  /** The rule's reach over every file of the inputs. */
  public Result measure(String rule, List<Path> inputs, int samples) throws IOException {
    return measure(rule, inputs, Selection.EVERYTHING, samples, problem -> { });
  }

  /**
   * @param selection the files of input folders to read, as a run selects them
   * @param problems told of each ignore-file line that cannot be read (and is ignored), as a run is
   * @throws IllegalArgumentException for an invalid glob
   */
  public Result measure(String rule, List<Path> inputs, Selection selection, int samples,
      Consumer<CorpusWalker.IgnoreProblem> problems) throws IOException {
    CorpusWalker.Listing listing = new CorpusWalker().walk(inputs, null, selection);
    listing.problems().forEach(problems);
    List<Sample> found = new ArrayList<>();
    int touched = 0;
    int changes = 0;
    long text = 0;
    for (InputFile file : listing.toClean()) {
      List<Change> mine = rinse.clean(Document.ofFile(file.relative(), file.file()), Removals.CITED_WHOLE).log().changes()
          .stream().filter(c -> c.rule().equals(rule)).toList();
      if (!mine.isEmpty()) {
        touched++;
        changes += mine.size();
        for (Change change : mine) {
          text += change.text().strip().length();
          if (found.size() < samples && found.stream().noneMatch(s -> s.source().equals(file.relative()))) {
            found.add(new Sample(file.relative(), change.line(), change.column(), change.removed().text(), change.text()));
          }
        }
      }
    }
    return new Result(rule, listing.toClean().size(), touched, changes, text, found);
  }
}
