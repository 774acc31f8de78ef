package dev.rinse.publish;

import dev.rinse.article.Generator;
import dev.rinse.article.MarkdownBody;
import dev.rinse.policy.UrlSchemes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * Makes the Markdown of an output safe whichever renderer reads it. CommonMark is what rinse reads, but
 * marked, kramdown and Goldmark each read some constructs otherwise (an unclosed fence, a definition
 * CommonMark refuses, a backtick between spaces, a footnote), and what one reads as code or as a title
 * another may pass on as HTML. So, in the Markdown parts of the output (the HTML parts were written by
 * the sanitizer and are inert already):
 * <ul>
 *   <li>every {@code <} that starts what could be a tag becomes {@code &lt;}, but in code every renderer
 *       agrees is code (a fenced block at the top level with plain fences), in an autolink, or opening a
 *       plain URL between angle brackets; code that holds one and could be read otherwise is written as
 *       HTML, whose character references every renderer shows as characters;
 *   <li>a definition or link that CommonMark refuses but another renderer may take, with a URL the
 *       policy refuses, gets its bracket written as a reference, so that no renderer takes it;
 *   <li>Hugo's shortcodes are escaped (a brace as a reference in text; Hugo's comment markers in code;
 *       code Hugo cannot escape that way written as HTML); a heading's braces become references, which
 *       Goldmark does not read as attributes;
 *   <li>kramdown's attribute and extension syntax ({@code {:}) gets its brace written as a reference.
 * </ul>
 * Every rewrite shows the same text. Stateless.
 */
final class SyntaxGuard {
  /**
   * One rewrite of the output: what stood at {@code [start, end)} and what stands there now.
   *
   * @param template whether it guards template code (a shortcode) rather than markup syntax
   * @param where what it stands in: {@code text}, {@code code}, {@code heading}, {@code link}
   */
  record Escape(int start, int end, String after, boolean template, String where) {}

  private static final Pattern DEFINITION = Pattern.compile(
      "^[ \\t]{0,3}(?:>[ \\t]?)*(\\[)(?:[^\\]\\\\\\n]|\\\\.)*\\]:[ \\t]*\\n?[ \\t]*(?:<[ \\t]*)?([^\\s>]+)", Pattern.MULTILINE);
  private static final Pattern INLINE_LINK = Pattern.compile("\\](\\()[ \\t]*\\n?[ \\t]*(?:<[ \\t]*)?([^\\s>)]+)");

  private SyntaxGuard() {}

  /**
   * The rewrites the output of a Markdown body needs, in output order, none overlapping.
   *
   * @param protocols the URL schemes the policy allows
   * @param markdown whether an offset of the output stands in its Markdown (not in HTML rinse wrote)
   */
  static List<Escape> escapes(String text, Generator generator, List<String> protocols, IntPredicate markdown) {
    boolean hugo = generator == Generator.HUGO && text.indexOf('{') >= 0;
    boolean jekyll = generator == Generator.JEKYLL && text.contains("{:");
    if (!hugo && !jekyll && text.indexOf('<') < 0 && text.indexOf(']') < 0) {
      return List.of();
    }
    Contexts contexts = new Contexts(text);
    MarkdownBody.tree(text).accept(contexts);
    List<Escape> escapes = new ArrayList<>();
    // code to write as HTML, and whether a shortcode (template code) is what made it so
    java.util.Map<int[], Boolean> asHtml = new java.util.LinkedHashMap<>();
    tagOpeners(text, contexts, markdown, generator, escapes, asHtml);
    refusedUrls(text, contexts, protocols, markdown, escapes, asHtml);
    if (hugo) {
      shortcodes(text, contexts, escapes, asHtml);
      for (int[] span : contexts.headingText) {
        for (int at = text.indexOf('{', span[0]); at >= 0 && at < span[1]; at = text.indexOf('{', at + 1)) {
          escapes.add(new Escape(at, at + 1, "&#123;", false, "heading"));
        }
      }
    }
    if (jekyll) {
      for (int at = text.indexOf("{:"); at >= 0; at = text.indexOf("{:", at + 2)) {
        int[] code = contexts.codeAt(at);
        if (!markdown.test(at) || code != null && safeCode(code, at)) {
          continue;
        }
        if (code != null) {
          asHtml.putIfAbsent(code, false);
        } else {
          escapes.add(new Escape(at, at + 1, "&#123;", false, "text"));
        }
      }
    }
    asHtml.forEach((code, template) -> escapes.add(new Escape(code[0], code[1], codeAsHtml(text, code), template, "code")));
    return apart(escapes);
  }

