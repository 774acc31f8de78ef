package dev.rinse.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the sanitizer writes a body's markup: fixed-size blocks of characters instead of one growing
 * array. A StringBuilder doubles, and copies, as it grows, and widens all it holds the first time a
 * character beyond Latin-1 comes; for a large file that happens while its DOM is still in memory, and
 * the copies, not the markup, were what ran a large article out of heap. Read it with
 * {@link #toString()} once the DOM is gone. Not thread-safe.
 */
final class MarkupBuffer implements Appendable, CharSequence {
  private static final int BLOCK_BITS = 13;
  private static final int BLOCK = 1 << BLOCK_BITS;

  private final List<char[]> blocks = new ArrayList<>();
  private char[] block;
  private int used = BLOCK; // in the last block; a first append opens one
  private int length;

  @Override
  public MarkupBuffer append(CharSequence text) {
    return append(text, 0, text.length());
  }

  @Override
  public MarkupBuffer append(CharSequence text, int start, int end) {
    int at = start;
    while (at < end) {
      if (used == BLOCK) {
        openBlock();
      }
      int count = Math.min(end - at, BLOCK - used);
      if (text instanceof String string) {
        string.getChars(at, at + count, block, used);
      } else {
        for (int i = 0; i < count; i++) {
          block[used + i] = text.charAt(at + i);
        }
      }
      used += count;
      at += count;
    }
    length += end - start;
    return this;
  }

  @Override
  public MarkupBuffer append(char c) {
    if (used == BLOCK) {
      openBlock();
    }
    block[used++] = c;
    length++;
    return this;
  }

  private void openBlock() {
    block = new char[BLOCK];
    blocks.add(block);
    used = 0;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    if (index < 0 || index >= length) {
      throw new IndexOutOfBoundsException("index " + index + ", length " + length);
    }
    return blocks.get(index >>> BLOCK_BITS)[index & (BLOCK - 1)];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return toString().substring(start, end);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < blocks.size(); i++) {
      text.append(blocks.get(i), 0, i < blocks.size() - 1 ? BLOCK : used);
    }
    return text.toString();
  }
}
