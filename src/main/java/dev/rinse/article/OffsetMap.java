package dev.rinse.article;

import java.util.Arrays;

/**
 * Maps offsets in the text the HTML parser read back to offsets in the file's body. Where a Markdown
 * body is read, the parser reads its raw HTML with the Markdown between replaced by placeholders; each
 * stretch of parsed text stands either for body text one to one, or for a whole stretch of the body (a
 * placeholder for Markdown, or text rewritten to be read as text). Immutable once built.
 */
final class OffsetMap {
  private int[] parsedStarts = new int[16];
  private int[] bodyStarts = new int[16];
  private int[] bodyEnds = new int[16];
  private boolean[] exact = new boolean[16];
  private int size;
  private int parsedLength;

  /** Adds a stretch of {@code length} parsed characters standing one to one for the body from {@code bodyStart}. */
  void exact(int bodyStart, int length) {
    add(bodyStart, bodyStart + length, length, true);
  }

  /** Adds a stretch of {@code length} parsed characters standing, as a whole, for the body's {@code [bodyStart, bodyEnd)}. */
  void whole(int bodyStart, int bodyEnd, int length) {
    add(bodyStart, bodyEnd, length, false);
  }

  private void add(int bodyStart, int bodyEnd, int length, boolean isExact) {
    if (length == 0) {
      return;
    }
    if (size == parsedStarts.length) {
      parsedStarts = Arrays.copyOf(parsedStarts, size * 2);
      bodyStarts = Arrays.copyOf(bodyStarts, size * 2);
      bodyEnds = Arrays.copyOf(bodyEnds, size * 2);
      exact = Arrays.copyOf(exact, size * 2);
    }
    parsedStarts[size] = parsedLength;
    bodyStarts[size] = bodyStart;
    bodyEnds[size] = bodyEnd;
    exact[size] = isExact;
    size++;
    parsedLength += length;
  }

  /**
   * The body offset of a parsed offset. Inside a whole stretch, a start maps to the stretch's start and
   * an end to its end, so that a node's source always covers whole placeholders.
   */
  int toBody(int parsed, boolean isEnd) {
    if (size == 0) {
      return parsed;
    }
    int i = Arrays.binarySearch(parsedStarts, 0, size, parsed);
    if (i < 0) {
      i = -i - 2;
    } else if (isEnd && i > 0) {
      i--; // an end at a stretch's first character ends the stretch before
    }
    i = Math.max(0, i);
    int into = parsed - parsedStarts[i];
    if (exact[i]) {
      return Math.min(bodyStarts[i] + into, bodyEnds[i]);
    }
    return isEnd && into > 0 ? bodyEnds[i] : bodyStarts[i];
  }
}
