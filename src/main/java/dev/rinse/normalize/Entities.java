package dev.rinse.normalize;

import java.text.Normalizer;

/**
 * Tells which characters beyond ASCII the output may hold as they are, so Chinese punctuation and
 * emoji stay readable: not one whose Unicode compatibility form contains a markup character
 * ({@code < > & " ' ` =}), nor a non-character, control or the byte order mark, which are written as
 * references. Stateless.
 */
public final class Entities {

  private Entities() {}

  public static boolean isPlain(int codePoint) {
    if (codePoint < 0xA0 || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)
        || (codePoint & 0xFFFE) == 0xFFFE || (codePoint >= 0xFDD0 && codePoint <= 0xFDEF)
        || codePoint == 0xFEFF || (codePoint >= 0xFFF0 && codePoint <= 0xFFFD)) {
      return false;
    }
    if (!Character.isDefined(codePoint) || Character.getType(codePoint) == Character.FORMAT
        || Character.getType(codePoint) == Character.CONTROL) {
      return false;
    }
    return !foldsToMarkup(codePoint);
  }

  /** Whether the character's compatibility form holds a markup character, as a full-width {@code <} does. */
  public static boolean foldsToMarkup(int codePoint) {
    String folded = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKC);
    return folded.chars().anyMatch(c -> "<>&\"'`=".indexOf(c) >= 0);
  }
}
