package dev.rinse.filterlists;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What reading one filter list gave: how many filters became rules, how many were left out by kind (network
 * blocking, scriptlets, ...), and the filters that could not be read ({@code file:line: message}).
 */
public record ListReport(String file, String pack, int rules, Map<String, Integer> skipped, List<String> problems) {
  public ListReport {
    skipped = new TreeMap<>(skipped);
    problems = List.copyOf(problems);
  }

  /** One line for a run's messages: {@code easylistchina.txt: 6,312 rules; skipped: network 11,950, ...}. */
  public String summary() {
    StringBuilder line = new StringBuilder(String.format("%s: pack %s, %,d rules", file, pack, rules));
    if (!skipped.isEmpty()) {
      line.append("; left out (rinse cleans static documents):");
      skipped.forEach((kind, count) -> line.append(String.format(" %s %,d,", kind, count)));
      line.setLength(line.length() - 1);
    }
    if (!problems.isEmpty()) {
      line.append(problems.size() == 1 ? "; 1 filter could not be read"
          : String.format("; %,d filters could not be read", problems.size()));
    }
    return line.toString();
  }
}
