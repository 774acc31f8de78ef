package dev.rinse.changelog;

import dev.rinse.article.Where;
import java.util.Objects;

/**
 * One change made to one file: which rule made it, what it did, where, and exactly what went. Each
 * kind of change is a record of its own, carrying what that kind has: a rewrite says what it wrote
 * ({@link #after}), a removal the visible text it took ({@link #text}), a flag nothing but its place.
 * Immutable.
 */
public sealed interface Change {

  /** The rule id, e.g. {@code core.comments}; policy drops use {@code policy.*}. */
  String rule();

  /** What the change did, as rule files and change logs name it. */
  ChangeKind action();

  /** Where in the input the change is: a 1-based line and column, {@link Where#UNKNOWN} when nowhere. */
  Where at();

  /** A CSS path to the changed node, or the front-matter field name. */
  String path();

  /** The exact source text the change removed (empty when none), and where its bytes are in the input. */
  Cited removed();

  /** The visible text the change removed from the article; empty when none. */
  default String text() {
    return "";
  }

  /** What replaced {@link #removed}, for changes that rewrite rather than remove; null otherwise. */
  default String after() {
    return null;
  }

  /** This change with its removed source cited anew: located in the input, or read back shortened. */
  Change citing(Cited removed);

  default int line() {
    return at().line();
  }

  default int column() {
    return at().column();
  }

  /** An element, comment or text taken out with everything in it. */
  record Removal(String rule, Where at, String path, Cited removed, String text) implements Change {
    public Removal {
      check(rule, at, path, removed, text);
    }

    @Override
    public ChangeKind action() {
      return ChangeKind.REMOVE;
    }

    @Override
    public Change citing(Cited removed) {
      return new Removal(rule, at, path, removed, text);
    }
  }

  /** An element's tags taken out, its content kept; {@link #removed} holds the tags as written. */
  record Unwrapping(String rule, Where at, String path, Cited removed) implements Change {
    public Unwrapping {
      check(rule, at, path, removed, "");
    }

    @Override
    public ChangeKind action() {
      return ChangeKind.UNWRAP;
    }

    @Override
    public Change citing(Cited removed) {
      return new Unwrapping(rule, at, path, removed);
    }
  }

  /** One attribute taken off an element, written {@code name="value"} as in the input. */
  record AttributeStrip(String rule, Where at, String path, Cited removed) implements Change {
    public AttributeStrip {
      check(rule, at, path, removed, "");
    }

    @Override
    public ChangeKind action() {
      return ChangeKind.STRIP_ATTRIBUTE;
    }

    @Override
    public Change citing(Cited removed) {
      return new AttributeStrip(rule, at, path, removed);
    }
  }

  /** A URL written without some of its query parameters: the URL before, and after. */
  record UrlParamStrip(String rule, Where at, String path, Cited removed, String text, String after)
      implements Change {
    public UrlParamStrip {
      check(rule, at, path, removed, text);
      Objects.requireNonNull(after, "after");
    }

    @Override
    public ChangeKind action() {
      return ChangeKind.STRIP_URL_PARAMS;
    }

    @Override
    public Change citing(Cited removed) {
      return new UrlParamStrip(rule, at, path, removed, text, after);
    }
  }

  /** A match in text replaced; {@link #text} is the visible text it took, net of what it put in. */
  record TextReplacement(String rule, Where at, String path, Cited removed, String text, String after)
      implements Change {
    public TextReplacement {
      check(rule, at, path, removed, text);
      Objects.requireNonNull(after, "after");
    }

    @Override
    public ChangeKind action() {
      return ChangeKind.REPLACE_TEXT;
    }

    @Override
    public Change citing(Cited removed) {
      return new TextReplacement(rule, at, path, removed, text, after);
    }
  }

  /** A front-matter field emptied; {@link #path} is the field's name. */
  record FieldClear(String rule, Where at, String path, Cited removed, String after) implements Change {
    public FieldClear {
      check(rule, at, path, removed, "");
      Objects.requireNonNull(after, "after");
    }

    @Override
    public ChangeKind action() {
      return ChangeKind.CLEAR_FRONT_MATTER_FIELD;
    }

    @Override
    public Change citing(Cited removed) {
      return new FieldClear(rule, at, path, removed, after);
    }
  }

  /** A front-matter field set to a new value, or added; {@link #path} is the field's name. */
  record FieldSet(String rule, Where at, String path, Cited removed, String after) implements Change {
    public FieldSet {
      check(rule, at, path, removed, "");
      Objects.requireNonNull(after, "after");
    }

