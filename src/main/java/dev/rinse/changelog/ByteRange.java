package dev.rinse.changelog;

/**
 * Where some bytes are in a file: from {@code start} (inclusive) to {@code end} (exclusive), counted from
 * the file's first byte, a byte-order mark included.
 */
public record ByteRange(long start, long end) {
  public ByteRange {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("not a byte range: " + start + ".." + end);
    }
  }

  public int length() {
    return Math.toIntExact(end - start);
  }
}
