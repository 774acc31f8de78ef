package dev.rinse.article;

import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import java.util.regex.Pattern;

/**
 * Tells a body that holds nothing but HTML from Markdown: posts made from scraped pages put HTML in a
 * Markdown file, and are cleaned as HTML. Such a body is HTML blocks, paragraphs of plain text and inline
 * HTML, and indented lines after HTML: a Markdown renderer would show those as code, but they are the
 * page's markup (a promo box, a style sheet cut by a blank line) indented, and are cleaned and written,
 * unindented, as HTML. Stateless.
 */
final class BodyKinds {
  private BodyKinds() {}

  /**
   * CommonMark's start conditions for HTML blocks of block-level element tags (type 6) and comments: a
   * body that begins with one of these begins as a scraped page does. (A {@code <pre>} or
   * {@code <script>} start is left out: Markdown's own code written as HTML starts so.)
   */
  private static final Pattern PAGE_START = Pattern.compile("^ {0,3}(?:<!--|</?(?:address|article|aside|base|basefont|"
      + "blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|"
      + "footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|"
      + "noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|"
      + "tfoot|th|thead|title|tr|track|ul)(?:[\\s/>]|$))", Pattern.CASE_INSENSITIVE);

  /**
   * Whether a body is all HTML: it begins with an HTML block of block-level elements, and holds no
   * Markdown but paragraphs of plain text and inline HTML. The first block decides between a page and
   * Markdown that starts with a stray tag, and keeps the decision the same when the output is read again.
   */
  static boolean isHtml(String body) {
    if (body.indexOf('<') < 0) {
      return false;
    }
    Node root = MarkdownReader.tree(body);
    Node first = root.getFirstChild();
    if (!(first instanceof HtmlBlock) || first.getSourceSpans().isEmpty()
        || !PAGE_START.matcher(body).region(first.getSourceSpans().get(0).getInputIndex(), body.length()).lookingAt()) {
      return false;
    }
    boolean html = false;
    for (Node block = root.getFirstChild(); block != null; block = block.getNext()) {
      if (block instanceof HtmlBlock) {
        html = true;
      } else if (block instanceof IndentedCodeBlock && html) {
        continue; // indented lines after HTML: the page's markup cut by a blank line, not code
      } else if (block instanceof Paragraph paragraph && plain(paragraph, body)) {
        continue; // plain text and inline HTML read the same either way; an HTML block decides
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
}
