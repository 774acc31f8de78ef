package dev.rinse.rules;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** The known word closest to a mistyped one, for a "did you mean" after an unknown rule id or option. */
public final class DidYouMean {
  private DidYouMean() {}

  /** The candidate nearest {@code word} by edit distance, when it is near enough to be what was meant. */
  public static Optional<String> closest(String word, Collection<String> candidates) {
    int allowed = word.length() <= 4 ? 1 : 2;
    return candidates.stream()
        .filter(candidate -> distance(word, candidate) <= allowed)
        .min(Comparator.comparingInt((String candidate) -> distance(word, candidate)).thenComparing(c -> c));
  }

  /** "; did you mean 'X'?" for the closest candidate, or nothing. */
  public static String hint(String word, Collection<String> candidates) {
    return closest(word, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
  }

  /**
   * Edit distance with transpositions (optimal string alignment): the fewest insertions, deletions,
   * substitutions and swaps of neighbours from one to the other, so that {@code --jbos} is one from
   * {@code --jobs}.
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
