package dev.rinse.publish;

import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code blocks Hexo's fence filter finds in a post before its Markdown renderer sees it. The filter
 * is a regular expression of its own: it takes a fence after any indentation or right after a list
 * marker, closes it on the first line with the same fence, and lets a longer fence count as a shorter
 * one with backticks in its info string. A block it finds where CommonMark reads none (or ends
 * elsewhere) turns what CommonMark reads as code into Markdown. This is that expression, written for
 * Java: JavaScript's white space, line ends and multi-line anchors spelled out. An instance is not
 * thread-safe; {@link #guard} is, and is the part of {@link SyntaxGuard} that makes output agree with it.
 */
final class HexoFences {
  /** JavaScript's {@code [^\S\r\n]}: white space that ends no line. */
  private static final String SPACE = "[\\t\\u000B\\f \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]";
  private static final String NOT_SPACE_OR_TICK = "[^`\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]";
  private static final String ANY_BUT_LINE_END = "[^\\n\\r\\u2028\\u2029]";
  private static final String LINE_START = "(?:(?<![\\s\\S])|(?<=[\\n\\r\\u2028\\u2029]))";
  private static final String LINE_END = "(?:(?=[\\n\\r\\u2028\\u2029])|(?![\\s\\S]))";
  private static final Pattern BLOCK = Pattern.compile(LINE_START
      + "((?:(?:" + SPACE + "*>){0,3}|[-*+]|[0-9]+\\.)" + SPACE + "*)"
      + "(?<fence>`{3,}|~{3,})" + SPACE + "*((?:" + ANY_BUT_LINE_END + "*?" + NOT_SPACE_OR_TICK + ")?)" + SPACE + "*\\n"
      + "((?:[\\s\\S]*?\\n)?)"
      + "(?<closePrefix>(?:" + SPACE + "*>){0,3}" + SPACE + "*)\\k<fence>" + SPACE + "?(?:\\n+|" + LINE_END + ")");

  /** A block the filter takes: where its opening fence and its closing fence start. */
  record Block(int start, int openFence, int fenceLength, int closeFence) {}

  private final Matcher matcher;

  HexoFences(CharSequence text) {
    this.matcher = BLOCK.matcher(text);
  }

  /** Whether Hexo's filter could act on the text at all. */
  static boolean present(String text) {
    return text.contains("```") || text.contains("~~~");
  }

  /** The next block the filter takes from {@code from} on (a line start or the start of a block it took), or null. */
  Block next(int from) {
    if (!matcher.find(from)) {
      return null;
    }
    return new Block(matcher.start(), matcher.start("fence"), matcher.group("fence").length(), matcher.end("closePrefix"));
  }

  /** Where the filter goes on after a block. */
  int endOf() {
    return matcher.end();
  }

  /**
   * Each block Hexo's fence filter takes that is not a plain fenced block as CommonMark reads it loses
   * its opening fence: in text and in HTML the fence's characters become references; code is written
   * as HTML, which holds none. The filter then reads the output again from that block on.
   */
  static void guard(String text, MarkdownContexts contexts, IntPredicate markdown, List<SyntaxGuard.Escape> escapes,
      Map<MarkdownContexts.CodeNode, Boolean> asHtml) {
    StringBuilder view = new StringBuilder(text);
    asHtml.keySet().forEach(code -> unfence(view, code.start(), code.end()));
    HexoFences fences = new HexoFences(view);
    int from = 0;
    for (HexoFences.Block block = fences.next(from); block != null; block = fences.next(from)) {
      MarkdownContexts.CodeNode code = contexts.codeAt(block.openFence());
      boolean agreed = code != null && code.plain() && code.kind() == MarkdownContexts.Kind.FENCED
          && block.openFence() < code.contentStart() && block.closeFence() == code.contentEnd();
      if (agreed) {
        from = fences.endOf();
        continue;
      }
      if (code != null) {
        asHtml.putIfAbsent(code, false);
        unfence(view, code.start(), code.end());
      } else {
        String reference = text.charAt(block.openFence()) == '`' ? "&#96;" : "&#126;";
        int end = block.openFence() + block.fenceLength();
        escapes.add(new SyntaxGuard.Escape(block.openFence(), end, reference.repeat(block.fenceLength()), false,
            markdown.test(block.openFence()) ? "fence" : "html"));
        unfence(view, block.openFence(), end);
      }
      from = block.start();
    }
  }

  /** Marks a stretch of the filter's view as holding no fence, as its output will. */
  private static void unfence(StringBuilder view, int start, int end) {
    for (int i = start; i < end; i++) {
      if (view.charAt(i) == '`' || view.charAt(i) == '~') {
        view.setCharAt(i, 'x');
      }
    }
  }
}
