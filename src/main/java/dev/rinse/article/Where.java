package dev.rinse.article;

/**
 * A 1-based line and column in an input file; {@link #UNKNOWN} (0:0) for nodes with no source position.
 */
public record Where(int line, int column) {
  public static final Where UNKNOWN = new Where(0, 0);

  public Where {
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0");
    }
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
