package dev.rinse.changelog;

import java.util.Objects;

/**
 * The source text a change removed, and where its bytes are in the input file. In memory the text is
 * whole; a change log inlines it only up to {@link #INLINE} characters when it can point at the bytes
 * instead, so a log read back may hold the text's start and the number of characters left out.
 *
 * @param text the removed text as written in the input, or its first characters when {@code elided > 0}
 * @param elided how many characters of the removed text follow {@code text} and were left out
 * @param bytes where the removed text's bytes are in the input file; null when the change cannot point
 *     at them (the text was not written there as such, or the input does not decode and encode alike)
 */
public record Cited(String text, int elided, ByteRange bytes) {
  /** How many characters of removed text a change log writes when the bytes can be read from the input. */
  public static final int INLINE = 200;

  public static final Cited NOTHING = new Cited("", 0, null);

  public Cited {
    Objects.requireNonNull(text, "text");
    if (elided < 0) {
      throw new IllegalArgumentException("elided must be >= 0: " + elided);
    }
    if (elided > 0 && bytes == null) {
      throw new IllegalArgumentException("text left out of a change log must be citable by its bytes");
    }
  }

  /** Removed text not yet located in the input. */
  public static Cited of(String text) {
    return text.isEmpty() ? NOTHING : new Cited(text, 0, null);
  }

  /** Whether {@link #text} is all the removed text. */
  public boolean whole() {
    return elided == 0;
  }

  /** This text found in the input at {@code range}. */
  public Cited at(ByteRange range) {
    return new Cited(text, elided, range);
  }

  /** The text as a change log writes it: at most {@link #INLINE} characters when its bytes are cited. */
  public Cited shortened() {
    if (bytes == null || text.length() <= INLINE) {
      return this;
    }
    int end = Character.isHighSurrogate(text.charAt(INLINE - 1)) ? INLINE - 1 : INLINE;
    return new Cited(text.substring(0, end), elided + text.length() - end, bytes);
  }

  /** The length of the whole removed text, in characters. */
  public int length() {
    return text.length() + elided;
  }
}
