package dev.rinse.corpus;

import java.nio.charset.Charset;
import java.util.List;

/** A file's text with the encoding it was read in and what was guessed or replaced on the way. */
public record Decoded(String text, Charset charset, List<String> warnings) {
  public Decoded {
    warnings = List.copyOf(warnings);
  }
}
