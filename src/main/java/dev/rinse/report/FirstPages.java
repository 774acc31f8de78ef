package dev.rinse.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pages of the most severe files seen so far, at most {@code limit} of them, held until the run ends.
 * A page is made only when its file would be among them, so a run makes few pages beyond those it keeps.
 * Thread-safe.
 */
final class FirstPages {
  private final int limit;
  private final TreeMap<Severity, String> pages = new TreeMap<>();

  FirstPages(int limit) {
    this.limit = limit;
  }

  /** Whether a file of this severity would be kept now; a later, more severe file may still push it out. */
  synchronized boolean wants(Severity severity) {
    return limit > 0 && (pages.size() < limit || severity.compareTo(pages.lastKey()) < 0);
  }

  synchronized void offer(Severity severity, String page) {
    if (wants(severity)) {
      pages.put(severity, page);
      if (pages.size() > limit) {
        pages.pollLastEntry();
      }
    }
  }

  /** The pages kept, by source, most severe first. */
  synchronized List<Map.Entry<String, String>> kept() {
    return pages.entrySet().stream().map(e -> Map.entry(e.getKey().source(), e.getValue())).toList();
  }
}
