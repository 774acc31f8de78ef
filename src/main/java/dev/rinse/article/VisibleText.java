package dev.rinse.article;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The text a reader sees: the text nodes of the body (and the raw text of {@code xmp} and
 * {@code plaintext}), in document order, whitespace as written. Script and style content are data, not text, and the head is not shown, so neither counts.
 */
public final class VisibleText {
  private VisibleText() {}

  public static String of(Node node) {
    if (inHead(node)) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    NodeTraversor.traverse(
        (child, depth) -> {
          text.append(textOf(child));
        },
        node);
    return text.toString();
  }

  /**
   * A node's own text as a reader sees it: a text node's, or the raw text of an {@code xmp} or
   * {@code plaintext}, which the parser keeps as data but a browser shows as written.
   */
  private static String textOf(Node node) {
    if (node instanceof TextNode textNode) {
      return textNode.getWholeText();
    }
    if (node instanceof DataNode data && node.parent() instanceof Element parent
        && (parent.nameIs("xmp") || parent.nameIs("plaintext"))) {
      return data.getWholeData();
    }
    return "";
  }

  /**
   * Whether a node holds at least {@code characters} of visible text, white space aside; stops reading
   * as soon as it does.
   */
  public static boolean holdsAtLeast(Node node, int characters) {
    return characters <= 0 || countUpTo(node, characters) >= characters;
  }

  /** How many characters of visible text a node holds, white space aside; {@code withoutWhitespace(of(node)).length()}. */
  public static int count(Node node) {
    return countUpTo(node, Integer.MAX_VALUE);
  }

  /** {@link #count(Node)}, read only until it reaches {@code limit}. */
  private static int countUpTo(Node node, int limit) {
    if (inHead(node)) {
      return 0;
    }
    int[] count = {0};
    NodeTraversor.filter(
        (child, depth) -> {
          count[0] += count(textOf(child));
          return count[0] >= limit ? NodeFilter.FilterResult.STOP : NodeFilter.FilterResult.CONTINUE;
        },
        node);
    return count[0];
  }

  /** How many characters a text has, white space aside; {@code withoutWhitespace(text).length()}. */
  public static int count(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isSpace(c)) {
        count++;
      }
    }
    return count;
  }

  static boolean isSpace(char c) {
    // Decided without the library calls, the slow part of the loop, for ASCII and for every character
    // outside U+1680..U+3000: beyond ASCII, the only space there is U+00A0.
    if (c < 0x80) {
      return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    }
    if (c < 0x1680 || c > 0x3000) {
      return c == 0xA0;
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Drops all white space, which rendering folds anyway; what is left is what the reader reads. */
  public static String withoutWhitespace(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isSpace(c)) {
        out.append(c); // white space is all in the BMP, so surrogate halves pass through as pairs
      }
    }
    return out.toString();
  }

  private static boolean inHead(Node node) {
    for (Node n = node; n != null; n = n.parent()) {
      if (n instanceof Element element && element.nameIs("head")) {
        return true;
      }
    }
    return false;
  }
}
