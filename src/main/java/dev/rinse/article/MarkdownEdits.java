package dev.rinse.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replacements of stretches of a Markdown body, written when the output is put together; everything
 * else stays as written. Edits may not overlap; one that would is refused. Not thread-safe.
 */
public final class MarkdownEdits {
  private record Edit(int start, int end, String text) {}

  private final List<Edit> edits = new ArrayList<>();

  /** Replaces {@code [start, end)} of the body with {@code text}; returns false when it overlaps an earlier edit. */
  public boolean replace(int start, int end, String text) {
    if (start > end) {
      throw new IllegalArgumentException("an edit must not end before it starts: " + start + ".." + end);
    }
    for (Edit edit : edits) {
      boolean overlaps = start < edit.end() && edit.start() < end
          || start == end && edit.start() == start && edit.end() == end;
      if (overlaps) {
        return false;
      }
    }
    edits.add(new Edit(start, end, text));
    return true;
  }

  /** Adds these edits to {@code other}, less those that overlap its own. */
  void copyInto(MarkdownEdits other) {
    for (Edit edit : edits) {
      other.replace(edit.start(), edit.end(), edit.text());
    }
  }

  /**
   * A stretch of the output: the body's {@code [start, end)} as written when {@code replacement} is
   * null, else what an edit wrote in its place.
   */
  public record Piece(int start, int end, String replacement) {}

  /** The body's {@code [from, to)} as pieces: stretches as written and the edits that lie within it. */
  List<Piece> pieces(int from, int to) {
    List<Edit> inside = new ArrayList<>();
    for (Edit edit : edits) {
      if (edit.start() >= from && edit.end() <= to) {
        inside.add(edit);
      }
    }
    inside.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
    List<Piece> pieces = new ArrayList<>();
    int at = from;
    for (Edit edit : inside) {
      if (edit.start() > at) {
        pieces.add(new Piece(at, edit.start(), null));
      }
      pieces.add(new Piece(edit.start(), edit.end(), edit.text()));
      at = edit.end();
    }
    if (at < to) {
      pieces.add(new Piece(at, to, null));
    }
    return pieces;
  }

  /** The body's {@code [from, to)} with the edits that lie within it applied. */
  String apply(String body, int from, int to) {
    List<Edit> inside = new ArrayList<>();
    for (Edit edit : edits) {
      if (edit.start() >= from && edit.end() <= to) {
        inside.add(edit);
      }
    }
    inside.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
    StringBuilder out = new StringBuilder(to - from);
    int at = from;
    for (Edit edit : inside) {
      out.append(body, at, edit.start()).append(edit.text());
      at = edit.end();
    }
    return out.append(body, at, to).toString();
  }
}
