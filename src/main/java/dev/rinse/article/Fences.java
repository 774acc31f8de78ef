package dev.rinse.article;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;

/**
 * Where a post's front matter ends and its content starts, read two ways: by rinse's own fence rules,
 * which forgive what scrapers get wrong (spaces after a fence, blank lines before it, a missing closing
 * fence), and exactly as a generator reads them. The two can differ, and what a generator takes for
 * content it publishes; {@link #read} settles on one reading and says when the output must be written
 * with plain fences so that both read it alike. Stateless.
 */
final class Fences {
  /** How the front matter's data is written. */
  enum Format { YAML, JSON, TOML }

  /**
   * One reading of a file's fences.
   *
   * @param format how the data is written
   * @param dataStart where the data starts, after the opening fence
   * @param dataEnd where the data ends, before the closing fence
   * @param contentStart where the content starts, after the closing fence's line
   * @param closed false when no closing fence was found and the front matter was cut where rinse's rules cut it
   * @param cutAtHtml true when the front matter was cut before a line of HTML
   */
  record Reading(Format format, int dataStart, int dataEnd, int contentStart, boolean closed, boolean cutAtHtml) {}

  /**
   * The reading to use, and whether the file's fences must be written plainly ({@code ---}, at the
   * very start) for the generator to read it so.
   *
   * @param rewrite why the fences must be rewritten, or empty when the file's bytes can be kept
   */
  record Settled(Reading reading, Optional<String> rewrite) {}

  private static final Pattern LEADING_BLANK_LINES = Pattern.compile("(?:[ \\t]*\\r?\\n)*");
  private static final Pattern YAML_FENCE = Pattern.compile("---[ \\t]*\\r?(?:\\n|$)");
  private static final Pattern TOML_FENCE = Pattern.compile("\\+\\+\\+[ \\t]*\\r?(?:\\n|$)");
  /**
   * A line that starts with {@code ---} closes YAML front matter, whatever follows (Hexo and Hugo close
   * it there, and in YAML such a line is no field); {@code ...} closes it on a line of its own.
   */
  private static final Pattern YAML_CLOSING = Pattern.compile("^---(?:[ \\t]*\\r?$)?|^\\.\\.\\.[ \\t]*\\r?$", Pattern.MULTILINE);
  private static final Pattern TOML_CLOSING = Pattern.compile("^\\+\\+\\+[ \\t]*\\r?$", Pattern.MULTILINE);
  private static final Pattern HTML_LINE = Pattern.compile("^[ \\t]*<[A-Za-z!/]", Pattern.MULTILINE);

  // hexo-front-matter 4 (split): an opening fence of three or more '-' or ';', closed by the same run
  // at a line start; or, with no opening fence, data up to the first line starting with such a run.
  private static final Pattern HEXO_FENCED = Pattern.compile("^(-{3,}|;{3,})\\r?\\n([\\s\\S]+?)\\r?\\n\\1(?:\\r?\\n)?");
  private static final Pattern HEXO_OPENING = Pattern.compile("^(?:-{3,}|;{3,})");
  private static final Pattern HEXO_UNFENCED = Pattern.compile("^([\\s\\S]+?)\\r?\\n(-{3,}|;{3,})(?:\\r?\\n)?");
  // Jekyll 4 (Document::YAML_FRONT_MATTER_REGEXP), with Ruby's line anchors.
  private static final Pattern JEKYLL = Pattern.compile("\\A(---\\s*\\n.*?\\n?)^((?:---|\\.\\.\\.)\\s*$\\n?)",
      Pattern.DOTALL | Pattern.MULTILINE | Pattern.UNIX_LINES);

  private Fences() {}

  /** The reading of {@code text} for {@code generator}, or empty when it has no front matter. */
  static Optional<Settled> read(String text, Generator generator) {
    Optional<Settled> settled = settle(text, generator);
    // Hexo takes front matter only when it holds a mapping or list (empty, a comment or a string does
    // not): otherwise the whole file, fences and all, is the post, and is cleaned as such.
    if (generator == Generator.HEXO && settled.isPresent() && !hexoData(text, settled.get().reading())) {
      return Optional.empty();
    }
    return settled;
  }

  private static boolean hexoData(String text, Reading reading) {
    String data = text.substring(reading.dataStart(), reading.dataEnd());
    return reading.format() == Format.JSON
        ? Structured.isJsonObject(data.startsWith("{") ? data : "{" + data + "}")
        : Structured.isYamlCollection(data);
  }

