package dev.rinse.corpus;

import java.nio.charset.Charset;
import java.util.List;

/**
 * A file's text with the encoding it was read in and what was guessed or replaced on the way.
 *
 * @param exact whether the text is every byte after a byte-order mark decoded, none replaced and no
 *     character removed, so that encoding it gives those bytes again
 */
public record Decoded(String text, Charset charset, List<String> warnings, boolean exact) {
  public Decoded {
    warnings = List.copyOf(warnings);
  }
}
