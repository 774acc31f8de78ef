package dev.rinse.cli;

import dev.rinse.corpus.Decoded;
import dev.rinse.corpus.Decoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads one input file for the commands that look at a single file. */
final class InputReader {
  private InputReader() {}

  static Decoded read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + ": no such file");
    }
    return new Decoder().decode(Files.readAllBytes(file));
  }
}
