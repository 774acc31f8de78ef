package dev.rinse.cli;

import dev.rinse.changelog.FileLog;
import dev.rinse.cleaning.Cleaned;
import dev.rinse.cleaning.Cleaner;
import dev.rinse.cleaning.FileTimeout;
import dev.rinse.cleaning.TextLossGuard;
import dev.rinse.corpus.Decoded;
import dev.rinse.corpus.Decoder;
import dev.rinse.rules.RuleFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** One input file, read and cleaned in memory, for the commands that look at a single file. */
record InputReader(Decoded decoded, Cleaned cleaned) {

  /**
   * Reads and cleans a file with the rules the options choose.
   *
   * @throws IllegalArgumentException when there is no such file or a disabled rule is unknown
   */
  static InputReader clean(Path file, RuleOptions rules, TargetOptions target, FileTimeout timeout)
      throws IOException, RuleFileException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + ": no such file");
    }
    Decoded decoded = new Decoder().decode(Files.readAllBytes(file));
    Cleaner cleaner = new Cleaner(rules.profile(), TextLossGuard.DEFAULT, target.target());
    String name = file.getFileName().toString();
    Cleaned cleaned;
    try {
      cleaned = timeout.run(() -> cleaner.clean(name, decoded.text(), decoded.warnings()));
    } catch (FileTimeout.Exceeded e) {
      cleaned = new Cleaned(Optional.empty(), FileLog.failed(name, decoded.warnings(), e.getMessage()), List.of());
    }
    return new InputReader(decoded, cleaned);
  }
}
