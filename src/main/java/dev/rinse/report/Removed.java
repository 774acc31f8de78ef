package dev.rinse.report;

import dev.rinse.changelog.Change;

/**
 * The start of what a change removed, as the report shows it. A change log may hold only the first
 * {@link #SHOWN} characters of a long removal, so the report never reads further: {@link #of} is its
 * only read of {@link Change#removed()}. Immutable.
 *
 * @param start at most {@link #SHOWN} characters from the start of the removal
 * @param cut whether the removal goes on after {@code start}
 */
record Removed(String start, boolean cut) {
  static final int SHOWN = dev.rinse.changelog.Cited.INLINE;

  static Removed of(Change change) {
    String removed = change.removed().text();
    boolean more = !change.removed().whole();
    return removed.length() <= SHOWN ? new Removed(removed, more) : new Removed(removed.substring(0, Html.cut(removed, SHOWN)), true);
  }
}
