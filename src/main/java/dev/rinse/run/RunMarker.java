package dev.rinse.run;

import dev.rinse.corpus.AtomicFiles;
import dev.rinse.corpus.OutputRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * A file, {@code .rinse-running}, that a clean keeps in the output folder while it writes there: a run
 * that finds it knows the last one was killed, and only then walks the folder for the temporary files
 * a killed run leaves. After a run that ended that walk, a look at every output, would cost a re-run
 * over an unchanged corpus a third of its time.
 */
final class RunMarker {
  static final String FILE = ".rinse-running";

  private final Path marker;

  private RunMarker(Path marker) {
    this.marker = marker;
  }

  /**
   * Removes what a killed run left, if the folder says one was killed or cannot say (no earlier run's
   * cache), and marks the folder as being written.
   */
  static RunMarker begin(OutputRoot output, boolean earlierRunKnown) throws IOException {
    Path marker = output.place(FILE);
    if (!earlierRunKnown || Files.exists(marker, LinkOption.NOFOLLOW_LINKS)) {
      AtomicFiles.removeLeftovers(output.root());
    }
    Files.write(marker, new byte[0]);
    return new RunMarker(marker);
  }

  /** Marks the run as ended: everything it writes is in place. */
  void end() throws IOException {
    Files.delete(marker);
  }
}
