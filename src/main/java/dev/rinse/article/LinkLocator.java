package dev.rinse.article;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.internal.util.Escaping;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Finds where the parts of each link, image, autolink and definition are written: the parser gives the
 * whole construct's place and its decoded destination; the destination's own place is found by reading
 * the construct's tail by CommonMark's rules for link destinations, and accepted only when it decodes to
 * what the parser read. Not thread-safe.
 */
final class LinkLocator {
  private static final List<String> BARE_SCHEMES = List.of("http://", "https://", "ftp://", "mailto:");

  private final String body;
  private final int[] lineStarts;
  private final int bodyLine;
  private final List<MarkdownBody.Segment> segments;

  LinkLocator(String body, int[] lineStarts, int bodyLine, List<MarkdownBody.Segment> segments) {
    this.body = body;
    this.lineStarts = lineStarts;
    this.bodyLine = bodyLine;
    this.segments = segments;
  }

  List<MarkdownLink> locate(List<Node> nodes) {
    List<MarkdownLink> links = new ArrayList<>();
    for (Node node : nodes) {
      int[] range = Spans.range(node, body);
      if (range == null) {
        continue;
      }
      int start = range[0];
      int end = range[1];
      if (node instanceof LinkReferenceDefinition definition) {
        links.add(definition(definition, start, end));
      } else if (node instanceof Image image) {
        links.add(linkOrImage(MarkdownLink.Kind.IMAGE, image, image.getDestination(), start, end, 2));
      } else if (node instanceof Link link) {
        MarkdownLink found = link(link, start, end);
        if (found != null) {
          links.add(found);
        }
      }
    }
    return links;
  }

  private MarkdownLink link(Link link, int start, int end) {
    char first = body.charAt(start);
    if (first == '<') {
      return autolink(link, start, end, start + 1, end - 1);
    }
    if (first != '[') {
      // a bare URL the autolink extension found; renderers link only these, at a word's start
      String lower = link.getDestination().toLowerCase(java.util.Locale.ROOT);
      boolean linked = BARE_SCHEMES.stream().anyMatch(lower::startsWith)
          && (start == 0 || !Character.isLetterOrDigit(body.charAt(start - 1)));
      return linked ? autolink(link, start, end, start, end) : null;
    }
    return linkOrImage(MarkdownLink.Kind.LINK, link, link.getDestination(), start, end, 1);
  }

  private MarkdownLink autolink(Link link, int start, int end, int textStart, int textEnd) {
    String written = body.substring(textStart, textEnd);
    // a www. link's URL is its text after "http://"; an e-mail autolink's gains "mailto:": not rewritten
    String scheme = link.getDestination().equals("http://" + written) ? "http://" : "";
    boolean url = link.getDestination().equals(scheme + written);
    return new MarkdownLink(MarkdownLink.Kind.AUTOLINK, link.getDestination(), false, start, end, textStart, textEnd,
        url ? textStart : -1, url ? textEnd : -1, false, where(start), where(textStart), segment(start))
        .withImplicitScheme(scheme);
  }

  private MarkdownLink linkOrImage(MarkdownLink.Kind kind, Node node, String destination, int start, int end, int opener) {
    int textStart = start + opener;
    int textEnd = textStart;
    if (node.getFirstChild() != null) {
      int[] first = Spans.range(node.getFirstChild(), body);
      int[] last = Spans.range(node.getLastChild(), body);
      if (first != null && last != null) {
        textStart = first[0];
        textEnd = last[1];
      }
    }
    int close = textEnd;
    while (close < end && body.charAt(close) != ']') {
      close++;
    }
    boolean inline = close + 1 < end && body.charAt(close + 1) == '(';
    int[] found = inline ? destination(close + 2, end, destination) : null;
    return new MarkdownLink(kind, destination, !inline, start, end, textStart, close, found == null ? -1 : found[0],
        found == null ? -1 : found[1], found != null && found[2] == 1, where(start),
        found == null ? where(start) : where(found[0]), segment(start));
  }

  private MarkdownLink definition(LinkReferenceDefinition definition, int start, int end) {
    int close = start + 1;
    while (close < end && body.charAt(close) != ']') {
      close += body.charAt(close) == '\\' ? 2 : 1;
    }
    int[] found = close + 1 < end && body.charAt(close + 1) == ':'
        ? destination(close + 2, end, definition.getDestination()) : null;
    int lineEnd = MarkdownReader.lineEnd(body, end);
    return new MarkdownLink(MarkdownLink.Kind.DEFINITION, definition.getDestination(), false, start, lineEnd, start,
        start, found == null ? -1 : found[0], found == null ? -1 : found[1], found != null && found[2] == 1,
        where(start), found == null ? where(start) : where(found[0]), segment(start));
  }

  /**
   * The destination written from {@code at} (after white space and one line break): between {@code <}
   * and {@code >}, or a run of non-space characters with balanced parentheses. Returns its start, end and
   * whether it is angled, or null when what is written does not decode to {@code expected}.
   */
  private int[] destination(int at, int end, String expected) {
    int i = at;
    while (i < end && (body.charAt(i) == ' ' || body.charAt(i) == '\t' || body.charAt(i) == '\n' || body.charAt(i) == '\r')) {
      i++;
    }
    int from = i;
    boolean angled = i < end && body.charAt(i) == '<';
    if (angled) {
      i++;
      while (i < end && body.charAt(i) != '>' && body.charAt(i) != '\n') {
        i += body.charAt(i) == '\\' ? 2 : 1;
      }
      if (i >= end || body.charAt(i) != '>') {
        return null;
      }
      String inner = body.substring(from + 1, i);
      return Escaping.unescapeString(inner).equals(expected) ? new int[] {from, i + 1, 1} : null;
    }
    int depth = 0;
    while (i < end) {
      char c = body.charAt(i);
      if (c <= ' ') {
        break;
      }
      if (c == '\\' && i + 1 < end) {
        i += 2;
        continue;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (depth == 0) {
          break;
        }
        depth--;
      }
      i++;
    }
    String written = body.substring(from, i);
    return Escaping.unescapeString(written).equals(expected) ? new int[] {from, i, 0} : null;
  }

  private Where where(int offset) {
    int line = java.util.Arrays.binarySearch(lineStarts, offset);
    if (line < 0) {
      line = -line - 2;
    }
    return new Where(bodyLine + line, offset - lineStarts[line] + 1);
  }

  private int segment(int offset) {
    for (MarkdownBody.Segment segment : segments) {
      if (offset >= segment.start() && offset < segment.end()) {
        return segment.index();
      }
    }
    return -1;
  }
}
