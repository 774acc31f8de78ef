package dev.rinse.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * A post body read as Markdown, as the generators' renderers read it (CommonMark with GFM tables,
 * strikethrough and autolinks). Its raw HTML (HTML blocks and inline HTML) is what rules and the policy
 * clean, so the parser is given that HTML with each stretch of Markdown between replaced by a
 * placeholder element holding the stretch's visible text: rules see the HTML's real structure (a
 * promo box that wraps Markdown takes the Markdown with it) and the text a removal takes, but never
 * touch Markdown. Links, images and definitions carry URLs that rules and the policy clean; code is text
 * and is never cleaned. Not thread-safe: one instance belongs to one file.
 */
public final class MarkdownBody {
  /** The element that stands for a stretch of Markdown in the HTML the rules and the policy see. */
  public static final String PLACEHOLDER = "rinse-markdown";

  /**
   * A stretch of Markdown between raw HTML: written as it is, less the edits made to it.
   *
   * @param index its number, in body order
   */
  public record Segment(int index, int start, int end) {}

  /**
   * A stretch of raw HTML, written as it is when nothing in it changed.
   *
   * @param prefix what starts each of its lines after the first (a block quote's {@code >}), which a
   *     rewritten run's lines need too
   * @param wellFormed whether it ends outside any tag, comment or raw text, so that the Markdown after it
   *     is read on its own
   */
  public record Run(int start, int end, String prefix, boolean wellFormed) {}

  /** The unfinished end of a stretch of HTML (a tag a blank line cut), read as text: where it starts, and its text. */
  public record Tail(int start, String text) {}

  private final String body;
  private final int bodyLine;
  private final int[] lineStarts;
  private final List<Segment> segments;
  private final List<Run> runs;
  private final List<MarkdownLink> links;
  private final String html;
  private final OffsetMap map;
  private final Map<Integer, Integer> placeholderStarts;
  private final char marker;
  private final List<String> problems;
  private final List<Tail> tails;
  private final MarkdownEdits edits = new MarkdownEdits();
  private final Map<Element, Segment> placeholders = new IdentityHashMap<>();
  private final Map<Integer, Element> placeholderOf = new HashMap<>();

  MarkdownBody(String body, int bodyLine, int[] lineStarts, List<Segment> segments, List<Run> runs,
      List<MarkdownLink> links, String html, OffsetMap map, Map<Integer, Integer> placeholderStarts, char marker,
      List<String> problems, List<Tail> tails) {
    this.tails = List.copyOf(tails);
    this.body = body;
    this.bodyLine = bodyLine;
    this.lineStarts = lineStarts;
    this.segments = List.copyOf(segments);
    this.runs = List.copyOf(runs);
    this.links = List.copyOf(links);
    this.html = html;
    this.map = map;
    this.placeholderStarts = placeholderStarts;
    this.marker = marker;
    this.problems = List.copyOf(problems);
  }

  /** A text's CommonMark tree as the body's is read (GFM tables, strikethrough, autolinks), with source spans. */
  public static org.commonmark.node.Node tree(String text) {
    return MarkdownReader.tree(text);
  }

  /** Finds the placeholders in the document parsed from {@link #html()}: by their place, so that input markup cannot pose as one. */
  void attach(Document document) {
    for (Element element : document.getElementsByTag(PLACEHOLDER)) {
      if (!element.sourceRange().isTracked()) {
        continue;
      }
      Integer index = placeholderStarts.get(element.sourceRange().startPos());
      if (index != null) {
        placeholders.put(element, segments.get(index));
        placeholderOf.put(index, element);
      }
    }
  }

  /** The body as written in the file. */
  public String body() {
    return body;
  }

  /** The HTML the parser reads: the raw HTML, with placeholders for the Markdown between. */
  String html() {
    return html;
  }

  OffsetMap map() {
    return map;
  }

  /** What was wrong with the body's HTML and how it was read anyway. */
  List<String> problems() {
    return problems;
  }

  /** The unfinished ends of HTML read as text; each is written escaped, a change of its own. */
  public List<Tail> tails() {
    return tails;
  }

  public List<Segment> segments() {
    return segments;
  }

  public List<Run> runs() {
    return runs;
  }

  /** Every link, image, autolink and definition, in body order, removed ones too. */
  public List<MarkdownLink> links() {
    return links;
  }

  /** Whether a node is a placeholder for Markdown, not HTML of the input. */
  public boolean isPlaceholder(Node node) {
    return node instanceof Element element && placeholders.containsKey(element);
  }

  /** The Markdown a placeholder stands for. */
  public Segment segmentOf(Element placeholder) {
    return Objects.requireNonNull(placeholders.get(placeholder), "not a placeholder");
  }

  /** The placeholder of a segment, which tells whether the segment is still in the document. */
  public Element placeholder(Segment segment) {
    return placeholderOf.get(segment.index());
  }

  /** The placeholder of the Markdown a link is written in. */
  public Element placeholderOf(MarkdownLink link) {
    return placeholderOf.get(link.segment());
  }

  /** Whether a link's Markdown is still in the document: not inside HTML that was removed. */
  public boolean isLive(MarkdownLink link) {
    Element placeholder = placeholderOf.get(link.segment());
    return placeholder != null && placeholder.ownerDocument() != null && link.fate() == MarkdownLink.Fate.KEPT;
  }

  /**
   * The text written into the output where a segment stands, so that the output can be split at
   * segments: a character the body does not hold, the segment's number, and the character again.
   */
  public String marker(Segment segment) {
    return marker + Integer.toString(segment.index()) + marker;
  }

  /** The character {@link #marker} brackets numbers with. */
  public char markerCharacter() {
    return marker;
  }

  /** The edits made to the Markdown, written when the output is put together. */
  public MarkdownEdits edits() {
    return edits;
  }

  /** The segment's text as it will be written: as read, less the edits made to it; a link's edits come first. */
  public String written(Segment segment) {
    return allEdits().apply(body, segment.start(), segment.end());
  }

  /** The segment as it will be written, in pieces: stretches of the body as written, and edits. */
  public List<MarkdownEdits.Piece> writtenPieces(Segment segment) {
    return allEdits().pieces(segment.start(), segment.end());
  }

  private MarkdownEdits allEdits() {
    MarkdownEdits merged = new MarkdownEdits();
    for (MarkdownLink link : links) {
      link.edits(merged); // an unwrapped link's closing part may stand in a later segment
    }
    edits.copyInto(merged);
    return merged;
  }

  /** The line and column of a body offset in the file. */
  public Where where(int offset) {
    int line = java.util.Arrays.binarySearch(lineStarts, offset);
    if (line < 0) {
      line = -line - 2;
    }
    return new Where(bodyLine + line, offset - lineStarts[line] + 1);
  }
}
