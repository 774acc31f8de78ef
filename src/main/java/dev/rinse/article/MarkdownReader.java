package dev.rinse.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jsoup.nodes.Entities;

/**
 * Reads a Markdown body into a {@link MarkdownBody}: where its raw HTML and its Markdown are, the visible
 * text of each stretch of Markdown, its links, and the HTML the rules and the policy are given.
 * Immutable and thread-safe.
 */
final class MarkdownReader {
  private static final List<Extension> EXTENSIONS =
      List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());
  private static final Parser PARSER = Parser.builder()
      .extensions(EXTENSIONS)
      .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
      .build();

  private final Generator generator;

  MarkdownReader(Generator generator) {
    this.generator = generator;
  }

  /** The CommonMark tree of a text, with source spans. */
  static Node tree(String text) {
    return PARSER.parse(text);
  }

  /**
   * How deep Markdown may nest (block quotes in block quotes, lists in lists) and still be read as
   * Markdown: marked and kramdown overflow their stacks on a few thousand levels, and stop the build.
   */
  static final int MAX_DEPTH = 64;

  /** The body read as Markdown, or null when it nests deeper than {@link #MAX_DEPTH}. */
  MarkdownBody read(String body, int bodyLine) {
    Node root = PARSER.parse(body);
    if (depth(root) > MAX_DEPTH) {
      return null;
    }
    Collected collected = new Collected(body);
    root.accept(collected);
    int[] lineStarts = LineStarts.of(body);
    List<Piece> pieces = collected.pieces;
    if (generator == Generator.JEKYLL) {
      pieces = kramdown(body, pieces);
    }
    List<MarkdownBody.Run> runs = runs(body, pieces);
    List<MarkdownBody.Segment> segments = new ArrayList<>();
    int at = 0;
    for (MarkdownBody.Run run : runs) {
      if (run.start() > at) {
        segments.add(new MarkdownBody.Segment(segments.size(), at, run.start()));
      }
      at = run.end();
    }
    if (at < body.length()) {
      segments.add(new MarkdownBody.Segment(segments.size(), at, body.length()));
    }
    List<String> problems = new ArrayList<>();
    List<MarkdownBody.Tail> tails = new ArrayList<>();
    OffsetMap map = new OffsetMap();
    StringBuilder html = new StringBuilder(body.length() + 64 * segments.size());
    Map<Integer, Integer> placeholderStarts = new HashMap<>();
    List<MarkdownBody.Run> read = new ArrayList<>();
    int runIndex = 0;
    int segmentIndex = 0;
    while (runIndex < runs.size() || segmentIndex < segments.size()) {
      boolean runFirst = segmentIndex == segments.size()
          || runIndex < runs.size() && runs.get(runIndex).start() < segments.get(segmentIndex).start();
      if (runFirst) {
        read.add(appendRun(body, runs.get(runIndex++), html, map, problems, tails, lineStarts, bodyLine));
      } else {
        MarkdownBody.Segment segment = segments.get(segmentIndex++);
        String visible = collected.visibleText(segment.start(), segment.end());
        String placeholder = "<" + MarkdownBody.PLACEHOLDER + ">" + Entities.escape(visible) + "</" + MarkdownBody.PLACEHOLDER + ">";
        placeholderStarts.put(html.length(), segment.index());
        map.whole(segment.start(), segment.end(), placeholder.length());
        html.append(placeholder);
      }
    }
    List<MarkdownLink> links = new LinkLocator(body, lineStarts, bodyLine, segments).locate(collected.links);
    return new MarkdownBody(body, bodyLine, lineStarts, segments, read, links, html.toString(), map,
        placeholderStarts, PrivateUse.unused(body), problems, tails);
  }

  /** The deepest nesting of a tree, walked without recursion. */
  private static int depth(Node root) {
    int deepest = 0;
    int depth = 0;
    Node node = root;
    while (node != null) {
      if (node.getFirstChild() != null) {
        node = node.getFirstChild();
        deepest = Math.max(deepest, ++depth);
        if (deepest > MAX_DEPTH) {
          return deepest;
        }
        continue;
      }
      while (node != null && node.getNext() == null) {
        node = node.getParent();
        depth--;
      }
      node = node == null ? null : node.getNext();
    }
    return deepest;
  }

  /** Consecutive raw HTML pieces, merged where nothing stands between them. */
  private static List<MarkdownBody.Run> runs(String body, List<Piece> pieces) {
    List<MarkdownBody.Run> runs = new ArrayList<>();
    for (Piece piece : pieces) {
      MarkdownBody.Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (last != null && last.end() == piece.start() && last.prefix().equals(piece.prefix())) {
        runs.set(runs.size() - 1, new MarkdownBody.Run(last.start(), piece.end(), last.prefix(), true));
      } else {
        runs.add(new MarkdownBody.Run(piece.start(), piece.end(), piece.prefix(), true));
      }
    }
    return runs;
  }

  /**
   * Writes a run into the parser's input, its lines without their container prefix. A run that ends
   * inside a tag or comment would swallow the Markdown after it: its unfinished end is given as text
   * (a comment is closed instead), so that what follows is read on its own.
   */
  private static MarkdownBody.Run appendRun(String body, MarkdownBody.Run run, StringBuilder html, OffsetMap map,
      List<String> problems, List<MarkdownBody.Tail> tails, int[] lineStarts, int bodyLine) {
    List<int[]> lines = lines(body, run);
    StringBuilder text = new StringBuilder();
    for (int[] line : lines) {
      text.append(body, line[0], line[1]);
    }
    int tail = RunEnds.unfinishedTail(text);
    int written = 0;
    for (int[] line : lines) {
      int length = line[1] - line[0];
      int exact = Math.max(0, Math.min(length, tail - written));
      map.exact(line[0], exact);
      html.append(body, line[0], line[0] + exact);
      written += length;
    }
    if (tail < text.length()) {
      int bodyTail = bodyOffset(lines, tail);
      String unfinished = text.substring(tail);
      RunEnds.Closing closing = RunEnds.closing(unfinished);
      String replacement = closing == null ? Entities.escape(unfinished) : unfinished + closing.text();
      map.whole(bodyTail, run.end(), replacement.length());
      html.append(replacement);
      if (closing == null) {
        tails.add(new MarkdownBody.Tail(bodyTail, unfinished));
      }
      int line = java.util.Arrays.binarySearch(lineStarts, bodyTail);
      line = line < 0 ? -line - 2 : line;
      problems.add("line " + (bodyLine + line) + ": HTML ends inside "
          + (closing == null ? "a tag; its unfinished end is read as text" : closing.what() + ", which is closed there"));
    }
    return new MarkdownBody.Run(run.start(), run.end(), run.prefix(), tail == text.length());
  }

  /** The run's lines as body ranges, each without the container prefix that starts it. */
  private static List<int[]> lines(String body, MarkdownBody.Run run) {
    List<int[]> lines = new ArrayList<>();
    int at = run.start();
    while (at < run.end()) {
      int newline = body.indexOf('\n', at);
      int end = newline < 0 || newline >= run.end() ? run.end() : newline + 1;
      lines.add(new int[] {at, end});
      at = end;
      String bare = run.prefix().strip();
      if (at < run.end() && body.startsWith(run.prefix(), at)) {
        at += run.prefix().length();
      } else if (!bare.isEmpty() && at < run.end() && body.startsWith(bare, at)) {
        at += bare.length(); // a blank line in a block quote: '>' without its space
      }
    }
    return lines;
  }

  private static int bodyOffset(List<int[]> lines, int textOffset) {
    int written = 0;
    for (int[] line : lines) {
      int length = line[1] - line[0];
      if (textOffset < written + length) {
        return line[0] + textOffset - written;
      }
      written += length;
    }
    return lines.isEmpty() ? 0 : lines.get(lines.size() - 1)[1];
  }

  /**
   * A piece of raw HTML: a whole HTML block with its last line's end, or inline HTML.
   *
   * @param lineStart whether it starts a line of a top-level paragraph, where kramdown ends the
   *     paragraph and opens raw HTML when the tag is no span element's
   */
  private record Piece(int start, int end, String prefix, boolean topLevelBlock, boolean lineStart) {
    Piece(int start, int end, String prefix, boolean topLevelBlock) {
      this(start, end, prefix, topLevelBlock, false);
    }
  }

  /** The pieces as kramdown reads them: block-level elements run to their end tags. */
  private static List<Piece> kramdown(String body, List<Piece> pieces) {
    List<KramdownBlocks.Extent> extents = new ArrayList<>();
    for (Piece piece : pieces) {
      boolean blockStart = (piece.topLevelBlock() || piece.lineStart()) && piece.prefix().isEmpty();
      extents.add(new KramdownBlocks.Extent(piece.start(), piece.end(), blockStart));
    }
    List<Piece> read = new ArrayList<>();
    for (KramdownBlocks.Extent extent : KramdownBlocks.extend(body, extents)) {
      String prefix = pieces.stream().filter(p -> p.start() == extent.start()).findFirst().map(Piece::prefix).orElse("");
      read.add(new Piece(extent.start(), extent.end(), prefix, extent.topLevelBlock()));
    }
    return read;
  }

  /** What one walk of the tree collects: raw HTML, visible text, and the nodes that carry URLs. */
  private final class Collected extends AbstractVisitor {
    final String source;
    final List<Piece> pieces = new ArrayList<>();
    final List<Node> links = new ArrayList<>();
    /** Visible text by the body offset it starts at. */
    final java.util.TreeMap<Integer, String> atoms = new java.util.TreeMap<>();

    Collected(String source) {
      this.source = source;
    }

    String visibleText(int from, int to) {
      StringBuilder text = new StringBuilder();
      for (Map.Entry<Integer, String> atom : atoms.subMap(from, to).entrySet()) {
        text.append(atom.getValue());
      }
      return text.toString();
    }

    @Override
    public void visit(HtmlBlock block) {
      addPiece(block, true);
    }

    @Override
    public void visit(HtmlInline inline) {
      addPiece(inline, false);
    }

    private void addPiece(Node node, boolean block) {
      List<int[]> spans = Spans.of(node, source);
      if (spans.isEmpty()) {
        return;
      }
      int start = spans.get(0)[0];
      int end = spans.get(spans.size() - 1)[1];
      if (block) {
        end = lineEnd(source, end);
      }
      boolean lineStart = !block && node.getParent() instanceof Paragraph paragraph && paragraph.getParent() instanceof Document
          && startsLine(start);
      pieces.add(new Piece(start, end, prefix(node, spans), block && node.getParent() instanceof Document, lineStart));
    }

    /** Whether nothing but up to three spaces stands before an offset on its line. */
    private boolean startsLine(int offset) {
      int lineStart = source.lastIndexOf('\n', offset - 1) + 1;
      return offset - lineStart <= 3 && source.substring(lineStart, offset).isBlank();
    }

    /**
     * What starts the piece's lines after the first (a block quote's {@code >}, a list item's indent): the
     * text between one line's end and the next line's start, for two lines that follow each other (the
     * parser gives blank lines of an HTML block no place).
     */
    private String prefix(Node node, List<int[]> spans) {
      List<SourceSpan> lines = node.getSourceSpans();
      for (int i = 1; i < spans.size(); i++) {
        if (lines.get(i).getLineIndex() == lines.get(i - 1).getLineIndex() + 1) {
          return source.substring(lineEnd(source, spans.get(i - 1)[1]), spans.get(i)[0]);
        }
      }
      return "";
    }

    @Override
    public void visit(Text text) {
      if (!insideImage(text)) {
        atom(text, text.getLiteral());
      }
    }

    @Override
    public void visit(Code code) {
      atom(code, codeText(code.getLiteral()));
    }

    @Override
    public void visit(FencedCodeBlock code) {
      atom(code, codeText(code.getLiteral()));
    }

    @Override
    public void visit(IndentedCodeBlock code) {
      atom(code, codeText(code.getLiteral()));
    }

    @Override
    public void visit(Link link) {
      links.add(link);
      visitChildren(link);
    }

    @Override
    public void visit(Image image) {
      links.add(image);
      // its alt text is no visible text
    }

    @Override
    public void visit(LinkReferenceDefinition definition) {
      links.add(definition);
    }

    private void atom(Node node, String text) {
      int[] range = Spans.range(node, source);
      if (range != null && !text.isEmpty()) {
        atoms.merge(range[0], text, String::concat);
      }
    }
  }

  /**
   * Code as the reader sees it: Hugo shows a shortcode escaped with comment markers (its documented way
   * to show one in code) without the markers.
   */
  private String codeText(String literal) {
    if (generator != Generator.HUGO || literal.indexOf("/*") < 0) {
      return literal;
    }
    return literal.replace("{{</*", "{{<").replace("*/>}}", ">}}").replace("{{%/*", "{{%").replace("*/%}}", "%}}");
  }

  private static boolean insideImage(Node node) {
    for (Node n = node.getParent(); n != null; n = n.getParent()) {
      if (n instanceof Image) {
        return true;
      }
    }
    return false;
  }

  /** The end of the line {@code offset} is on, past its line break. */
  static int lineEnd(String text, int offset) {
    if (text.startsWith("\r\n", offset)) {
      return offset + 2;
    }
    return offset < text.length() && (text.charAt(offset) == '\n' || text.charAt(offset) == '\r') ? offset + 1 : offset;
  }
}
