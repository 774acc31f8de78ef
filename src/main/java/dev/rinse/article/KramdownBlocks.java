package dev.rinse.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where kramdown (Jekyll's renderer) reads raw HTML differently from CommonMark: a line that starts
 * with a block-level element's start tag opens raw HTML that runs to that element's end tag, blank
 * lines and all, where CommonMark ends the HTML block at the first blank line and reads what follows as
 * Markdown. For Jekyll, such an HTML block takes in everything up to its end tag, so that rules and the
 * policy see what kramdown passes on as HTML. Stateless.
 */
final class KramdownBlocks {
  /** kramdown's HTML_SPAN_ELEMENTS: a line starting with one of these is a paragraph, not raw HTML. */
  private static final Set<String> SPAN_ELEMENTS = Set.of("a", "abbr", "acronym", "b", "big", "bdo", "br",
      "button", "cite", "code", "del", "dfn", "em", "i", "img", "input", "kbd", "label", "option", "q", "rb",
      "rbc", "rp", "rt", "rtc", "ruby", "samp", "select", "small", "span", "strike", "strong", "sub", "sup",
      "textarea", "tt", "u", "var");
  private static final Set<String> VOID_ELEMENTS = Set.of("area", "base", "br", "col", "embed", "hr", "img",
      "input", "link", "meta", "param", "source", "track", "wbr");
  private static final Pattern START = Pattern.compile("^ {0,3}<([A-Za-z][A-Za-z0-9-]*)");
  private static final Pattern TAG = Pattern.compile("<!--.*?-->|<(/?)([A-Za-z][A-Za-z0-9-]*)(?:\\s[^>]*?)?(/?)>", Pattern.DOTALL);

  private KramdownBlocks() {}

  /** A piece of raw HTML: where it starts and ends, whether it is a top-level HTML block. */
  record Extent(int start, int end, boolean topLevelBlock) {}

  /** The pieces, with each top-level block that opens an element kramdown reads to its end tag taken that far. */
  static List<Extent> extend(String body, List<Extent> pieces) {
    List<Extent> extended = new ArrayList<>();
    int absorbedUntil = -1;
    for (Extent piece : pieces) {
      if (piece.start() < absorbedUntil) {
        continue; // inside raw HTML an earlier block took in
      }
      Extent taken = piece.topLevelBlock() ? toEndTag(body, piece) : piece;
      absorbedUntil = taken.end();
      extended.add(taken);
    }
    return extended;
  }

  private static Extent toEndTag(String body, Extent piece) {
    Matcher start = START.matcher(body).region(piece.start(), body.length());
    if (!start.lookingAt()) {
      return piece;
    }
    String name = start.group(1).toLowerCase(Locale.ROOT);
    if (SPAN_ELEMENTS.contains(name) || VOID_ELEMENTS.contains(name)) {
      return piece;
    }
    int depth = 0;
    Matcher tag = TAG.matcher(body).region(start.start(1) - 1, body.length());
    while (tag.find()) {
      if (tag.group(2) == null || !tag.group(2).toLowerCase(Locale.ROOT).equals(name) || !tag.group(3).isEmpty()) {
        continue;
      }
      depth += tag.group(1).isEmpty() ? 1 : -1;
      if (depth == 0) {
        if (tag.end() <= piece.end()) {
          return piece;
        }
        int lineEnd = body.indexOf('\n', tag.end());
        return new Extent(piece.start(), lineEnd < 0 ? body.length() : lineEnd + 1, true);
      }
    }
    return new Extent(piece.start(), body.length(), true); // kramdown closes it at the end, and so do we
  }
}
