package dev.rinse.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rinse.changelog.Change;
import dev.rinse.article.Where;
import dev.rinse.changelog.Failure;
import dev.rinse.changelog.FileLog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SeverityTest {
  private static final List<FileLog> WORST_FIRST = List.of(
      FileLog.failed("z-failed.html", List.of(), Failure.UNREADABLE, "cannot read"),
      cleaned("y-loss.html", List.of("text loss: 60% of the visible text removed"), 0.6, false),
      cleaned("x-loss.html", List.of("text loss: 40% of the visible text removed"), 0.4, false),
      cleaned("b-warning.html", List.of("encoding guessed"), 0.1, false),
      cleaned("c-flagged.html", List.of(), 0.0, true),
      cleaned("w-half.html", List.of(), 0.5, false),
      cleaned("a-tenth.html", List.of(), 0.1, false),
      cleaned("b-tenth.html", List.of(), 0.1, false));

  @Test
  void failuresComeFirstThenTextLossThenWarningsAndFlagsThenTheShareRemoved() {
    List<FileLog> shuffled = new ArrayList<>(WORST_FIRST);
    Collections.shuffle(shuffled, new Random(7));

    assertThat(Severity.first(shuffled, 100)).containsExactlyElementsOf(WORST_FIRST.stream().map(FileLog::source).toList());
    assertThat(Severity.first(shuffled, 3)).containsExactly("z-failed.html", "y-loss.html", "x-loss.html");
  }

  @Test
  void theFirstPagesKeptAreTheMostSevereWhateverTheOrderTheyCameIn() {
    for (long seed = 0; seed < 20; seed++) {
      List<FileLog> shuffled = new ArrayList<>(WORST_FIRST);
      Collections.shuffle(shuffled, new Random(seed));
      FirstPages pages = new FirstPages(4);
      for (FileLog log : shuffled) {
        if (pages.wants(Severity.of(log))) {
          pages.offer(Severity.of(log), "page of " + log.source());
        }
      }
      assertThat(pages.kept()).extracting(Map.Entry::getKey)
          .containsExactly("z-failed.html", "y-loss.html", "x-loss.html", "b-warning.html");
      assertThat(pages.kept().get(0).getValue()).isEqualTo("page of z-failed.html");
    }
  }

  private static FileLog cleaned(String source, List<String> warnings, double share, boolean flagged) {
    List<Change> changes = flagged ? List.of(new Change.Flagged("site.review", new Where(1, 1), "p")) : List.of();
    return FileLog.cleaned(source, changes, warnings, new FileLog.TextStats(1000, (int) Math.round(share * 1000)));
  }
}
