package dev.rinse.rules;

/** A rule, profile or policy file that cannot be used; the message is {@code file:line:col: message}. */
public final class RuleFileException extends Exception {
  private final String file;
  private final int line;
  private final int column;
  private final String problem;

  public RuleFileException(String file, int line, int column, String problem) {
    super(file + ":" + line + ":" + column + ": " + problem);
    this.file = file;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  /** A problem at a place written {@code file:line:col}, as {@link Rule#origin()} is. */
  static RuleFileException at(String origin, String problem) {
    int col = origin.lastIndexOf(':');
    int line = origin.lastIndexOf(':', col - 1);
    return new RuleFileException(origin.substring(0, line),
        Integer.parseInt(origin.substring(line + 1, col)), Integer.parseInt(origin.substring(col + 1)), problem);
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public String problem() {
    return problem;
  }
}
