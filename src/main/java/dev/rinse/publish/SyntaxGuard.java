package dev.rinse.publish;

import dev.rinse.article.Generator;
import dev.rinse.article.MarkdownBody;
import dev.rinse.policy.UrlSchemes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the Markdown of an output safe whichever renderer reads it. CommonMark is what rinse reads, but
 * marked, kramdown and Goldmark each read some constructs otherwise (an unclosed fence, a definition
 * CommonMark refuses, a backtick kramdown takes for math, a list kramdown starts inside a paragraph),
 * Hexo's fence filter and the generators' excerpts cut the text before any renderer sees it, and what
 * one reads as code or as a title another may pass on as HTML. So, in the Markdown parts of the output
 * (the HTML parts were written by the sanitizer and are inert already):
 * <ul>
 *   <li>every {@code <} that starts what could be a tag becomes {@code &lt;}, but in code every renderer
 *       agrees is code (a fenced block with plain fences, after a blank line), in an autolink, or opening
 *       a plain URL between angle brackets; any other code that holds one (every code span, every
 *       indented block) is written as HTML, whose character references every renderer shows as
 *       characters;
 *   <li>a definition or link that CommonMark refuses but another renderer may take, with a URL the
 *       policy refuses, gets a bracket written as a reference, so that no renderer takes it; such a
 *       definition in code is written as HTML, since Jekyll copies definitions into excerpts from code
 *       too;
 *   <li>a line Hexo's fence filter takes for a fence where CommonMark reads none has its fence written
 *       as references (in code, the code is written as HTML); code that an excerpt's cut (Jekyll's
 *       separator, Hugo's summary divider) would leave open is written as HTML;
 *   <li>Hugo's shortcodes are escaped (a brace as a reference in text; Hugo's comment markers in code;
 *       code Hugo cannot escape that way written as HTML; a commented shortcode in text written as the
 *       text Hugo would show); a heading's braces become references, which Goldmark does not read as
 *       attributes;
 *   <li>kramdown's attribute and extension syntax ({@code {:}) gets its brace written as a reference;
 *   <li>a task list item's box is written as text: every renderer would make it a form control.
 * </ul>
 * Every rewrite shows the same text. Stateless.
 */
final class SyntaxGuard {
  /**
   * One rewrite of the output: what stood at {@code [start, end)} and what stands there now.
   *
   * @param template whether it guards template code (a shortcode) rather than markup syntax
   * @param where what it stands in: {@code text}, {@code code}, {@code heading}, {@code link}, {@code fence}, {@code list}
   * @param text the visible text it takes away (as CommonMark shows it), mostly none
   */
  record Escape(int start, int end, String after, boolean template, String where, String text) {
    Escape(int start, int end, String after, boolean template, String where) {
      this(start, end, after, template, where, "");
    }
  }

  /** Where the generator cuts a post's text for an excerpt before rendering it, as far as the post tells. */
  record Cut(String separator, boolean firstOnly) {
    static final Cut HUGO_SUMMARY = new Cut("<!--more-->", false);
    static final Cut JEKYLL_DEFAULT = new Cut("\n\n", true);

    /**
     * Code an excerpt's cut falls in, which the excerpt's renderer would read from there on as Markdown
     * (kramdown reads an unclosed fence as a paragraph): when it holds a character that Markdown could
     * make a tag, a link or an attribute of, it is written as HTML, which holds no blank line, so Jekyll's
     * default cut moves past it; a cut that still falls in it leaves only references behind. The excerpt
     * ends at the cut, so nothing after it is read otherwise.
     */
    void codeCut(String text, MarkdownContexts contexts, Map<MarkdownContexts.CodeNode, Boolean> asHtml) {
      String separator = separator();
      int at = text.indexOf(separator);
      while (at >= 0) {
        MarkdownContexts.CodeNode code = null;
        for (MarkdownContexts.CodeNode node : contexts.code) {
          if (node.start() < at && at + separator.length() <= node.end()) {
            code = node;
            break;
          }
        }
        String literal = code == null ? "" : code.literal();
        boolean actsAsMarkdown = literal.indexOf('<') >= 0 || literal.indexOf('[') >= 0 || literal.indexOf(']') >= 0
            || literal.indexOf('{') >= 0;
        if (actsAsMarkdown) {
          asHtml.putIfAbsent(code, false);
        } else if (firstOnly()) {
          return; // the cut falls outside code, or in code that, read as Markdown, shows its characters
        }
        at = text.indexOf(separator, code == null ? at + separator.length() : Math.max(at + 1, code.end() - 1));
      }
    }
  }

