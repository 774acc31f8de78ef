package dev.rinse.publish;

import dev.rinse.article.Generator;
import dev.rinse.article.MarkdownBody;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.jsoup.nodes.Entities;

/**
 * Finds, in a Markdown body's output, the syntax a generator acts on where no front-matter switch can
 * stop it, and writes it so that it shows the same text and does nothing:
 * <ul>
 *   <li>Hugo runs shortcodes ({@code {{< >}}}, {@code {{% %}}}) anywhere, code included: in text the
 *       first brace becomes a character reference; in code, where references are shown as written, a
 *       shortcode gets Hugo's documented comment markers ({@code {{</*} ... {@code *}{@code />}}}), which
 *       Hugo shows without them; code holding an opener Hugo cannot close that way is written as HTML;
 *   <li>Hugo (Goldmark) reads {@code {...}} at the end of a heading as attributes: its brace becomes a reference;
 *   <li>Jekyll (kramdown) reads {@code {:...}} as attributes or extensions: its brace becomes a reference.
 * </ul>
 * Stateless.
 */
final class SyntaxGuard {
  /**
   * One rewrite of the output: what stood at {@code [start, end)} and what stands there now.
   *
   * @param template whether it guards template code (a shortcode) rather than markup syntax
   * @param where what it stands in: {@code text}, {@code code}, {@code heading}
   */
  record Escape(int start, int end, String after, boolean template, String where) {}

  private SyntaxGuard() {}

  /** The rewrites the output of a Markdown body needs for {@code generator}, in output order, none overlapping. */
  static List<Escape> escapes(String text, Generator generator) {
    boolean hugo = generator == Generator.HUGO
        && (text.contains("{{<") || text.contains("{{%") || text.indexOf('{') >= 0 && text.indexOf('#') >= 0);
    boolean jekyll = generator == Generator.JEKYLL && text.contains("{:");
    if (!hugo && !jekyll) {
      return List.of();
    }
    Contexts contexts = new Contexts(text);
    MarkdownBody.tree(text).accept(contexts);
    List<Escape> escapes = new ArrayList<>();
    if (hugo) {
      shortcodes(text, contexts, escapes);
      for (int[] heading : contexts.headings) {
        headingAttributes(text, heading, escapes);
      }
    } else if (jekyll) {
      for (int at = text.indexOf("{:"); at >= 0; at = text.indexOf("{:", at + 2)) {
        if (contexts.codeAt(at) == null) {
          escapes.add(new Escape(at, at + 1, "&#123;", false, "text"));
        }
      }
    }
    escapes.sort(Comparator.comparingInt(Escape::start));
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

  private static void shortcodes(String text, Contexts contexts, List<Escape> escapes) {
    List<int[]> rewrittenCode = new ArrayList<>();
    int at = 0;
    while (true) {
      int angle = text.indexOf("{{<", at);
      int percent = text.indexOf("{{%", at);
      int open = angle < 0 ? percent : percent < 0 ? angle : Math.min(angle, percent);
      if (open < 0) {
        return;
      }
      String close = text.charAt(open + 2) == '<' ? ">}}" : "%}}";
      int[] code = contexts.codeAt(open);
      if (text.startsWith("/*", open + 3)) { // already escaped: Hugo shows it without the markers
        int end = text.indexOf("*/" + close, open);
        at = end < 0 ? open + 3 : end + 2 + close.length();
        continue;
      }
      if (code == null) {
        escapes.add(new Escape(open, open + 1, "&#123;", true, "text"));
        at = open + 3;
        continue;
      }
      if (rewrittenCode.contains(code)) {
        at = open + 3;
        continue;
      }
      int closing = text.indexOf(close, open + 3);
      if (closing >= 0 && closing + close.length() <= code[1]) {
        escapes.add(new Escape(open + 3, open + 3, "/*", true, "code"));
        escapes.add(new Escape(closing, closing, "*/", true, "code"));
        at = closing + close.length();
      } else {
        escapes.add(new Escape(code[0], code[1], codeAsHtml(text, code), true, "code"));
        rewrittenCode.add(code);
        at = code[1];
      }
    }
  }

  /** Code written as HTML, where a character reference shows as the character: Hugo sees no shortcode in it. */
  private static String codeAsHtml(String text, int[] code) {
    String literal = text.substring(code[2], code[3]);
    String escaped = Entities.escape(literal).replace("{", "&#123;").replace("\n\n", "\n&#10;");
    if (code[4] == 0) {
      return "<code>" + escaped + "</code>";
    }
    String end = text.substring(code[0], code[1]).endsWith("\n") ? "\n" : "";
    return "<pre><code>" + escaped + "</code></pre>" + end;
  }

  /** A heading ending in {@code {...}}: Goldmark would read attributes from it. */
  private static void headingAttributes(String text, int[] heading, List<Escape> escapes) {
    String line = text.substring(heading[0], heading[1]).stripTrailing();
    while (line.endsWith("#")) { // an ATX heading's closing hashes
      line = line.substring(0, line.length() - 1).stripTrailing();
    }
    if (line.endsWith("}")) {
      int brace = line.lastIndexOf('{');
      if (brace >= 0) {
        escapes.add(new Escape(heading[0] + brace, heading[0] + brace + 1, "&#123;", false, "heading"));
      }
    }
  }

  /** Where code and headings stand in a text. */
  private static final class Contexts extends AbstractVisitor {
    private final String text;
    /** Per code node: start, end (past its line break, for blocks), content start, content end, block (1) or inline (0). */
    final List<int[]> code = new ArrayList<>();
    /** Per heading: the start and end of its text's line. */
    final List<int[]> headings = new ArrayList<>();


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

    @Override
    public void visit(Code node) {
      int[] span = span(node);
      if (span != null) {
        int ticks = 0;
        while (span[0] + ticks < span[1] && text.charAt(span[0] + ticks) == '`') {
          ticks++;
        }
        code.add(new int[] {span[0], span[1], span[0] + ticks, span[1] - ticks, 0});
      }
    }

    @Override
    public void visit(FencedCodeBlock node) {
      block(node, true);
    }

    @Override
    public void visit(IndentedCodeBlock node) {
      block(node, false);
    }

    private void block(Node node, boolean fenced) {
      List<SourceSpan> spans = node.getSourceSpans();
      if (spans.isEmpty()) {
        return;
      }
      int start = spans.get(0).getInputIndex();
      SourceSpan last = spans.get(spans.size() - 1);
      int end = lineEnd(last.getInputIndex() + last.getLength());
      int contentStart = fenced ? lineEnd(spans.get(0).getInputIndex() + spans.get(0).getLength()) : start;
      int contentEnd = fenced && spans.size() > 1 ? last.getInputIndex() : end;
      code.add(new int[] {start, end, contentStart, Math.max(contentStart, contentEnd), 1});
    }

    @Override
    public void visit(Heading node) {
      Node last = node.getLastChild();
      int[] span = last == null ? null : span(last);
      if (span != null && last instanceof Text) {
        int lineStart = text.lastIndexOf('\n', span[0] - 1) + 1;
        int lineEnd = text.indexOf('\n', span[1]);
        headings.add(new int[] {lineStart, lineEnd < 0 ? text.length() : lineEnd});
      }
      visitChildren(node);
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
