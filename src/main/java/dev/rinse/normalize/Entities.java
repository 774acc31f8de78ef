package dev.rinse.normalize;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the characters the sanitizer escapes out of caution (full-width forms, characters outside
 * the BMP) as plain UTF-8, so Chinese punctuation and emoji stay readable. A character whose Unicode
 * compatibility form contains a markup character ({@code < > & " ' ` =}) stays escaped, as do
 * non-characters and the byte order mark: this step can never introduce markup. Stateless.
 */
public final class Entities {
  private static final Pattern NUMERIC = Pattern.compile("&#x([0-9a-fA-F]{1,6});");

  private Entities() {}

  public static String readable(CharSequence markup) {
    String html = markup.toString();
    if (html.indexOf("&#x") < 0) {
      return html;
    }
    Matcher reference = NUMERIC.matcher(html);
    StringBuilder out = new StringBuilder(html.length());
    while (reference.find()) {
      int codePoint = Integer.parseInt(reference.group(1), 16);
      String replacement = isPlain(codePoint) ? Character.toString(codePoint) : reference.group();
      reference.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    reference.appendTail(out);
    return out.toString();
  }

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
