package dev.rinse.article;

import java.util.List;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * Tells where a stretch of raw HTML stops being complete: an HTML block ends at a blank line, which may
 * fall inside a tag, an attribute value or a comment, and the browser would then read the Markdown after
 * it as part of that tag. A sentinel element written after the stretch is read as an element only when
 * the stretch ends outside all of them. Stateless.
 */
final class RunEnds {
  private static final String SENTINEL = "rinse-end";
  /** How many places the unfinished end is looked for before the whole stretch counts as unfinished. */
  private static final int TRIES = 32;

  private RunEnds() {}

  /** Where the unfinished end of {@code html} starts; its length when it ends outside any tag. */
  static int unfinishedTail(CharSequence html) {
    String text = html.toString();
    if (complete(text)) {
      return text.length();
    }
    // Where a node starts or ends is where a token does: the unfinished one starts at one of them (a
    // comment or raw text element at its start; a tag the parser dropped where the node before it ends).
    TreeSet<Integer> boundaries = new TreeSet<>();
    Document shell = Document.createShell("");
    shell.body().appendChildren(Parser.htmlParser().setTrackPosition(true).parseFragmentInput(text, shell.body(), ""));
    NodeTraversor.traverse((node, depth) -> {
      Range range = node.sourceRange();
      if (range.isTracked() && !range.isImplicit()) {
        boundaries.add(range.startPos());
        boundaries.add(node instanceof Element element && element.endSourceRange().isTracked()
            ? element.endSourceRange().endPos() : range.endPos());
      }
    }, shell.body());
    int tries = 0;
    for (int at : boundaries.descendingSet()) {
      if (at < text.length() && complete(text.substring(0, at))) {
        return at;
      }
      if (++tries == TRIES) {
        break;
      }
    }
    return 0;
  }

  /** How an unfinished end is closed, and what it is, for messages. */
  record Closing(String text, String what) {}

  private static final java.util.regex.Pattern RAW_TEXT_START = java.util.regex.Pattern.compile(
      "<(script|style|textarea|title|xmp|iframe|noembed|noframes|noscript|plaintext)(?:\\s[^>]*)?>",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * What closes an unfinished end: a comment gets its {@code -->}, an element whose content is raw
   * text (a style sheet cut by a blank line) its end tag. Null for an unfinished tag, which is read as text.
   */
  static Closing closing(String unfinished) {
    if (unfinished.startsWith("<!--")) {
      return new Closing("-->", "a comment");
    }
    java.util.regex.Matcher start = RAW_TEXT_START.matcher(unfinished);
    if (start.lookingAt() && complete(unfinished + "</" + start.group(1) + ">")) {
      return new Closing("</" + start.group(1) + ">", "<" + start.group(1).toLowerCase(java.util.Locale.ROOT) + ">");
    }
    return null;
  }

  private static boolean complete(String html) {
    if (html.indexOf('<') < 0) {
      return true;
    }
    Document shell = Document.createShell("");
    List<Node> nodes = Parser.htmlParser().parseFragmentInput(html + "<" + SENTINEL + "></" + SENTINEL + ">", shell.body(), "");
    shell.body().appendChildren(nodes);
    return !shell.body().getElementsByTag(SENTINEL).isEmpty();
  }
}
