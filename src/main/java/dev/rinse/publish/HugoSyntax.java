package dev.rinse.publish;

import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Hugo's syntax in a Markdown output: shortcodes, which Hugo runs anywhere, code included, and a
 * heading's attribute braces, which Goldmark reads wherever in the heading they stand. Part of
 * {@link SyntaxGuard}. Stateless.
 */
final class HugoSyntax {
  private HugoSyntax() {}

  /**
   * Shortcodes: in text the first brace becomes a reference; in code, where a reference would show as
   * written, Hugo's comment markers go in, and code whose opener Hugo cannot close so is written as HTML;
   * a shortcode already commented is left to Hugo in code and written in text as the text Hugo shows.
   */
  static void shortcodes(String text, MarkdownContexts contexts, IntPredicate markdown, List<SyntaxGuard.Escape> escapes,
      Map<MarkdownContexts.CodeNode, Boolean> asHtml) {
    int at = 0;
    while (true) {
      int angle = text.indexOf("{{<", at);
      int percent = text.indexOf("{{%", at);
      int open = angle < 0 ? percent : percent < 0 ? angle : Math.min(angle, percent);
      if (open < 0) {
        return;
      }
      boolean angled = text.charAt(open + 2) == '<';
      String close = angled ? ">}}" : "%}}";
      MarkdownContexts.CodeNode code = contexts.codeAt(open);
      int commentEnd = text.startsWith("/*", open + 3) ? text.indexOf("*/" + close, open + 5) : -1;
      if (commentEnd >= 0) {
        // escaped already: Hugo shows it without the markers, which in code is code, but in text could make a tag
        if (code == null && markdown.test(open)) {
          escapes.add(new SyntaxGuard.Escape(open, open + 1, "&#123;", true, "text"));
          escapes.add(angled ? new SyntaxGuard.Escape(open + 2, open + 5, "&lt;", true, "text", "/*") : new SyntaxGuard.Escape(open + 3, open + 5, "", true, "text", "/*"));
          escapes.add(angled ? new SyntaxGuard.Escape(commentEnd, commentEnd + 3, "&gt;", true, "text", "*/")
              : new SyntaxGuard.Escape(commentEnd, commentEnd + 2, "", true, "text", "*/"));
        }
        at = commentEnd + 2 + close.length();
        continue;
      }
      if (code == null) {
        escapes.add(new SyntaxGuard.Escape(open, open + 1, "&#123;", true, "text"));
        at = open + 3;
        continue;
      }
      int closing = text.indexOf(close, open + 3);
      if (closing >= 0 && closing + close.length() <= code.contentEnd()) {
        escapes.add(new SyntaxGuard.Escape(open + 3, open + 3, "/*", true, "code"));
        escapes.add(new SyntaxGuard.Escape(closing, closing, "*/", true, "code"));
        at = closing + close.length();
      } else {
        asHtml.put(code, true);
        at = code.end();
      }
    }
  }

  /**
   * Goldmark sets attributes from a heading's {...}, wherever in the heading's inlines it stands (a
   * linked URL too): an id or a class ({#id .class}) is harmless, a key=value (style=...) is not, and
   * Goldmark reads the first brace of several. Each brace becomes a reference; code that holds one is
   * written as HTML.
   */
  static void headingAttributes(String text, MarkdownContexts contexts, IntPredicate markdown, List<SyntaxGuard.Escape> escapes,
      Map<MarkdownContexts.CodeNode, Boolean> asHtml) {
    for (int[] span : contexts.headings) {
      String heading = text.substring(span[0], span[1]);
      if (heading.indexOf('{') < 0 || heading.indexOf('=', heading.indexOf('{')) < 0) {
        continue;
      }
      for (int at = text.indexOf('{', span[0]); at >= 0 && at < span[1]; at = text.indexOf('{', at + 1)) {
        MarkdownContexts.CodeNode code = contexts.codeAt(at);
        if (code != null) {
          asHtml.putIfAbsent(code, false);
        } else if (markdown.test(at)) {
          escapes.add(new SyntaxGuard.Escape(at, at + 1, "&#123;", false, "heading"));
        }
      }
    }
  }
}