    @Override
    public ChangeKind action() {
      return ChangeKind.SET_FRONT_MATTER_FIELD;
    }

    @Override
    public Change citing(Cited removed) {
      return new FieldSet(rule, at, path, removed, after);
    }
  }

  /** The front matter's fences written plainly, so that the generator reads them as rinse did. */
  record FenceRewrite(String rule, Cited removed, String after) implements Change {
    public FenceRewrite {
      check(rule, Where.UNKNOWN, "", removed, "");
      Objects.requireNonNull(after, "after");
    }

    @Override
    public ChangeKind action() {
      return ChangeKind.REWRITE_FENCES;
    }

    @Override
    public Where at() {
      return new Where(1, 1);
    }

    @Override
    public String path() {
      return "front matter";
    }

    @Override
    public Change citing(Cited removed) {
      return new FenceRewrite(rule, removed, after);
    }
  }

  /** Characters written in a form that shows the same text and that no renderer or template engine acts on. */
  record Escape(String rule, Where at, String path, Cited removed, String text, String after) implements Change {
    public Escape {
      check(rule, at, path, removed, text);
      Objects.requireNonNull(after, "after");
    }

    @Override
    public ChangeKind action() {
      return ChangeKind.ESCAPE;
    }

    @Override
    public Change citing(Cited removed) {
      return new Escape(rule, at, path, removed, text, after);
    }
  }

  /** Raw HTML in Markdown written anew, as the sanitizer wrote it, since something in it changed. */
  record HtmlRewrite(String rule, Where at, String path, Cited removed, String after) implements Change {
    public HtmlRewrite {
      check(rule, at, path, removed, "");
      Objects.requireNonNull(after, "after");
    }

    @Override
    public ChangeKind action() {
      return ChangeKind.REWRITE_HTML;
    }

    @Override
    public Change citing(Cited removed) {
      return new HtmlRewrite(rule, at, path, removed, after);
    }
  }

  /** An attribute written anew in place of one as written: a lazy-loaded image's data-src moved into src. */
  record AttributeRewrite(String rule, Where at, String path, Cited removed, String after) implements Change {
    public AttributeRewrite {
      check(rule, at, path, removed, "");
      Objects.requireNonNull(after, "after");
    }

    @Override
    public ChangeKind action() {
      return ChangeKind.REWRITE_ATTRIBUTE;
    }

    @Override
    public Change citing(Cited removed) {
      return new AttributeRewrite(rule, at, path, removed, after);
    }
  }

  /** A place a rule marks for a person to look at; nothing is changed. */
  record Flagged(String rule, Where at, String path) implements Change {
    public Flagged {
      check(rule, at, path, Cited.NOTHING, "");
    }

    @Override
    public ChangeKind action() {
      return ChangeKind.FLAG;
    }

    @Override
    public Cited removed() {
      return Cited.NOTHING;
    }

    @Override
    public Change citing(Cited removed) {
      return this;
    }
  }

  /**
   * The change of a kind with these parts, as a change log holds them; parts a kind does not have are
   * ignored. For readers of logs: code that makes changes builds the record of its kind.
   */
  static Change of(String rule, ChangeKind action, Where at, String path, Cited removed, String text, String after) {
    String written = after == null ? "" : after;
    return switch (action) {
      case REMOVE -> new Removal(rule, at, path, removed, text);
      case UNWRAP -> new Unwrapping(rule, at, path, removed);
      case STRIP_ATTRIBUTE -> new AttributeStrip(rule, at, path, removed);
      case STRIP_URL_PARAMS -> new UrlParamStrip(rule, at, path, removed, text, written);
      case REPLACE_TEXT -> new TextReplacement(rule, at, path, removed, text, written);
      case CLEAR_FRONT_MATTER_FIELD -> new FieldClear(rule, at, path, removed, written);
      case SET_FRONT_MATTER_FIELD -> new FieldSet(rule, at, path, removed, written);
      case REWRITE_FENCES -> new FenceRewrite(rule, removed, written);
      case ESCAPE -> new Escape(rule, at, path, removed, text, written);
      case REWRITE_HTML -> new HtmlRewrite(rule, at, path, removed, written);
      case REWRITE_ATTRIBUTE -> new AttributeRewrite(rule, at, path, removed, written);
      case FLAG -> new Flagged(rule, at, path);
    };
  }

  private static void check(String rule, Where at, String path, Cited removed, String text) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(removed, "removed");
    Objects.requireNonNull(text, "text");
  }
}