  private static Optional<Settled> settle(String text, Generator generator) {
    Optional<Reading> tolerant = tolerant(text, generator);
    if (generator == Generator.NONE) {
      return tolerant.map(reading -> new Settled(reading, Optional.empty()));
    }
    Optional<Reading> exact = switch (generator) {
      case HEXO -> hexo(text);
      case JEKYLL -> jekyll(text);
      case HUGO -> hugo(text);
      case NONE -> tolerant;
    };
    String name = generator.id();
    if (exact.isPresent() && tolerant.isPresent()) {
      Reading ours = tolerant.get();
      Reading theirs = exact.get();
      if (alike(text, ours, theirs)) {
        return Optional.of(new Settled(ours, Optional.empty()));
      }
      // What the generator takes for content it publishes: the reading that ends first decides.
      Reading first = theirs.contentStart() <= ours.contentStart() ? theirs : ours;
      String why = theirs.dataEnd() == ours.dataEnd()
          ? "the closing fence on line " + lineOf(text, ours.dataEnd()) + " has text after it"
          : name + " ends the front matter on line " + lineOf(text, theirs.dataEnd()) + ", rinse's fence rules on line "
              + lineOf(text, ours.dataEnd());
      return Optional.of(new Settled(first, Optional.of(why)));
    }
    if (exact.isPresent()) {
      return Optional.of(new Settled(exact.get(), Optional.of(name + " reads lines " + lineOf(text, exact.get().dataStart())
          + "-" + lineOf(text, exact.get().dataEnd()) + " as front matter, rinse's fence rules would not")));
    }
    return tolerant.map(reading -> new Settled(reading, Optional.of(name + " would not read the front matter "
        + "opened on line " + lineOf(text, reading.dataStart() - 1) + " as front matter")));
  }

  /** rinse's own rules: {@code ---} (or, for Hugo, {@code +++}) after any blank lines, closed by a fence line. */
  static Optional<Reading> tolerant(String text, Generator generator) {
    Matcher blank = LEADING_BLANK_LINES.matcher(text);
    int fenceStart = blank.lookingAt() ? blank.end() : 0;
    Matcher yaml = YAML_FENCE.matcher(text).region(fenceStart, text.length());
    if (yaml.lookingAt()) {
      return Optional.of(closedBy(text, Format.YAML, yaml.end(), YAML_CLOSING));
    }
    Matcher toml = TOML_FENCE.matcher(text).region(fenceStart, text.length());
    if (generator == Generator.HUGO && toml.lookingAt()) {
      return Optional.of(closedBy(text, Format.TOML, toml.end(), TOML_CLOSING));
    }
    if (generator == Generator.HUGO && fenceStart < text.length() && text.charAt(fenceStart) == '{') {
      return hugoJson(text, fenceStart);
    }
    return Optional.empty();
  }

  private static Reading closedBy(String text, Format format, int dataStart, Pattern closingFence) {
    Matcher closing = closingFence.matcher(text).region(dataStart, text.length());
    boolean closed = closing.find();
    int dataEnd = closed ? closing.start() : text.length();
    Matcher html = HTML_LINE.matcher(text).region(dataStart, dataEnd);
    if (html.find() && !(closed && format == Format.YAML && readsAsMapping(text.substring(dataStart, dataEnd)))) {
      // HTML inside the block: the fence is missing or far below; the front matter must not swallow the body.
      // (A closed block that reads as a mapping holds the HTML in a value, as a block scalar does.)
      return new Reading(format, dataStart, html.start(), html.start(), closed, true);
    }
    if (!closed) {
      return new Reading(format, dataStart, text.length(), text.length(), false, false);
    }
    return new Reading(format, dataStart, dataEnd, afterLineBreak(text, closing.end()), true, false);
  }

  private static boolean readsAsMapping(String yaml) {
    try {
      return Structured.compose(yaml).filter(MappingNode.class::isInstance).isPresent();
    } catch (RuntimeException | StackOverflowError e) {
      return false;
    }
  }

