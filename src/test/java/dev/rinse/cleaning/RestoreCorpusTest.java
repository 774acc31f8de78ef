package dev.rinse.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rinse.SharedData;
import dev.rinse.audit.Restorer;
import dev.rinse.audit.Verifier;
import dev.rinse.changelog.ChangeLogJson;
import dev.rinse.changelog.FileLog;
import dev.rinse.changelog.RunConfig;
import dev.rinse.run.CorpusCleaner;
import dev.rinse.run.OutputFolder;
import dev.rinse.run.Rerun;
import dev.rinse.run.RunListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** On the shared corpora, restoring a rule gives exactly what cleaning with that rule off gives. */
class RestoreCorpusTest {
  @TempDir
  Path temp;

  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of("corpus/sina-rsshub", "core.font-unwrap"),
        Arguments.of("corpus/sina-rsshub", "sina.stock-wrapper"),
        Arguments.of("corpus/sina-rsshub", "sina.app-qr-promo"),
        Arguments.of("corpus/readability", "core.hidden-elements"));
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("rules")
  void restoringARuleEqualsCleaningWithItOff(String corpus, String rule) throws Exception {
    Path input = SharedData.folder(corpus);
    Path restored = temp.resolve("restored");
    Path reference = temp.resolve("reference");
    RunConfig config = new RunConfig(List.of(input.toAbsolutePath().toString()), List.of(), List.of(), 0.3, 200, 32L << 20, "test");
    new CorpusCleaner(Rerun.rinse(config)).run(List.of(input), restored, config, false, RunListener.NONE);
    RunConfig off = Rerun.without(config, rule);
    new CorpusCleaner(Rerun.rinse(off)).run(List.of(input), reference, off, false, RunListener.NONE);

    Restorer.Result result = new Restorer().restore(OutputFolder.open(restored), rule);

    assertThat(result.changes()).as("changes taken back").isPositive();
    List<FileLog> logs = OutputFolder.open(reference).logs();
    assertThat(OutputFolder.open(restored).logs()).hasSameSizeAs(logs);
    for (FileLog expected : logs) {
      Path log = CorpusCleaner.logOf(restored, expected.source());
      assertThat(ChangeLogJson.readLog(log)).as(expected.source()).isEqualTo(expected);
      Path output = CorpusCleaner.outputOf(restored, expected.source());
      assertThat(Files.readString(output)).as(expected.source())
          .isEqualTo(Files.readString(CorpusCleaner.outputOf(reference, expected.source())));
    }
    assertThat(new Verifier().verify(OutputFolder.open(restored)).findings()).isEmpty();
  }
}
