package dev.rinse.article;

import java.util.Objects;

/**
 * A URL written in Markdown: a link, an image, an autolink or a link reference definition, with where
 * its parts stand in the body. Rules rewrite its destination, the policy unwraps or removes it; the
 * output writes what they decided. Not thread-safe: one instance belongs to one file.
 */
public final class MarkdownLink {
  /** The Markdown constructs that carry a URL. */
  public enum Kind {
    /** {@code [text](url)}, or {@code [text][label]} when it uses a definition. */
    LINK,
    /** {@code ![alt](url)}. */
    IMAGE,
    /** {@code <https://...>}, or a bare {@code https://...} or {@code www....} that renderers link. */
    AUTOLINK,
    /** {@code [label]: url}. */
    DEFINITION
  }

  /** What becomes of it: kept (perhaps with a new destination), unwrapped to its text, or removed. */
  public enum Fate { KEPT, UNWRAPPED, REMOVED }

  private final Kind kind;
  private final String destination;
  private final boolean reference;
  private final int start;
  private final int end;
  private final int textStart;
  private final int textEnd;
  private final int destinationStart;
  private final int destinationEnd;
  private final boolean angled;
  private final Where where;
  private final Where destinationWhere;
  private final int segment;
  /** What a renderer puts before an autolink's text to make its URL ({@code http://} for {@code www.}), else "". */
  private String implicitScheme = "";
  private String newDestination;
  private Fate fate = Fate.KEPT;

  /**
   * @param destination the destination as renderers read it (escapes and character references decoded)
   * @param reference whether a link or image takes its destination from a definition
   * @param start where the construct starts in the body; {@code end} where it ends
   * @param textStart where its text starts (links and images), {@code textEnd} where it ends
   * @param destinationStart where the destination is written, -1 when it is written elsewhere (a reference)
   * @param angled whether the destination is written between {@code <} and {@code >}
   * @param segment the Markdown segment it is written in
   */
  MarkdownLink(Kind kind, String destination, boolean reference, int start, int end, int textStart, int textEnd,
      int destinationStart, int destinationEnd, boolean angled, Where where, Where destinationWhere, int segment) {
    this.kind = Objects.requireNonNull(kind);
    this.destination = Objects.requireNonNull(destination);
    this.reference = reference;
    this.start = start;
    this.end = end;
    this.textStart = textStart;
    this.textEnd = textEnd;
    this.destinationStart = destinationStart;
    this.destinationEnd = destinationEnd;
    this.angled = angled;
    this.where = where;
    this.destinationWhere = destinationWhere;
    this.segment = segment;
  }

  public Kind kind() {
    return kind;
  }

  /** Notes that an autolink's URL is its text after {@code scheme}, which renderers add ({@code www.} links). */
  MarkdownLink withImplicitScheme(String scheme) {
    this.implicitScheme = Objects.requireNonNull(scheme);
    return this;
  }

  /** The destination as first read. */
  public String destination() {
    return destination;
  }

  /** The destination now: as read, or as a rule rewrote it. */
  public String currentDestination() {
    return newDestination == null ? destination : newDestination;
  }

  /** The destination as written in {@code body}, undecoded; the decoded one when it is written elsewhere. */
  public String writtenDestination(String body) {
    if (destinationStart < 0) {
      return destination;
    }
    return angled ? body.substring(destinationStart + 1, destinationEnd - 1) : body.substring(destinationStart, destinationEnd);
  }

  /**
   * The destination's bytes as they stand in the output so far: as written in {@code body} (with any
   * angle brackets, escapes and references), or as a rewrite writes it.
   */
  public String destinationSource(String body) {
    if (newDestination != null) {
      return written(newDestination);
    }
    return destinationStart < 0 ? destination : body.substring(destinationStart, destinationEnd);
  }

  /** The bytes a rewrite to {@code url} writes in place of the destination. */
  public String writtenAs(String url) {
    return written(url);
  }

  /** Whether a link or image takes its destination from a definition, which is where its URL is cleaned. */
  public boolean isReference() {
    return reference;
  }

  /** Whether its destination is written where it stands, so that it can be rewritten there. */
  public boolean hasWrittenDestination() {
    return destinationStart >= 0;
  }

  /** For an autolink the destination is the visible text too. */
  public boolean destinationIsText() {
    return kind == Kind.AUTOLINK;
  }

  /** How the change log names it in place of a CSS path: {@code markdown link}, {@code markdown image}, ... */
  public String path() {
    return "markdown " + kind.name().toLowerCase(java.util.Locale.ROOT);
  }

  public Where where() {
    return where;
  }

  /** Where the destination is written; where the construct starts when it is written elsewhere. */
  public Where destinationWhere() {
    return destinationWhere;
  }

  int segment() {
    return segment;
  }

  public Fate fate() {
    return fate;
  }

  /** Rewrites the destination; only for one written here. */
  public void rewrite(String url) {
    if (!hasWrittenDestination()) {
      throw new IllegalStateException("the destination of a reference is written in its definition");
    }
    newDestination = Objects.requireNonNull(url);
  }

  /** Replaces a link with its text; an image or definition is removed instead. */
  public void unwrap() {
    fate = kind == Kind.LINK || kind == Kind.AUTOLINK ? Fate.UNWRAPPED : Fate.REMOVED;
  }

  /** The construct exactly as written in {@code body}. */
  public String source(String body) {
    return body.substring(start, end);
  }

  /** What unwrapping takes away: the markup before and after the text, as written. */
  public String markupSource(String body) {
    return body.substring(start, textStart) + body.substring(textEnd, end);
  }

  /** The edits to the body that write what was decided, in body order. */
  void edits(MarkdownEdits edits) {
    switch (fate) {
      case REMOVED -> edits.replace(start, end, "");
      case UNWRAPPED -> {
        edits.replace(start, textStart, "");
        edits.replace(textEnd, end, "");
      }
      case KEPT -> {
        if (newDestination != null && !newDestination.equals(destination)) {
          edits.replace(destinationStart, destinationEnd, written(newDestination));
        }
      }
    }
  }

  /** A destination written so that Markdown reads it back unchanged. */
  private String written(String url) {
    if (kind == Kind.AUTOLINK) {
      return url.startsWith(implicitScheme) ? url.substring(implicitScheme.length()) : url;
    }
    boolean plain = !url.isEmpty() && url.chars().noneMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '\\')
        && balanced(url);
    if (plain && !angled) {
      return url;
    }
    return "<" + url.replace("\\", "\\\\").replace("<", "\\<").replace(">", "\\>").replace("\n", "%0A") + ">";
  }

  private static boolean balanced(String url) {
    int depth = 0;
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }
}