  /** A definition's closing bracket and colon, then its URL, wherever it stands: kramdown and marked take one in a list item. */
  private static final Pattern DEFINITION = Pattern.compile("(\\]):[ \\t]*\\n?[ \\t]*(?:<[ \\t]*)?([^\\s>]+)");
  private static final Pattern INLINE_LINK = Pattern.compile("\\](\\()[ \\t]*\\n?[ \\t]*(?:<[ \\t]*)?([^\\s>)]+)");

  /** The character of Hexo's render placeholders. */
  private static final char HEXO_PLACEHOLDER = '\uFFFC';

  private SyntaxGuard() {}

  /**
   * The rewrites the output of a Markdown body needs, in output order, none overlapping.
   *
   * @param protocols the URL schemes the policy allows
   * @param markdown whether an offset of the output stands in its Markdown (not in HTML rinse wrote)
   * @param cut where the generator cuts the text for an excerpt, or null
   * @param kept whether the policy keeps an element: code written as HTML is a {@code code} or {@code pre}
   *     element only if kept, else its text alone, so that cleaning the output again changes nothing
   */
  static List<Escape> escapes(String text, Generator generator, List<String> protocols, IntPredicate markdown, Cut cut,
      java.util.function.Predicate<String> kept) {
    boolean hugo = generator == Generator.HUGO && text.indexOf('{') >= 0;
    boolean jekyll = generator == Generator.JEKYLL && text.contains("{:");
    boolean hexo = generator == Generator.HEXO && HexoFences.present(text);
    boolean placeholders = generator == Generator.HEXO && text.indexOf(HEXO_PLACEHOLDER) >= 0;
    if (!hugo && !jekyll && !hexo && !placeholders && cut == null && text.indexOf('<') < 0 && text.indexOf(']') < 0) {
      return List.of();
    }
    MarkdownContexts contexts = new MarkdownContexts(text);
    MarkdownBody.tree(text).accept(contexts);
    List<Escape> escapes = new ArrayList<>();
    // code to write as HTML, and whether a shortcode (template code) is what made it so
    Map<MarkdownContexts.CodeNode, Boolean> asHtml = new LinkedHashMap<>();
    tagOpeners(text, contexts, markdown, generator, escapes, asHtml);
    refusedUrls(text, contexts, protocols, markdown, escapes, asHtml);
    tasks(contexts, markdown, escapes);
    if (hugo) {
      HugoSyntax.shortcodes(text, contexts, markdown, escapes, asHtml);
      HugoSyntax.headingAttributes(text, contexts, markdown, escapes, asHtml);
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
    if (cut != null) {
      cut.codeCut(text, contexts, asHtml);
    }
    if (hexo) {
      HexoFences.guard(text, contexts, markdown, escapes, asHtml);
    }
    if (generator == Generator.HEXO) {
      placeholderCharacters(text, contexts, markdown, escapes, asHtml);
    }
    asHtml.forEach((code, template) -> escapes.add(new Escape(code.start(), code.end(), codeAsHtml(text, code, kept), template, "code")));
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
      List<Escape> escapes, Map<MarkdownContexts.CodeNode, Boolean> asHtml) {
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

  /**
   * Definitions and links CommonMark refused (those it took were cleaned already) whose URL the policy
   * refuses. A definition in code counts too: Jekyll appends every line that looks like one to a post's
   * excerpt, wherever it stands.
   */
  private static void refusedUrls(String text, MarkdownContexts contexts, List<String> protocols, IntPredicate markdown,
      List<Escape> escapes, Map<MarkdownContexts.CodeNode, Boolean> asHtml) {
    for (Pattern pattern : List.of(DEFINITION, INLINE_LINK)) {
      Matcher matcher = pattern.matcher(text);
      while (matcher.find()) {
        int at = matcher.start(1);
        if (!markdown.test(at) || UrlSchemes.allowed(matcher.group(2), protocols)) {
          continue;
        }
        MarkdownContexts.CodeNode code = contexts.codeAt(at);
        if (code == null) {
          String reference = switch (text.charAt(at)) {
            case ']' -> "&#93;";
            case '[' -> "&#91;";
            default -> "&#40;";
          };
          escapes.add(new Escape(at, at + 1, reference, false, "link"));
        } else if (pattern == DEFINITION || !code.safeAt(at)) {
          asHtml.putIfAbsent(code, false);
        }
      }
    }
  }

  /** A task list item's box ({@code [ ]}, {@code [x]}), which marked, kramdown and Goldmark all make a checkbox input. */
  private static void tasks(MarkdownContexts contexts, IntPredicate markdown, List<Escape> escapes) {
    for (int at : contexts.taskBoxes) {
      if (markdown.test(at)) {
        escapes.add(new Escape(at, at + 1, "&#91;", false, "list"));
      }
    }
  }

  /**
   * Hexo stands its own placeholders in for code and template tags while it renders ({@code <!--code}
   * and U+FFFC and a number), and stops the whole build on one it did not make: the character is written
   * as a reference, which marked keeps, in text and in HTML; code that holds it is written as HTML.
   */
  private static void placeholderCharacters(String text, MarkdownContexts contexts, IntPredicate markdown,
      List<Escape> escapes, Map<MarkdownContexts.CodeNode, Boolean> asHtml) {
    for (int at = text.indexOf(HEXO_PLACEHOLDER); at >= 0; at = text.indexOf(HEXO_PLACEHOLDER, at + 1)) {
      MarkdownContexts.CodeNode code = contexts.codeAt(at);
      if (code == null) {
        escapes.add(new Escape(at, at + 1, "&#xFFFC;", false, markdown.test(at) ? "text" : "html"));
      } else if (!code.safeAt(at)) {
        asHtml.putIfAbsent(code, false);
      }
    }
  }

  /**
   * Code written as HTML on one line: its text with every character a renderer or template engine could
   * act on as a reference (line breaks too), which every renderer shows as the characters.
   */
  private static String codeAsHtml(String text, MarkdownContexts.CodeNode code, java.util.function.Predicate<String> kept) {
    boolean span = code.kind() == MarkdownContexts.Kind.SPAN;
    String literal = code.literal();
    String open = (span || !kept.test("pre") ? "" : "<pre>") + (kept.test("code") ? "<code>" : "");
    String close = (kept.test("code") ? "</code>" : "") + (span || !kept.test("pre") ? "" : "</pre>");
    StringBuilder html = new StringBuilder(open);
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      if (i == 0 && open.isEmpty() && (Character.isLetter(c) || "/!?".indexOf(c) >= 0)) {
        html.append("&#").append((int) c).append(';'); // bare text after a '<' in the Markdown would open a tag
        continue;
      }
      switch (c) {
        case '&' -> html.append("&amp;");
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '"' -> html.append("&quot;");
        case '\n' -> html.append(span ? " " : "&#10;");
        case '\r' -> { }
        default -> {
          if ("\\`*_[]{}!#|~$\uFFFC".indexOf(c) >= 0) {
            html.append("&#").append((int) c).append(';');
          } else {
            html.append(c);
          }
        }
      }
    }
    html.append(close);
    String end = !span && text.substring(code.start(), code.end()).endsWith("\n") ? "\n" : "";
    return html + end;
  }
}
