package dev.rinse.article;

import java.util.Arrays;

/** Where each line of a text starts, to turn lines and columns into offsets and back. */
public final class LineStarts {
  private LineStarts() {}

  /** The offset of each line's first character: line 1 (index 0) starts at 0, each other after a '\n'. */
  public static int[] of(String text) {
    int[] starts = new int[64];
    int count = 1; // line 1 starts at 0
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
      }
      starts[count++] = i + 1;
    }
    return Arrays.copyOf(starts, count);
  }
}
