package dev.rinse.publish;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.rinse.article.Spans;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;

/**
 * Where, in a Markdown text, stand the things whose syntax the output's guards must respect: code (and
 * whether every renderer reads it as code), headings' text, autolinks and URLs between angle brackets.
 * Filled by one walk of the text's tree. Not thread-safe.
 */
final class MarkdownContexts extends AbstractVisitor {
  private final String text;
  /** Code: a span, an indented block or a fenced block. */
  enum Kind { SPAN, INDENTED, FENCED }

  /**
   * A piece of code.
   *
   * @param end where it ends (for a block, past its last line break)
   * @param contentStart where its text starts (after a span's backticks, after a fence's line)
   * @param plain whether every renderer reads it as code
   * @param literal its text as CommonMark reads it (without a container's prefixes)
   */
  record CodeNode(int start, int end, int contentStart, int contentEnd, Kind kind, boolean plain, String literal) {
    /** Whether an offset stands in the code's text (not in a fence's line), where every renderer agrees it is code. */
    boolean safeAt(int at) {
      return plain && at >= contentStart && at < contentEnd;
    }
  }

  final List<CodeNode> code = new ArrayList<>();
  private static final Pattern ACTING_ATTRIBUTE = Pattern.compile(
      "(?i)[\\s/\"'](?:on[a-z]*|style|href|src|srcset|xlink:href|action|formaction|data|background|poster)\\s*=");
  /** What may stand before a fence: nothing, spaces (a list item's content), block quote markers. */
  private static final Pattern CONTAINER_PREFIX = Pattern.compile("(?:[ ]{0,4}>)*[ ]*");
  private static final Pattern LIST_MARKER = Pattern.compile("(?:[ ]{0,4}>)*[ ]{0,3}(?:[-*+]|[0-9]{1,9}[.)])[ ]{1,4}");
  /** Where each task list item's box opens. */
  final List<Integer> taskBoxes = new ArrayList<>();
  /** Per heading, its span (its line, or its lines and underline). */
  final List<int[]> headings = new ArrayList<>();
  /** The '<' of autolinks and of plain URLs between angle brackets, which start no tag. */
  final Set<Integer> plainAngles = new HashSet<>();

  MarkdownContexts(String text) {
    this.text = text;
  }

  CodeNode codeAt(int offset) {
    for (CodeNode node : code) {
      if (offset >= node.start() && offset < node.end()) {
        return node;
      }
    }
    return null;
  }

  /**
   * A code span, which no renderer is trusted to read as one: kramdown's math, its link URLs with spaces
   * and its table cells each can take a backtick that CommonMark pairs.
   */
  @Override
  public void visit(Code node) {
    int[] span = span(node);
    if (span != null) {
      int ticks = 0;
      while (span[0] + ticks < span[1] && text.charAt(span[0] + ticks) == '`') {
        ticks++;
      }
      code.add(new CodeNode(span[0], span[1], span[0] + ticks, span[1] - ticks, Kind.SPAN, false, node.getLiteral()));
    }
  }

  @Override
  public void visit(FencedCodeBlock node) {
    List<SourceSpan> spans = node.getSourceSpans();
    if (spans.isEmpty()) {
      return;
    }
    int start = spans.get(0).getInputIndex();
    SourceSpan last = spans.get(spans.size() - 1);
    int end = blockEnd(spans);
    int contentStart = lineEnd(spans.get(0).getInputIndex() + spans.get(0).getLength());
    boolean closed = node.getClosingFenceLength() != null && spans.size() > 1;
    int contentEnd = closed ? last.getInputIndex() : end;
    code.add(new CodeNode(start, end, contentStart, Math.max(contentStart, contentEnd), Kind.FENCED, plain(node, spans, closed),
        node.getLiteral()));
  }

