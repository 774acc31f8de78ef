package dev.rinse.article;

import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * Tells a body that holds nothing but HTML from Markdown: posts made from scraped pages put HTML in a
 * Markdown file, and are cleaned as HTML. Such a body is HTML blocks, paragraphs of plain text and inline
 * HTML, and indented lines after HTML: a Markdown renderer would show those as code, but they are the
 * page's markup (a promo box, a style sheet cut by a blank line) indented, and are cleaned and written,
 * unindented, as HTML. Stateless.
 */
final class BodyKinds {
  private BodyKinds() {}

  /** Whether a body is all HTML. */
  static boolean isHtml(String body) {
    if (body.indexOf('<') < 0) {
      return false;
    }
    Node root = MarkdownReader.tree(body);
    boolean html = false;
    for (Node block = root.getFirstChild(); block != null; block = block.getNext()) {
      if (block instanceof HtmlBlock) {
        html = true;
      } else if (block instanceof IndentedCodeBlock && html) {
        continue; // indented lines after HTML: the page's markup cut by a blank line, not code
      } else if (block instanceof Paragraph paragraph && plain(paragraph, body)) {
        html |= paragraph.getFirstChild() != null && hasInlineHtml(paragraph);
      } else {
        return false;
      }
    }
    return html;
  }

  private static boolean plain(Paragraph paragraph, String body) {
    for (Node inline = paragraph.getFirstChild(); inline != null; inline = inline.getNext()) {
      if (inline instanceof Text text) {
        for (SourceSpan span : text.getSourceSpans()) {
          if (body.substring(span.getInputIndex(), span.getInputIndex() + span.getLength()).indexOf('\\') >= 0) {
            return false; // a backslash escape reads differently as Markdown
          }
        }
      } else if (!(inline instanceof SoftLineBreak || inline instanceof HtmlInline)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasInlineHtml(Paragraph paragraph) {
    for (Node inline = paragraph.getFirstChild(); inline != null; inline = inline.getNext()) {
      if (inline instanceof HtmlInline) {
        return true;
      }
    }
    return false;
  }
}