  /** The output with the rewrites applied. */
  static String apply(String text, List<Escape> escapes) {
    StringBuilder out = new StringBuilder(text.length() + 16 * escapes.size());
    int at = 0;
    for (Escape escape : escapes) {
      out.append(text, at, escape.start()).append(escape.after());
      at = escape.end();
    }
    return out.append(text, at, text.length()).toString();
  }

  /** The escapes in output order; where two overlap, the one that starts first (a whole code block) stays. */
  private static List<Escape> apart(List<Escape> escapes) {
    escapes.sort(Comparator.comparingInt(Escape::start).thenComparing(e -> -(e.end() - e.start())));
    List<Escape> apart = new ArrayList<>();
    int end = -1;
    for (Escape escape : escapes) {
      if (escape.start() >= end) {
        apart.add(escape);
        end = Math.max(escape.end(), escape.start() + 1);
      }
    }
    return apart;
  }

  private static void tagOpeners(String text, Contexts contexts, IntPredicate markdown, Generator generator,
      List<Escape> escapes, java.util.Map<int[], Boolean> asHtml) {
    for (int at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
      char next = at + 1 < text.length() ? text.charAt(at + 1) : ' ';
      boolean opener = Character.isLetter(next) || next == '/' || next == '!' || next == '?';
      // Hugo reads "{{<" as a shortcode's delimiter, which the shortcode escapes take care of
      boolean shortcode = generator == Generator.HUGO && at >= 2 && text.startsWith("{{", at - 2);
      if (!opener || shortcode || !markdown.test(at) || contexts.plainAngles.contains(at)) {
        continue;
      }
      int[] code = contexts.codeAt(at);
      boolean infoString = code != null && code[4] == 2 && at < code[2];
      if (code == null || infoString) {
        // a fence's info string is no code: Hexo writes what follows the language into a caption as it stands
        escapes.add(new Escape(at, at + 1, "&lt;", false, infoString ? "code" : "text"));
      } else if (!safeCode(code, at)) {
        asHtml.putIfAbsent(code, false);
      }
    }
  }

  /** Definitions and links CommonMark refused (those it took were cleaned already) whose URL the policy refuses. */
  private static void refusedUrls(String text, Contexts contexts, List<String> protocols, IntPredicate markdown,
      List<Escape> escapes, java.util.Map<int[], Boolean> asHtml) {
    for (Pattern pattern : List.of(DEFINITION, INLINE_LINK)) {
      Matcher matcher = pattern.matcher(text);
      while (matcher.find()) {
        int at = matcher.start(1);
        if (!markdown.test(at) || UrlSchemes.allowed(matcher.group(2), protocols)) {
          continue;
        }
        int[] code = contexts.codeAt(at);
        if (code == null) {
          escapes.add(new Escape(at, at + 1, at < text.length() && text.charAt(at) == '[' ? "&#91;" : "&#40;", false, "link"));
        } else if (!safeCode(code, at)) {
          asHtml.putIfAbsent(code, false);
        }
      }
    }
  }

  /** Whether an offset is inside code every renderer reads as code: the content of plain code. */
  private static boolean safeCode(int[] code, int at) {
    return code[5] == 1 && at >= code[2] && at < code[3];
  }

