package dev.rinse.publish;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Writes sanitized HTML so that neither a Markdown renderer nor a template engine finds anything to act
 * on in it: the characters that open links and images ({@code [}), escapes ({@code \}), template or
 * attribute syntax ({@code {}), code spans ({@code `}) and fences (Hexo's filter takes a {@code ~~~} in
 * HTML for one) become character references, which HTML renders as the characters themselves; and no
 * line is blank, since a blank line would end an HTML block and leave what follows
 * to Markdown. Only for markup the sanitizer wrote: its text is escaped and its attribute values quoted,
 * so a character reference always stands where a character could. Stateless.
 */
final class Inert {
  private static final Pattern BLANK_LINE = Pattern.compile("\n([ \t]*)\n");

  /** A block-level tag at a line's start, which starts an HTML block in every Markdown renderer. */
  private static final Pattern BLOCK_START = Pattern.compile("^ {0,3}</?(?:address|article|aside|blockquote|center|"
      + "dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|menu|nav|"
      + "ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)(?:[\\s/>]|$)", Pattern.CASE_INSENSITIVE);

  private Inert() {}

  /** Whether HTML starts with a block-level tag (and so, holding no blank line, is one HTML block). */
  static boolean startsAsBlock(String html) {
    return BLOCK_START.matcher(html).lookingAt();
  }

  /** Whether HTML is one {@code div} element, with nothing but white space around it. */
  static boolean oneDiv(String html) {
    if (!html.regionMatches(true, 0, "<div", 0, 4)) {
      return false;
    }
    Element body = Jsoup.parseBodyFragment(html).body();
    return body.childrenSize() == 1 && body.child(0).normalName().equals("div") && body.ownText().isBlank();
  }

  /** Only template syntax escaped: for HTML that no Markdown renderer reads (an {@code .html} file). */
  static String templates(String markup) {
    if (markup.indexOf('{') < 0) {
      return markup;
    }
    return markup.replace("{<!-- -->", "{").replace("{", "&#123;");
  }

  static String html(String markup) {
    if (markup.indexOf('[') < 0 && markup.indexOf('\\') < 0 && markup.indexOf('{') < 0 && markup.indexOf('`') < 0
        && markup.indexOf("~~~") < 0 && markup.indexOf("\n\n") < 0 && !BLANK_LINE.matcher(markup).find()) {
      return markup;
    }
    // The sanitizer guards a '{' that ends a text with an empty comment; a reference needs no guard.
    String unguarded = markup.replace("{<!-- -->", "{");
    StringBuilder out = new StringBuilder(unguarded.length() + 16);
    for (int i = 0; i < unguarded.length(); i++) {
      char c = unguarded.charAt(i);
      switch (c) {
        case '[' -> out.append("&#91;");
        case '\\' -> out.append("&#92;");
        case '{' -> out.append("&#123;");
        case '`' -> out.append("&#96;");
        case '~' -> out.append(unguarded.startsWith("~~~", i) ? "&#126;" : "~");
        default -> out.append(c);
      }
    }
    String escaped = out.toString();
    // A blank line's line break becomes a reference: "a\n\nb" reads "a\n&#10;b", the same text.
    Matcher blank = BLANK_LINE.matcher(escaped);
    while (blank.find()) {
      escaped = blank.replaceAll("\n$1&#10;");
      blank = BLANK_LINE.matcher(escaped);
    }
    return escaped;
  }
}