  private static Optional<Reading> hexo(String text) {
    Matcher fenced = HEXO_FENCED.matcher(text);
    if (fenced.lookingAt()) {
      Format format = fenced.group(1).startsWith(";") ? Format.JSON : Format.YAML;
      return Optional.of(new Reading(format, fenced.start(2), fenced.end(2), fenced.end(), true, false));
    }
    if (HEXO_OPENING.matcher(text).lookingAt()) {
      return Optional.empty(); // an opening fence Hexo cannot close: no front matter at all
    }
    if (firstVisible(text) == '<' || text.indexOf("\n---") < 0 && text.indexOf("\n;;;") < 0) {
      return Optional.empty(); // HTML is no YAML or JSON collection; and no fence line ends any data
    }
    Matcher unfenced = HEXO_UNFENCED.matcher(text);
    if (!unfenced.lookingAt()) {
      return Optional.empty();
    }
    Format format = unfenced.group(2).startsWith(";") ? Format.JSON : Format.YAML;
    String data = unfenced.group(1);
    boolean isData = format == Format.JSON ? Structured.isJsonObject("{" + data + "}") : Structured.isYamlCollection(data);
    return isData ? Optional.of(new Reading(format, 0, unfenced.end(1), unfenced.end(), true, false)) : Optional.empty();
  }

  private static Optional<Reading> jekyll(String text) {
    Matcher matcher = JEKYLL.matcher(text);
    if (!matcher.lookingAt()) {
      return Optional.empty();
    }
    int dataStart = text.indexOf('\n') + 1;
    return Optional.of(new Reading(Format.YAML, Math.min(dataStart, matcher.end(1)), matcher.end(1), matcher.end(), true, false));
  }

  /**
   * Hugo 0.111's page lexer: white space is skipped; {@code ---} or {@code +++} open YAML or TOML, ended
   * where a line starts with the same three characters (whatever follows them); {@code {} opens JSON.
   */
  private static Optional<Reading> hugo(String text) {
    int at = 0;
    while (at < text.length() && " \t\r\n\uFEFF".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    if (at == text.length()) {
      return Optional.empty();
    }
    char first = text.charAt(at);
    if (first == '{') {
      return hugoJson(text, at);
    }
    if ((first != '-' && first != '+') || !text.startsWith(String.valueOf(first).repeat(3), at)) {
      return Optional.empty();
    }
    String fence = String.valueOf(first).repeat(3);
    int dataStart = afterLineBreak(text, at + 3);
    boolean atLineStart = dataStart > at + 3;
    for (int i = dataStart; i <= text.length(); i++) {
      boolean lineStart = i == dataStart ? atLineStart : text.charAt(i - 1) == '\n' || text.charAt(i - 1) == '\r';
      if (lineStart && text.startsWith(fence, i)) {
        return Optional.of(new Reading(first == '+' ? Format.TOML : Format.YAML, dataStart, i, afterLineBreak(text, i + 3), true, false));
      }
    }
    return Optional.empty(); // Hugo fails the build: no closing delimiter
  }

  /** A JSON object from {@code start} to its closing brace (strings and escapes skipped), then the line end. */
  private static Optional<Reading> hugoJson(String text, int start) {
    int depth = 0;
    boolean inString = false;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return Optional.of(new Reading(Format.JSON, start, i + 1, afterLineBreak(text, i + 1), true, false));
      }
    }
    return Optional.empty();
  }

  private static char firstVisible(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return text.charAt(i);
      }
    }
    return ' ';
  }

  private static int afterLineBreak(String text, int at) {
    if (text.startsWith("\r\n", at)) {
      return at + 2;
    }
    return text.startsWith("\n", at) || text.startsWith("\r", at) ? at + 1 : at;
  }

  /**
   * Whether two readings agree: the same content start and the same data, once blank lines and a
   * leading {@code ---} (a YAML document start) are set aside.
   */
  private static boolean alike(String text, Reading ours, Reading theirs) {
    boolean wholeLine = ours.contentStart() == text.length() || text.charAt(ours.contentStart() - 1) == '\n';
    // Jekyll's closing fence takes the blank lines after it; the content is the same
    int from = Math.min(ours.contentStart(), theirs.contentStart());
    int to = Math.max(ours.contentStart(), theirs.contentStart());
    return ours.closed() && !ours.cutAtHtml() && wholeLine && ours.format() == theirs.format()
        && text.substring(from, to).isBlank()
        && data(text, ours).equals(data(text, theirs));
  }

  private static String data(String text, Reading reading) {
    String data = text.substring(reading.dataStart(), reading.dataEnd());
    data = data.replaceFirst("\\A(?:[ \\t]*\\r?\\n)*(?:---[ \\t]*\\r?\\n)?", "");
    return data.replaceFirst("\\r?\\n\\z", "");
  }

  static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < Math.min(offset, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