  private static void shortcodes(String text, Contexts contexts, List<Escape> escapes, java.util.Map<int[], Boolean> asHtml) {
    int at = 0;
    while (true) {
      int angle = text.indexOf("{{<", at);
      int percent = text.indexOf("{{%", at);
      int open = angle < 0 ? percent : percent < 0 ? angle : Math.min(angle, percent);
      if (open < 0) {
        return;
      }
      String close = text.charAt(open + 2) == '<' ? ">}}" : "%}}";
      int escapedEnd = text.startsWith("/*", open + 3) ? text.indexOf("*/" + close, open + 5) : -1;
      if (escapedEnd >= 0) { // escaped already: Hugo shows it without the markers
        at = escapedEnd + 2 + close.length();
        continue;
      }
      int[] code = contexts.codeAt(open);
      if (code == null) {
        escapes.add(new Escape(open, open + 1, "&#123;", true, "text"));
        at = open + 3;
        continue;
      }
      int closing = text.indexOf(close, open + 3);
      if (closing >= 0 && closing + close.length() <= code[3]) {
        escapes.add(new Escape(open + 3, open + 3, "/*", true, "code"));
        escapes.add(new Escape(closing, closing, "*/", true, "code"));
        at = closing + close.length();
      } else {
        asHtml.put(code, true);
        at = code[1];
      }
    }
  }

