package dev.rinse.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A {@code srcset} value read as browsers read it: image candidates, each a URL (which may hold
 * commas, as image CDNs' transformation paths do) and a width ({@code 640w}) or density ({@code 2x})
 * descriptor. Immutable.
 */
record Srcset(List<Candidate> candidates) {
  private static final Pattern WIDTH = Pattern.compile("[0-9]+w");
  private static final Pattern DENSITY = Pattern.compile("[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?x");

  /**
   * One image candidate.
   *
   * @param width the width descriptor, 0 when none
   * @param density the density descriptor: 0 beside a width, 1 when there is no descriptor
   */
  record Candidate(String url, int width, double density) {}

  Srcset {
    candidates = List.copyOf(candidates);
  }

  /** Reads a value by the HTML standard's steps, leaving out what they leave out; unknown descriptors are ignored. */
  static Srcset parse(String value) {
    List<Candidate> candidates = new ArrayList<>();
    int at = 0;
    int length = value.length();
    while (true) {
      while (at < length && (isSpace(value.charAt(at)) || value.charAt(at) == ',')) {
        at++;
      }
      if (at >= length) {
        return new Srcset(candidates);
      }
      int start = at;
      while (at < length && !isSpace(value.charAt(at))) {
        at++;
      }
      String url = value.substring(start, at);
      String descriptors = "";
      if (url.endsWith(",")) {
        url = url.replaceAll(",+$", "");
      } else {
        int from = at;
        int depth = 0;
        while (at < length && (value.charAt(at) != ',' || depth > 0)) {
          char c = value.charAt(at++);
          depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
        }
        descriptors = value.substring(from, at).strip();
      }
      candidates.add(candidate(url, descriptors));
    }
  }

  private static Candidate candidate(String url, String descriptors) {
    int width = 0;
    double density = 0;
    for (String descriptor : descriptors.split("\\s+")) {
      if (WIDTH.matcher(descriptor).matches()) {
        width = parseWidth(descriptor);
      } else if (DENSITY.matcher(descriptor).matches()) {
        density = Double.parseDouble(descriptor.substring(0, descriptor.length() - 1));
      }
    }
    return new Candidate(url, width, width == 0 && density == 0 ? 1 : density);
  }

  private static int parseWidth(String descriptor) {
    String digits = descriptor.substring(0, descriptor.length() - 1);
    return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
  }

  /**
   * The candidate with the most pixels for one {@code src}: the widest, else the densest, else the
   * first. An article is read at its images' full size more often than at a phone's.
   */
  Optional<Candidate> largest() {
    Comparator<Candidate> size = Comparator.comparingInt(Candidate::width).thenComparingDouble(Candidate::density);
    Candidate best = null;
    for (Candidate candidate : candidates) {
      if (best == null || size.compare(candidate, best) > 0) {
        best = candidate;
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }
}
