package dev.rinse.publish;

import dev.rinse.article.MarkdownBody;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;

/**
 * Finds the indented code blocks that a removal made: when HTML that opened a paragraph is removed, a
 * line that continued the paragraph (indented by four spaces or more, which a continuation line may
 * be) starts one, and Markdown reads it as code. The indentation of such a line is white space that
 * CommonMark drops from a paragraph, so taking it out keeps the text a paragraph, as written. Stateless.
 */
final class NewCodeBlocks {
  /** A line indented as code right after a blank line or at the start: the only place a removal can make one. */
  private static final Pattern MAYBE = Pattern.compile("(?:\\A|\\n[ \\t]*\\n)(?: {4}|\\t)");

  private NewCodeBlocks() {}

  /** A stretch of white space to take out of the output: where it starts, and how long it is. */
  record Indent(int start, int length) {}

  /**
   * The indents to take out of {@code text}, the output, in order.
   *
   * @param places where the output's parts came from in the body
   */
  static List<Indent> indents(String text, MarkdownBody markdown, MarkdownOutput.Places places) {
    if (!MAYBE.matcher(text).find()) {
      return List.of();
    }
    List<int[]> codeAsRead = codeBlocks(markdown.body());
    List<Indent> indents = new ArrayList<>();
    for (int[] block : codeBlocks(text)) {
      int lineStart = text.lastIndexOf('\n', block[0] - 1) + 1;
      int first = lineStart;
      while (first < text.length() && (text.charAt(first) == ' ' || text.charAt(first) == '\t')) {
        first++;
      }
      if (first < block[0] || first >= text.length() || text.charAt(first) == '\n') {
        continue; // inside a container (a list, a quote): its prefix stands before the code
      }
      int read = places.bodyOffset(first);
      boolean wasCode = codeAsRead.stream().anyMatch(code -> read >= code[0] && read < code[1]);
      if (!wasCode) {
        indents.add(new Indent(lineStart, first - lineStart));
      }
    }
    return indents;
  }

  /** Where each indented code block of a text starts and ends. */
  private static List<int[]> codeBlocks(String text) {
    List<int[]> blocks = new ArrayList<>();
    MarkdownBody.tree(text).accept(new AbstractVisitor() {
      @Override
      public void visit(IndentedCodeBlock code) {
        var spans = code.getSourceSpans();
        if (!spans.isEmpty()) {
          var last = spans.get(spans.size() - 1);
          blocks.add(new int[] {spans.get(0).getInputIndex(), last.getInputIndex() + last.getLength()});
        }
      }

      @Override
      protected void visitChildren(Node parent) {
        super.visitChildren(parent);
      }
    });
    return blocks;
  }
}
