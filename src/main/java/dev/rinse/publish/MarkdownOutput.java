package dev.rinse.publish;

import dev.rinse.article.ExcerptMarker;
import dev.rinse.article.MarkdownBody;
import dev.rinse.article.MarkdownEdits;
import dev.rinse.policy.PolicyStage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a Markdown body's output together: each stretch of Markdown as written (less the edits made to
 * it), and each stretch of raw HTML as written when nothing in it changed, or as the sanitizer wrote it
 * when something did. The sanitized markup holds a marker where each stretch of Markdown stood (gone
 * with the HTML that held it, when that was removed); the markup of the body as read, made by the same
 * serializer without the policy, tells which stretches of HTML are unchanged. When the parser moved
 * content out of source order (a table's foster parenting), every stretch of HTML is written as
 * sanitized. Stateless.
 */
public final class MarkdownOutput {
  /** An attribute's quoted value, roughly: enough to find one that holds what a text filter acts on. */
  private static final Pattern QUOTED_VALUE = Pattern.compile("=\\s*(\"[^\"]*\"|'[^']*')");
  private static final Pattern ACTED_ON_IN_VALUE = Pattern.compile("(?i)[<>]|href\\s*=|rel\\s*=");

  private MarkdownOutput() {}

  /**
   * The body's output.
   *
   * @param asRead the body's markup as read, with markers, and whether the parser kept source order
   * @param sanitized the body's markup as the policy wrote it, with markers
   * @param guarded whether template and attribute syntax must be escaped in HTML written anew; raw HTML
   *     holding such syntax is written anew
   */
  public static Written write(MarkdownBody markdown, PolicyStage.AsRead asRead, CharSequence sanitized, boolean guarded) {
    List<Piece> after = pieces(sanitized.toString(), markdown.markerCharacter());
    List<Piece> before = pieces(asRead.markup(), markdown.markerCharacter());
    String body = markdown.body();
    StringBuilder out = new StringBuilder(body.length() + 64);
    Places places = new Places();
    List<Rewrite> rewrites = new ArrayList<>();
    boolean aligned = asRead.inSourceOrder() && increasing(after) && before.size() == markdown.segments().size() + 1;
    int previous = -1; // the segment before the current stretch of HTML, -1 at the start
    for (Piece piece : after) {
      MarkdownBody.Segment next = piece.segment() < 0 ? null : markdown.segments().get(piece.segment());
      int from = previous < 0 ? 0 : markdown.segments().get(previous).end();
      int to = next == null ? body.length() : next.start();
      boolean consecutive = aligned && (next == null ? previous == markdown.segments().size() - 1 : next.index() == previous + 1);
      String raw = from <= to ? body.substring(from, to) : "";
      if (consecutive && before.get(previous + 1).html().equals(piece.html()) && rawSafe(markdown, from, to, guarded)) {
        appendAsWritten(out, places, body, from, to, false);
      } else {
        places.add(out.length(), from, to, false, false);
        String html = ExcerptMarker.restore(piece.html(), markdown.markerCharacter());
        String written = rewritten(html, raw, aligned ? prefixOf(markdown, from, to) : "");
        if (!written.isEmpty() && !written.equals(lineFeeds(raw))) {
          rewrites.add(new Rewrite(from, raw, written));
        }
        out.append(written);
      }
      if (next != null) {
        for (MarkdownEdits.Piece part : markdown.writtenPieces(next)) {
          if (part.replacement() == null) {
            appendAsWritten(out, places, body, part.start(), part.end(), true);
          } else {
            places.add(out.length(), part.start(), part.end(), false, true);
            out.append(lineFeeds(part.replacement()));
          }
        }
        previous = next.index();
      }
    }
    return unindented(new Written(out.toString(), places, rewrites, List.of()), markdown);
  }

  /** The output with the indents taken out that would make a paragraph's line code (see {@link NewCodeBlocks}). */
  private static Written unindented(Written written, MarkdownBody markdown) {
    List<NewCodeBlocks.Indent> indents = NewCodeBlocks.indents(written.text(), markdown, written.places());
    if (indents.isEmpty()) {
      return written;
    }
    StringBuilder out = new StringBuilder(written.text());
    List<Unindent> unindents = new ArrayList<>();
    for (int i = indents.size() - 1; i >= 0; i--) {
      NewCodeBlocks.Indent indent = indents.get(i);
      String removed = out.substring(indent.start(), indent.start() + indent.length());
      int read = written.places().bodyOffset(indent.start() + indent.length());
      int lineStart = markdown.body().lastIndexOf('\n', Math.max(0, read - 1)) + 1;
      // the white space as it stands in the body, where the line it starts was written as read
      int start = markdown.body().startsWith(removed, lineStart) ? lineStart : read;
      unindents.add(0, new Unindent(start, removed));
      out.delete(indent.start(), indent.start() + indent.length());
      written.places().removed(indent.start(), indent.length());
    }
    return new Written(out.toString(), written.places(), written.rewrites(), unindents);
  }

  /**
   * The output, where its parts came from in the body, the stretches of raw HTML written anew, and the
   * indents taken out so that a line stays in its paragraph.
   */
  public record Written(String text, Places places, List<Rewrite> rewrites, List<Unindent> unindents) {}

  /**
   * White space taken out before a line that a removal left starting a paragraph, where Markdown would
   * read it as code.
   *
   * @param start where the white space stands in the body
   */
  public record Unindent(int start, String removed) {}

  /**
   * A stretch of raw HTML written as the sanitizer wrote it (a stretch wholly removed is not one: its
   * removals say what went).
   *
   * @param start where the stretch starts in the body
   */
  public record Rewrite(int start, String raw, String written) {}

  /** Maps offsets of the output back to the body, as near as its parts allow. Not thread-safe. */
  public static final class Places {
    private final List<int[]> parts = new ArrayList<>();

    void add(int outStart, int bodyStart, int bodyEnd, boolean asWritten, boolean markdown) {
      parts.add(new int[] {outStart, bodyStart, bodyEnd, asWritten ? 1 : 0, markdown ? 1 : 0});
    }

    /** Accounts for {@code length} characters taken out of the output at {@code outStart}. */
    void removed(int outStart, int length) {
      int[] within = part(outStart);
      List<int[]> shifted = new ArrayList<>(parts.size() + 1);
      for (int[] part : parts) {
        shifted.add(part[0] > outStart ? new int[] {part[0] - length, part[1], part[2], part[3], part[4]} : part);
      }
      if (within != null && within[3] == 1) { // what follows in the same copied part comes from further on
        int bodyAfter = Math.min(within[1] + outStart + length - within[0], within[2]);
        shifted.add(new int[] {outStart, bodyAfter, within[2], 1, within[4]});
        shifted.sort(java.util.Comparator.comparingInt(part -> part[0]));
      }
      parts.clear();
      parts.addAll(shifted);
    }

    /** The body offset an output offset comes from: the same character where the part was copied, else the part's start. */
    public int bodyOffset(int outOffset) {
      int[] found = part(outOffset);
      if (found == null) {
        return 0;
      }
      return found[3] == 1 ? Math.min(found[1] + outOffset - found[0], found[2]) : found[1];
    }

    /** Whether an output offset stands in Markdown, not in HTML (which the sanitizer wrote or let stand). */
    public boolean inMarkdown(int outOffset) {
      int[] found = part(outOffset);
      return found != null && found[4] == 1;
    }

    private int[] part(int outOffset) {
      int low = 0;
      int high = parts.size() - 1;
      int[] found = null;
      while (low <= high) {
        int middle = (low + high) >>> 1;
        if (parts.get(middle)[0] <= outOffset) {
          found = parts.get(middle);
          low = middle + 1;
        } else {
          high = middle - 1;
        }
      }
      return found;
    }
  }

  /** A stretch of sanitized markup, and the segment whose marker ends it (-1 for the last stretch). */
  private record Piece(String html, int segment) {}

  private static List<Piece> pieces(String markup, char marker) {
    List<Piece> pieces = new ArrayList<>();
    int at = 0;
    while (true) {
      int open = markup.indexOf(marker, at);
      while (open >= 0 && open + 1 < markup.length() && (markup.charAt(open + 1) == '!' || markup.charAt(open + 1) == '~')) {
        // a comment's mark in the body as read, or an excerpt marker's token (marker ~ data ~): not a segment's
        int after = markup.charAt(open + 1) == '!' ? open + 2 : markup.indexOf('~', open + 2) + 1;
        open = markup.indexOf(marker, after);
      }
      if (open < 0) {
        pieces.add(new Piece(markup.substring(at), -1));
        return pieces;
      }
      int close = markup.indexOf(marker, open + 1);
      pieces.add(new Piece(markup.substring(at, open), Integer.parseInt(markup.substring(open + 1, close))));
      at = close + 1;
    }
  }

  private static boolean increasing(List<Piece> pieces) {
    int last = -1;
    for (Piece piece : pieces) {
      if (piece.segment() >= 0) {
        if (piece.segment() <= last) {
          return false;
        }
        last = piece.segment();
      }
    }
    return true;
  }

  /**
   * Whether raw HTML can be written as it stands: it ends outside any tag, and, when syntax is guarded,
   * holds none of the characters that would have to be escaped, and nothing that the generators' own
   * text filters, which know no HTML, would act on: a quoted attribute value holding {@code <}, {@code >}
   * (an excerpt marker, Hugo's summary token, a tag) or {@code href=} and {@code rel=} (Hexo's external
   * link filter edits the first it finds in a tag), Hexo's definition-list pattern {@code <br>:}. The
   * sanitizer writes all of these as references.
   */
  private static boolean rawSafe(MarkdownBody markdown, int from, int to, boolean guarded) {
    for (MarkdownBody.Run run : markdown.runs()) {
      if (run.start() >= from && run.end() <= to && !run.wellFormed()) {
        return false;
      }
    }
    if (!guarded) {
      return true;
    }
    String raw = markdown.body().substring(from, to);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '{' || c == '[' || c == '\\') {
        return false;
      }
    }
    if (raw.contains("<br>:") || raw.contains("HUGOMORE42")) {
      return false;
    }
    Matcher value = QUOTED_VALUE.matcher(raw);
    while (value.find()) {
      if (ACTED_ON_IN_VALUE.matcher(value.group(1)).find()) {
        return false;
      }
    }
    return true;
  }

  /** What starts the lines of the raw HTML in {@code [from, to)} after its first: a block quote's or list's indent. */
  private static String prefixOf(MarkdownBody markdown, int from, int to) {
    for (MarkdownBody.Run run : markdown.runs()) {
      if (run.start() >= from && run.end() <= to) {
        return run.prefix();
      }
    }
    return "";
  }

  /**
   * Sanitized markup written where raw HTML stood: readable characters, escaped syntax, the container's
   * prefix on each new line, and a line break at the end when the raw HTML had one.
   */
  private static String rewritten(String html, String raw, String prefix) {
    if (html.isBlank()) {
      return ""; // all of it went: the Markdown around it keeps the lines
    }
    String text = Inert.html(html); // Markdown reads what follows raw HTML: nothing in it may start Markdown
    boolean endsLine = raw.endsWith("\n") || raw.endsWith("\r");
    if (endsLine && !text.isEmpty() && !text.endsWith("\n")) {
      text += "\n";
    }
    if (!endsLine && text.endsWith("\n") && !raw.isEmpty()) {
      text = text.substring(0, text.length() - 1);
    }
    if (!prefix.isEmpty()) {
      boolean trailing = text.endsWith("\n");
      String inner = trailing ? text.substring(0, text.length() - 1) : text;
      text = inner.replace("\n", "\n" + prefix) + (trailing ? "\n" : "");
    }
    return text;
  }

  /**
   * Appends the body's {@code [from, to)} as written, but for line endings written as LF, noting where
   * each character came from.
   */
  private static void appendAsWritten(StringBuilder out, Places places, String body, int from, int to, boolean markdown) {
    int at = from;
    while (at < to) {
      int cr = body.indexOf('\r', at);
      int end = cr < 0 || cr >= to ? to : cr;
      if (end > at) {
        places.add(out.length(), at, end, true, markdown);
        out.append(body, at, end);
      }
      if (end < to) { // a CR: dropped before LF, else written as LF
        boolean beforeLineFeed = end + 1 < body.length() && body.charAt(end + 1) == '\n';
        if (!beforeLineFeed) {
          places.add(out.length(), end, end + 1, true, markdown);
          out.append('\n');
        }
        at = end + 1;
      } else {
        at = end;
      }
    }
  }

  /** Line endings written as LF, the one documented normalization of Markdown. */
  private static String lineFeeds(String text) {
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
  }
}
