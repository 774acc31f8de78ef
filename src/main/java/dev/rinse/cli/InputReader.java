package dev.rinse.cli;

import dev.rinse.api.Rinse;
import dev.rinse.cleaning.DocumentCleaner;
import dev.rinse.cleaning.DocumentCleaner.Document;
import dev.rinse.cleaning.DocumentCleaner.Removals;
import dev.rinse.cleaning.FileTimeout;
import dev.rinse.rules.RuleFileException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One input file, read and cleaned in memory as a run would, for the commands that look at a single file. */
final class InputReader {
  private InputReader() {}

  /**
   * Reads and cleans a file with the rules the options choose, as a run would; its log gives each removal
   * whole, with its bytes in the file. The file is read whatever its size: the user named it.
   *
   * @throws IllegalArgumentException when there is no such file or a disabled rule is unknown
   */
  static DocumentCleaner.Result clean(Path file, RuleOptions rules, TargetOptions target, FileTimeout timeout)
      throws RuleFileException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + ": no such file");
    }
    Rinse rinse = rules.rinse(rules.builder().target(target.target()).timeout(timeout.limit())
        .maxSize(Long.MAX_VALUE));
    return rinse.clean(Document.ofFile(file.getFileName().toString(), file), Removals.CITED_WHOLE);
  }
}