  /**
   * A fence every renderer reads alike: opened and closed by the same fence, each right after the same
   * container prefix (nothing, a block quote's {@code >}, a list item's indent, or its marker on the
   * opening line), every line in between carrying that prefix, none that Hexo's fence filter would take
   * for the closing fence, an info string of one word at most (kramdown's GFM parser takes no more),
   * and a blank line (or the start of a list item) before it, so that no paragraph or list before it
   * could take it in.
   */
  private boolean plain(FencedCodeBlock node, List<SourceSpan> spans, boolean closed) {
    if (!closed || !node.getOpeningFenceLength().equals(node.getClosingFenceLength())
        || node.getInfo() != null && node.getInfo().strip().chars().anyMatch(Character::isWhitespace)) {
      return false;
    }
    String fence = node.getFenceCharacter().repeat(node.getOpeningFenceLength());
    SourceSpan first = spans.get(0);
    SourceSpan last = spans.get(spans.size() - 1);
    int openLine = text.lastIndexOf('\n', first.getInputIndex() - 1) + 1;
    int closeLine = text.lastIndexOf('\n', last.getInputIndex() - 1) + 1;
    int openFence = text.indexOf(fence, openLine);
    if (openFence != first.getInputIndex() + node.getFenceIndent() || !text.startsWith(fence, last.getInputIndex())) {
      return false;
    }
    String openPrefix = text.substring(openLine, openFence);
    String prefix = text.substring(closeLine, last.getInputIndex());
    boolean itemStart = LIST_MARKER.matcher(openPrefix).matches() && prefix.isBlank() && prefix.length() == openPrefix.length();
    if (!CONTAINER_PREFIX.matcher(prefix).matches() || !openPrefix.equals(prefix) && !itemStart) {
      return false;
    }
    if (openLine > 0 && !itemStart) {
      int previousLine = text.lastIndexOf('\n', openLine - 2) + 1;
      if (!text.substring(previousLine, openLine - 1).replace(">", "").isBlank()) {
        return false; // right under a line of text or a list item, which some renderer would continue into it
      }
    }
    for (int i = 1; i < spans.size() - 1; i++) {
      SourceSpan line = spans.get(i);
      int lineStart = text.lastIndexOf('\n', line.getInputIndex() - 1) + 1;
      String content = text.substring(line.getInputIndex(), line.getInputIndex() + line.getLength());
      boolean prefixed = text.startsWith(prefix, lineStart) || text.substring(lineStart, line.getInputIndex()).replace(">", "").isBlank()
          && content.isBlank();
      if (!prefixed || content.stripLeading().startsWith(fence)) {
        return false;
      }
    }
    return true;
  }

  /**
   * An indented block, which no renderer is trusted to read as code: kramdown continues a list that
   * starts inside a paragraph, a footnote or a definition into it, and Hexo's fence filter may start a
   * fence within it.
   */
  @Override
  public void visit(IndentedCodeBlock node) {
    List<SourceSpan> spans = node.getSourceSpans();
    if (!spans.isEmpty()) {
      int start = spans.get(0).getInputIndex();
      int end = blockEnd(spans);
      code.add(new CodeNode(start, end, start, end, Kind.INDENTED, false, node.getLiteral()));
    }
  }

  /**
   * A list item whose first paragraph starts with a box ({@code [ ]}, {@code [x]}, any white space
   * between the brackets), which Goldmark, marked and kramdown make a checkbox.
   */
  @Override
  public void visit(ListItem node) {
    if (node.getFirstChild() instanceof Paragraph paragraph) {
      int[] span = span(paragraph);
      if (span != null && span[0] + 2 < text.length() && text.charAt(span[0]) == '['
          && text.charAt(span[0] + 2) == ']' && (Character.isWhitespace(text.charAt(span[0] + 1))
              || text.charAt(span[0] + 1) == 'x' || text.charAt(span[0] + 1) == 'X')) {
        taskBoxes.add(span[0]);
      }
    }
    visitChildren(node);
  }

  @Override
  public void visit(Heading node) {
    int[] span = span(node);
    if (span != null) {
      headings.add(span);
    }
    visitChildren(node);
  }

  @Override
  public void visit(Link node) {
    angles(node, "](<");
    int[] span = span(node);
    if (span != null && text.charAt(span[0]) == '<') {
      plainAngles.add(span[0]); // an autolink: a scheme and no white space, no tag
    }
    visitChildren(node);
  }

  @Override
  public void visit(Image node) {
    angles(node, "](<");
    visitChildren(node);
  }

  @Override
  public void visit(LinkReferenceDefinition node) {
    int[] span = span(node);
    if (span == null) {
      return;
    }
    Matcher destination = Pattern.compile("\\]:[ \\t]*\\n?[ \\t]*<").matcher(text).region(span[0], span[1]);
    if (destination.find()) {
      plainAngle(destination.end() - 1);
    }
  }

  private void angles(Node node, String opener) {
    int[] span = span(node);
    if (span != null) {
      int at = text.lastIndexOf(opener, span[1]);
      if (at >= span[0]) {
        plainAngle(at + opener.length() - 1);
      }
    }
  }

  /**
   * A '<' that opens a URL between angle brackets: plain when nothing before its '>' could be, read as
   * a tag, an attribute that acts (an event handler, a style, a URL) or another tag.
   */
  private void plainAngle(int at) {
    int close = text.indexOf('>', at);
    if (close > at) {
      String url = text.substring(at + 1, close);
      if (url.indexOf('\n') < 0 && url.indexOf('<') < 0 && !ACTING_ATTRIBUTE.matcher(url).find()) {
        plainAngles.add(at);
      }
    }
  }

  /** Where a block ends: past its last line's break. */
  private int blockEnd(List<SourceSpan> spans) {
    SourceSpan last = spans.get(spans.size() - 1);
    return lineEnd(last.getInputIndex() + last.getLength());
  }

  private int lineEnd(int offset) {
    return offset < text.length() && text.charAt(offset) == '\n' ? offset + 1 : offset;
  }

  private int[] span(Node node) {
    return Spans.range(node, text);
  }
}