  /**
   * Code written as HTML on one line: its text with every character a renderer or template engine could
   * act on as a reference (line breaks too), which every renderer shows as the characters.
   */
  private static String codeAsHtml(String text, int[] code) {
    String literal = code[4] == 0 ? text.substring(code[2], code[3]).strip() : text.substring(code[2], code[3]);
    StringBuilder html = new StringBuilder(code[4] == 0 ? "<code>" : "<pre><code>");
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      switch (c) {
        case '&' -> html.append("&amp;");
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '"' -> html.append("&quot;");
        case '\n' -> html.append(code[4] == 0 ? " " : "&#10;");
        case '\r' -> { }
        default -> {
          if ("\\`*_[]{}!#|~".indexOf(c) >= 0) {
            html.append("&#").append((int) c).append(';');
          } else {
            html.append(c);
          }
        }
      }
    }
    html.append(code[4] == 0 ? "</code>" : "</code></pre>");
    String end = code[4] != 0 && text.substring(code[0], code[1]).endsWith("\n") ? "\n" : "";
    return html + end;
  }

  /** Where code, headings, autolinks and angle-bracketed URLs stand in a text. */
  private static final class Contexts extends AbstractVisitor {
    private final String text;
    /**
     * Per code node: start, end (past its line break, for blocks), content start, content end, kind (0
     * inline, 1 indented, 2 fenced), and whether every renderer reads it as code (1).
     */
    final List<int[]> code = new ArrayList<>();
    /** Per heading, the spans of its text. */
    final List<int[]> headingText = new ArrayList<>();
    /** The '<' of autolinks and of plain URLs between angle brackets, which start no tag. */
    final java.util.Set<Integer> plainAngles = new java.util.HashSet<>();

    Contexts(String text) {
      this.text = text;
    }

    int[] codeAt(int offset) {
      for (int[] range : code) {
        if (offset >= range[0] && offset < range[1]) {
          return range;
        }
      }
      return null;
    }

    /**
     * A code span every renderer reads as one: on one line, with delimiters of one or two backticks and
     * no white space just inside them (kramdown takes a backtick with spaces around it for text).
     */
    @Override
    public void visit(Code node) {
      int[] span = span(node);
      if (span != null) {
        int ticks = 0;
        while (span[0] + ticks < span[1] && text.charAt(span[0] + ticks) == '`') {
          ticks++;
        }
        int contentStart = span[0] + ticks;
        int contentEnd = span[1] - ticks;
        boolean plain = ticks <= 2 && contentEnd > contentStart
            && !Character.isWhitespace(text.charAt(contentStart)) && !Character.isWhitespace(text.charAt(contentEnd - 1))
            && text.substring(contentStart, contentEnd).indexOf('\n') < 0;
        code.add(new int[] {span[0], span[1], contentStart, contentEnd, 0, plain ? 1 : 0});
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
      int end = lineEnd(last.getInputIndex() + last.getLength());
      int contentStart = lineEnd(spans.get(0).getInputIndex() + spans.get(0).getLength());
      boolean closed = node.getClosingFenceLength() != null && spans.size() > 1;
      int contentEnd = closed ? last.getInputIndex() : end;
      code.add(new int[] {start, end, contentStart, Math.max(contentStart, contentEnd), 2, plain(node, spans, closed) ? 1 : 0});
    }

    /**
     * A fence every renderer reads alike: at the top level after a blank line (so that no list or
     * paragraph before it could take it in), opened and closed by the same fence at a line's very start,
     * with no content line that Hexo's fence filter would take for the closing fence.
     */
    private boolean plain(FencedCodeBlock node, List<SourceSpan> spans, boolean closed) {
      if (!(node.getParent() instanceof Document) || node.getFenceIndent() != 0 || !closed
          || !node.getOpeningFenceLength().equals(node.getClosingFenceLength())) {
        return false;
      }
      String fence = node.getFenceCharacter().repeat(node.getOpeningFenceLength());
      SourceSpan first = spans.get(0);
      SourceSpan last = spans.get(spans.size() - 1);
      int openLine = text.lastIndexOf('\n', first.getInputIndex() - 1) + 1;
      int closeLine = text.lastIndexOf('\n', last.getInputIndex() - 1) + 1;
      if (!text.startsWith(fence, openLine) || !text.startsWith(fence, closeLine)) {
        return false;
      }
      if (openLine > 0) {
        int previousLine = text.lastIndexOf('\n', openLine - 2) + 1;
        if (!text.substring(previousLine, openLine).isBlank()) {
          return false; // right under a line of text or a list item, which some renderer would continue into it
        }
      }
      for (int i = 1; i < spans.size() - 1; i++) {
        SourceSpan line = spans.get(i);
        String content = text.substring(line.getInputIndex(), line.getInputIndex() + line.getLength()).replaceAll("^[\\s>]*", "");
        if (content.startsWith(fence)) {
          return false;
        }
      }
      return true;
    }

    /**
     * An indented block every renderer reads as code: at the top level, and not after a list, a footnote
     * or a definition list's definition, which kramdown and Goldmark would continue into it.
     */
    @Override
    public void visit(IndentedCodeBlock node) {
      List<SourceSpan> spans = node.getSourceSpans();
      if (spans.isEmpty()) {
        return;
      }
      int start = spans.get(0).getInputIndex();
      SourceSpan last = spans.get(spans.size() - 1);
      int end = lineEnd(last.getInputIndex() + last.getLength());
      Node before = node.getPrevious();
      boolean plain = node.getParent() instanceof Document && !(before instanceof org.commonmark.node.ListBlock)
          && !(before != null && continuable(before));
      code.add(new int[] {start, end, start, end, 1, plain ? 1 : 0});
    }

    /** A paragraph that kramdown or Goldmark reads as a footnote or a definition, which indented lines continue. */
    private boolean continuable(Node block) {
      int[] span = span(block);
      if (span == null) {
        return true;
      }
      String source = text.substring(span[0], span[1]);
      return source.startsWith("[^") || source.lines().anyMatch(line -> line.startsWith(":"));
    }

    @Override
    public void visit(Heading node) {
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof Text) {
          int[] span = span(child);
          if (span != null) {
            headingText.add(span);
          }
        }
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
     * A '<' that opens a URL between angle brackets: plain when no quote, '=' or line break comes before
     * its '>', so that even read as a tag it could carry no attribute value.
     */
    private void plainAngle(int at) {
      int close = text.indexOf('>', at);
      if (close > at && text.substring(at + 1, close).chars().noneMatch(c -> c == '\n' || c == '"' || c == '\'' || c == '=' || c == '<')) {
        plainAngles.add(at);
      }
    }

    private int lineEnd(int offset) {
      return offset < text.length() && text.charAt(offset) == '\n' ? offset + 1 : offset;
    }

    private static int[] span(Node node) {
      List<SourceSpan> spans = node.getSourceSpans();
      if (spans.isEmpty()) {
        return null;
      }
      SourceSpan last = spans.get(spans.size() - 1);
      return new int[] {spans.get(0).getInputIndex(), last.getInputIndex() + last.getLength()};
    }
  }
}
