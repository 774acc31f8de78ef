package dev.rinse.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummarySelectionTest {
  @Test
  void filesLeftOutAndTheSelectionReadBackAsWritten(@TempDir Path dir) throws Exception {
    RunConfig config = new RunConfig(List.of("/in"), List.of(), List.of(), 0.3, 200, 1 << 20, "t")
        .selecting(List.of("posts/**"), List.of("*.draft.md"), false);
    RunSummary summary = new RunSummary(config);
    summary.skip("a.png");
    summary.leaveOut("drafts/");
    summary.leaveOut("posts/b.draft.md");
    Path file = Files.write(dir.resolve("rinse-summary.json"), ChangeLogJson.toBytes(summary.totals()));

    RunSummary.Totals read = ChangeLogJson.readSummary(file);

    assertThat(read.skipped()).isEqualTo(1);
    assertThat(read.leftOut()).isEqualTo(2);
    assertThat(read.leftOutFiles()).containsExactly("drafts/", "posts/b.draft.md");
    assertThat(read.run().include()).containsExactly("posts/**");
    assertThat(read.run().exclude()).containsExactly("*.draft.md");
    assertThat(read.run().ignoreFiles()).isEmpty();
  }

  @Test
  void aSummaryWrittenBeforeSelectionsReadsAsNothingLeftOutAndRinseignoreRead(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("rinse-summary.json"), """
        {
          "status": "complete", "files": 1, "ok": 1, "warning": 0, "error": 0, "skipped": 0, "changes": 0,
          "changesByRule": {}, "changesByAction": {}, "failures": [], "warnings": [], "skippedFiles": [],
          "staleOutputs": [], "prunedOutputs": [],
          "run": {"inputs": ["/in"], "rulePacks": [], "disabledRules": [], "maxTextLoss": 0.3, "longParagraph": 200,
                  "maxFileSize": 1048576, "version": "1.0.0", "generator": "hexo", "body": "auto",
                  "htmlFields": ["title"]}
        }
        """);

    RunSummary.Totals read = ChangeLogJson.readSummary(file);

    assertThat(read.leftOut()).isZero();
    assertThat(read.leftOutFiles()).isEmpty();
    assertThat(read.run().include()).isEmpty();
    assertThat(read.run().exclude()).isEmpty();
    assertThat(read.run().ignoreFiles()).containsExactly(".rinseignore");
  }
}
