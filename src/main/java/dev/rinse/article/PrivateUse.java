package dev.rinse.article;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Private-use characters that mark places in a text, chosen among those the text cannot hold: not
 * written in it, and not written as a numeric character reference either, which the parser decodes
 * into the same character. Stateless.
 */
final class PrivateUse {
  private static final char FIRST = '\uE000';
  private static final char LAST = '\uF8FF';
  private static final Pattern REFERENCE = Pattern.compile("&#(?:[xX]0*([0-9a-fA-F]{1,6})|0*([0-9]{1,7}))");

  private PrivateUse() {}

  /** A private-use character the text holds in no form. */
  static char unused(String text) {
    BitSet used = new BitSet(LAST - FIRST + 1);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= FIRST && c <= LAST) {
        used.set(c - FIRST);
      }
    }
    if (text.indexOf("&#") >= 0) {
      Matcher reference = REFERENCE.matcher(text);
      while (reference.find()) {
        int code = reference.group(1) != null ? Integer.parseInt(reference.group(1), 16) : Integer.parseInt(reference.group(2));
        if (code >= FIRST && code <= LAST) {
          used.set(code - FIRST);
        }
      }
    }
    int free = used.nextClearBit(0);
    if (free > LAST - FIRST) {
      throw new IllegalStateException("the text holds every private-use character");
    }
    return (char) (FIRST + free);
  }
}
