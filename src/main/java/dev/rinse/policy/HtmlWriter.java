package dev.rinse.policy;

import dev.rinse.normalize.Entities;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.owasp.html.HtmlStreamEventReceiver;

/**
 * Writes the sanitizer's events as HTML that reads like the text it holds: only what HTML needs is
 * escaped ({@code & < >} in text; {@code & " < >} in attribute values), so {@code Isn't}, {@code V+}
 * and {@code ?id=7} stay as written. Besides that, it keeps three guards: a {@code {} that ends a text
 * or starts {@code {{} is followed by an empty comment in text and a zero-width space in a value, so
 * no client-side template can form; an {@code =} right after {@code href} or {@code rel} in a
 * value is a reference, since Hexo's external-link filter edits the first such text
 * it finds in a tag, quotes and all; and a character whose compatibility form holds markup (a
 * full-width {@code <}) is a reference. Characters HTML forbids (controls, non-characters, lone
 * surrogates) are dropped, and line endings become LF. Elements whose content HTML reads as raw text
 * are never written: a policy cannot allow them. Not thread-safe: one instance per document.
 */
final class HtmlWriter implements HtmlStreamEventReceiver {
  private static final Set<String> VOID = Set.of("area", "base", "br", "col", "command", "embed", "hr", "img",
      "input", "keygen", "link", "meta", "param", "source", "track", "wbr");
  /**
   * Elements whose content HTML parses as raw text or as foreign content, which this writer cannot escape
   * for. ({@code title} and {@code textarea} read references, so their escaped text is their text.)
   */
  static final Set<String> RAW_TEXT = Set.of("script", "style", "iframe", "noembed", "noframes", "noscript",
      "template", "svg", "math");
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");
  private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[a-z][a-z0-9_:-]{0,63}");

  private final Appendable out;
  private final boolean everyElement;
  /** Whether the last thing written opened a pre, whose first line feed a parser drops. */
  private boolean afterPre;

  /** A writer of sanitized markup. */
  HtmlWriter(Appendable out) {
    this(out, false);
  }

  /**
   * @param everyElement whether raw-text elements are written too: for markup as read, which must differ
   *     from the sanitized markup wherever that dropped something
   */
  HtmlWriter(Appendable out, boolean everyElement) {
    this.out = out;
    this.everyElement = everyElement;
  }

  @Override
  public void openDocument() {}

  @Override
  public void closeDocument() {}

  @Override
  public void openTag(String elementName, List<String> attrs) {
    String name = written(elementName);
    if (name == null) {
      return;
    }
    StringBuilder tag = new StringBuilder(32).append('<').append(name);
    for (int i = 0; i + 1 < attrs.size(); i += 2) {
      String attribute = attrs.get(i).toLowerCase(Locale.ROOT);
      if (everyElement || ATTRIBUTE_NAME.matcher(attribute).matches()) {
        tag.append(' ').append(attribute).append("=\"");
        escape(attrs.get(i + 1), tag, true);
        tag.append('"');
      }
    }
    append(tag.append(VOID.contains(name) ? " />" : ">"));
    afterPre = name.equals("pre") || name.equals("textarea");
  }

  @Override
  public void closeTag(String elementName) {
    String name = written(elementName);
    if (name != null && !VOID.contains(name)) {
      append("</" + name + ">");
      afterPre = false;
    }
  }

  @Override
  public void text(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    if (afterPre && (text.startsWith("\n") || text.startsWith("\r"))) {
      escaped.append('\n'); // the parser drops it, so that the text's own line feed stays
    }
    afterPre = afterPre && text.isEmpty();
    escape(text, escaped, false);
    append(escaped);
  }

  /** The name the element is written under, or null when it is not written. */
  private String written(String elementName) {
    String name = elementName.toLowerCase(Locale.ROOT);
    if (name.equals("xmp") || name.equals("listing") || name.equals("plaintext")) {
      return "pre"; // the same text, without the raw-text parsing
    }
    if (everyElement) {
      return name; // markup as read is only compared, never written out: everything in it must show
    }
    return NAME.matcher(name).matches() && !RAW_TEXT.contains(name) ? name : null;
  }

  static void escape(String text, StringBuilder out, boolean inValue) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(inValue ? "&quot;" : "\"");
        case '{' -> out.append(i + 1 == n || text.charAt(i + 1) == '{' ? (inValue ? "{\u200B" : "{<!-- -->") : "{");
        case '=' -> out.append(inValue && afterFilteredName(out) ? "&#61;" : "=");
        case '\r' -> {
          if (i + 1 == n || text.charAt(i + 1) != '\n') {
            out.append('\n');
          }
        }
        case '\t', '\n' -> out.append(c);
        default -> {
          if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
            continue; // controls HTML forbids
          }
          if (Character.isSurrogate(c)) {
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
              character(Character.toCodePoint(c, text.charAt(++i)), out);
            }
            continue; // a lone surrogate is dropped
          }
          if (c < 0xA0) {
            out.append(c);
          } else {
            character(c, out);
          }
        }
      }
    }
  }

  /**
   * Whether HTML forbids a code point in text, so that {@link #escape} drops it: a control but tab,
   * line feed and carriage return, a non-character, a lone surrogate.
   */
  static boolean forbidden(int codePoint) {
    return codePoint < 0x20 && codePoint != '\t' && codePoint != '\n' && codePoint != '\r'
        || codePoint >= 0x7F && codePoint <= 0x9F
        || Character.isSurrogate((char) codePoint) && codePoint <= 0xFFFF
        || (codePoint & 0xFFFE) == 0xFFFE || codePoint >= 0xFDD0 && codePoint <= 0xFDEF;
  }

  /** A character beyond ASCII: dropped if a non-character, a reference if a compatibility form holds markup. */
  private static void character(int codePoint, StringBuilder out) {
    if ((codePoint & 0xFFFE) == 0xFFFE || codePoint >= 0xFDD0 && codePoint <= 0xFDEF) {
      return;
    }
    if (!Entities.isPlain(codePoint) && (codePoint >= 0xFE60 || Entities.foldsToMarkup(codePoint))) {
      out.append("&#x").append(Integer.toHexString(codePoint)).append(';');
    } else {
      out.appendCodePoint(codePoint);
    }
  }

  /**
   * Whether what was written so far ends in {@code href} or {@code rel}, in any case. ({@code target=}
   * only stops the filter from adding its attributes, which takes nothing away.)
   */
  private static boolean afterFilteredName(StringBuilder out) {
    return endsWithIgnoreCase(out, "href") || endsWithIgnoreCase(out, "rel");
  }

  private static boolean endsWithIgnoreCase(StringBuilder out, String suffix) {
    int start = out.length() - suffix.length();
    return start >= 0 && out.substring(start).equalsIgnoreCase(suffix);
  }

  private void append(CharSequence text) {
    try {
      out.append(text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
