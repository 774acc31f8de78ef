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
    MarkdownContexts contexts = new MarkdownContexts(text);
    MarkdownBody.tree(text).accept(contexts);
    List<Escape> escapes = new ArrayList<>();
    // code to write as HTML, and whether a shortcode (template code) is what made it so
    java.util.Map<MarkdownContexts.CodeNode, Boolean> asHtml = new java.util.LinkedHashMap<>();
    tagOpeners(text, contexts, markdown, generator, escapes, asHtml);
    refusedUrls(text, contexts, protocols, markdown, escapes, asHtml);
    if (hugo) {
      shortcodes(text, contexts, escapes, asHtml);
      for (int[] span : contexts.headingText) {
        // Goldmark sets attributes from a heading's {...}: an id or a class ({#id .class}) is harmless,
        // a key=value (style=...) is not, and Goldmark reads the first brace of several
        String heading = text.substring(span[0], span[1]);
        if (heading.indexOf('{') < 0 || heading.indexOf('=', heading.indexOf('{')) < 0) {
          continue;
        }
        for (int at = text.indexOf('{', span[0]); at >= 0 && at < span[1]; at = text.indexOf('{', at + 1)) {
          escapes.add(new Escape(at, at + 1, "&#123;", false, "heading"));
        }
      }
    }
    if (jekyll) {
      for (int at = text.indexOf("{:"); at >= 0; at = text.indexOf("{:", at + 2)) {
        MarkdownContexts.CodeNode code = contexts.codeAt(at);
        if (!markdown.test(at) || code != null && code.safeAt(at)) {
          continue;
        }
        if (code != null) {
          asHtml.putIfAbsent(code, false);
        } else {
          escapes.add(new Escape(at, at + 1, "&#123;", false, "text"));
        }
      }
    }
    asHtml.forEach((code, template) -> escapes.add(new Escape(code.start(), code.end(), codeAsHtml(text, code), template, "code")));
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

  private static void tagOpeners(String text, MarkdownContexts contexts, IntPredicate markdown, Generator generator,
      List<Escape> escapes, java.util.Map<MarkdownContexts.CodeNode, Boolean> asHtml) {
    for (int at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
      char next = at + 1 < text.length() ? text.charAt(at + 1) : ' ';
      boolean opener = Character.isLetter(next) || next == '/' || next == '!' || next == '?';
      int backslashes = 0;
      while (at - backslashes > 0 && text.charAt(at - backslashes - 1) == '\\') {
        backslashes++;
      }
      opener &= backslashes % 2 == 0; // a '<' escaped with a backslash is text for every renderer
      // Hugo reads "{{<" as a shortcode's delimiter, which the shortcode escapes take care of
      boolean shortcode = generator == Generator.HUGO && at >= 2 && text.startsWith("{{", at - 2);
      if (!opener || shortcode || !markdown.test(at) || contexts.plainAngles.contains(at)) {
        continue;
      }
      MarkdownContexts.CodeNode code = contexts.codeAt(at);
      boolean infoString = code != null && code.kind() == MarkdownContexts.Kind.FENCED && at < code.contentStart();
      if (code == null || infoString) {
        // a fence's info string is no code: Hexo writes what follows the language into a caption as it stands
        escapes.add(new Escape(at, at + 1, "&lt;", false, infoString ? "code" : "text"));
      } else if (!code.safeAt(at)) {
        asHtml.putIfAbsent(code, false);
      }
    }
  }

  /** Definitions and links CommonMark refused (those it took were cleaned already) whose URL the policy refuses. */
  private static void refusedUrls(String text, MarkdownContexts contexts, List<String> protocols, IntPredicate markdown,
      List<Escape> escapes, java.util.Map<MarkdownContexts.CodeNode, Boolean> asHtml) {
    for (Pattern pattern : List.of(DEFINITION, INLINE_LINK)) {
      Matcher matcher = pattern.matcher(text);
      while (matcher.find()) {
        int at = matcher.start(1);
        if (!markdown.test(at) || UrlSchemes.allowed(matcher.group(2), protocols)) {
          continue;
        }
        MarkdownContexts.CodeNode code = contexts.codeAt(at);
        if (code == null) {
          escapes.add(new Escape(at, at + 1, at < text.length() && text.charAt(at) == '[' ? "&#91;" : "&#40;", false, "link"));
        } else if (!code.safeAt(at)) {
          asHtml.putIfAbsent(code, false);
        }
      }
    }
  }

  private static void shortcodes(String text, MarkdownContexts contexts, List<Escape> escapes, java.util.Map<MarkdownContexts.CodeNode, Boolean> asHtml) {
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
      MarkdownContexts.CodeNode code = contexts.codeAt(open);
      if (code == null) {
        escapes.add(new Escape(open, open + 1, "&#123;", true, "text"));
        at = open + 3;
        continue;
      }
      int closing = text.indexOf(close, open + 3);
      if (closing >= 0 && closing + close.length() <= code.contentEnd()) {
        escapes.add(new Escape(open + 3, open + 3, "/*", true, "code"));
        escapes.add(new Escape(closing, closing, "*/", true, "code"));
        at = closing + close.length();
      } else {
        asHtml.put(code, true);
        at = code.end();
      }
    }
  }

  /**
   * Code written as HTML on one line: its text with every character a renderer or template engine could
   * act on as a reference (line breaks too), which every renderer shows as the characters.
   */
  private static String codeAsHtml(String text, MarkdownContexts.CodeNode code) {
    boolean span = code.kind() == MarkdownContexts.Kind.SPAN;
    String literal = code.literal();
    StringBuilder html = new StringBuilder(span ? "<code>" : "<pre><code>");
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      switch (c) {
        case '&' -> html.append("&amp;");
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '"' -> html.append("&quot;");
        case '\n' -> html.append(span ? " " : "&#10;");
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
    html.append(span ? "</code>" : "</code></pre>");
    String end = !span && text.substring(code.start(), code.end()).endsWith("\n") ? "\n" : "";
    return html + end;
  }
}
