package dev.rinse.article;

/** An input file that cannot be read as an article; carries the place for the one-line error. */
public final class ArticleException extends Exception {
  private final Where where;

  public ArticleException(Where where, String message) {
    super(message);
    this.where = where;
  }

  public Where where() {
    return where;
  }
}
