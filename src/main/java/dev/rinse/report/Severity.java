package dev.rinse.report;

import dev.rinse.changelog.ChangeKind;
import dev.rinse.changelog.FileLog;
import dev.rinse.changelog.FileStatus;
import java.util.Collection;
import java.util.List;

/**
 * How urgently a file asks for a look, the order of "files to look at first": failures, then text-loss
 * warnings, then other warnings and flagged files, then the rest; within each, the largest share of
 * visible text removed first, then by path. A total order, so the files chosen do not depend on the
 * order they were reported in. Immutable.
 *
 * @param rank 0 failed, 1 text loss, 2 other warning or a flag, 3 nothing to say
 */
record Severity(int rank, double removedShare, String source) implements Comparable<Severity> {
  static Severity of(FileLog log) {
    int rank;
    if (log.status() == FileStatus.ERROR) {
      rank = 0;
    } else if (log.warnings().stream().anyMatch(w -> w.startsWith("text loss"))) {
      rank = 1;
    } else if (log.status() == FileStatus.WARNING || log.changes().stream().anyMatch(c -> c.action() == ChangeKind.FLAG)) {
      rank = 2;
    } else {
      rank = 3;
    }
    return new Severity(rank, log.text() == null ? 0 : log.text().removedShare(), log.source());
  }

  /** The sources of the {@code limit} most severe logs, most severe first. */
  static List<String> first(Collection<FileLog> logs, int limit) {
    return logs.stream().map(Severity::of).sorted().limit(limit).map(Severity::source).toList();
  }

  @Override
  public int compareTo(Severity other) {
    int byRank = Integer.compare(rank, other.rank);
    if (byRank != 0) {
      return byRank;
    }
    int byShare = Double.compare(other.removedShare, removedShare);
    return byShare != 0 ? byShare : source.compareTo(other.source);
  }
}
