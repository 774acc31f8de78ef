package dev.rinse.cleaning;

import dev.rinse.changelog.FileLog;
import dev.rinse.changelog.FileStatus;
import dev.rinse.corpus.AtomicFiles;
import dev.rinse.rules.Fingerprint;
import dev.rinse.rules.Pack;
import dev.rinse.rules.Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the last complete run into a folder did, so that the next run can skip the files it would
 * clean to the same bytes: those whose content is unchanged, whose outputs are still there, and that
 * no changed rule pack covered. Content is told by size and modification time, as make and rsync tell
 * it; a file whose time changed but not its size is hashed, so that one rewritten with the same bytes
 * (a scraper fetching a page again) is not cleaned again. A changed pack re-cleans the files it covered;
 * a pack whose scope changed, a new pack, or a changed policy, guard, target (generator, body mode,
 * fields), rinse version or file-size limit re-cleans everything, since which files they reach cannot be known without cleaning.
 * Written atomically at the end of a run, so a killed run leaves the previous cache, which still
 * describes every output correctly. Not thread-safe.
 */
final class RunCache {
  static final String FILE = ".rinse-cache.json";

  /** One file as the last run left it, with what the summary needs of its log. */
  record Entry(long size, long modified, String sha256, List<String> packs, FileStatus status,
      Map<String, Integer> changesByRule, Map<String, Integer> changesByAction, String warning, String error) {
    Entry modifiedAt(long time) {
      return new Entry(size, time, sha256, packs, status, changesByRule, changesByAction, warning, error);
    }
  }

  /** The whole cache: the fingerprints of the run's configuration and one entry per file. */
  record Stored(String global, Map<String, String> packs, Map<String, String> scopes, Map<String, Entry> files) {}

  private final Stored previous;
  private final String global;
  private final Map<String, String> packs = new LinkedHashMap<>();
  private final Map<String, String> scopes = new LinkedHashMap<>();
  private final Set<String> changedPacks = new java.util.HashSet<>();
  private final boolean everything;
  private final Map<String, Entry> files = new TreeMap<>();

  private RunCache(Stored previous, Cleaner cleaner, long maxFileSize, String version) {
    Profile profile = cleaner.profile();
    this.global = Fingerprint.of(profile.policyFingerprint() + "|" + cleaner.guard() + "|" + maxFileSize + "|" + version
        + "|" + cleaner.target());
    for (Pack pack : profile.rules().packs()) {
      packs.put(pack.name(), pack.fingerprint());
      scopes.put(pack.name(), Fingerprint.of(pack.scope().canonical()));
    }
    this.previous = previous;
    boolean all = previous == null || !previous.global().equals(global) || !previous.packs().keySet().equals(packs.keySet());
    for (Map.Entry<String, String> pack : packs.entrySet()) {
      if (previous != null && !pack.getValue().equals(previous.packs().get(pack.getKey()))) {
        changedPacks.add(pack.getKey());
        all |= !scopes.get(pack.getKey()).equals(previous.scopes().get(pack.getKey()));
      }
    }
    this.everything = all;
  }

  /** Whether nothing can be reused: a first run, or a change that may reach every file. */
  boolean everything() {
    return everything;
  }

  /** The cache of the last complete run into {@code out}; an unreadable one counts as none. */
  static RunCache open(Path out, Cleaner cleaner, long maxFileSize, String version) {
    Stored stored = null;
    Path file = out.resolve(FILE);
    if (Files.isRegularFile(file)) {
      try {
        stored = RunCacheJson.read(file);
      } catch (IOException e) {
        stored = null; // a damaged cache only costs a full run
      }
    }
    return new RunCache(stored, cleaner, maxFileSize, version);
  }

  /** The entry to reuse for a file, or null when it must be cleaned. */
  Entry reusable(String source, Path input, Path output, Path log) throws IOException {
    if (everything) {
      return null;
    }
    Entry entry = previous.files().get(source);
    if (entry == null || entry.size() != Files.size(input)
        || !Files.isRegularFile(log) || (entry.status() != FileStatus.ERROR && !Files.isRegularFile(output))
        || entry.packs().stream().anyMatch(changedPacks::contains)) {
      return null;
    }
    long modified = Files.getLastModifiedTime(input).toMillis();
    if (entry.modified() == modified) {
      return entry;
    }
    boolean sameBytes = entry.sha256() != null && entry.sha256().equals(CorpusCleaner.sha256(Files.readAllBytes(input)));
    return sameBytes ? entry.modifiedAt(modified) : null;
  }

  /** Keeps an entry for the next run. */
  void keep(String source, Entry entry) {
    files.put(source, entry);
  }

  /** An entry describing a freshly cleaned file. */
  static Entry entry(FileLog log, Path input, List<String> packs) throws IOException {
    Map<String, Integer> byRule = new TreeMap<>();
    Map<String, Integer> byAction = new TreeMap<>();
    log.changes().forEach(c -> {
      byRule.merge(c.rule(), 1, Integer::sum);
      byAction.merge(c.action().id(), 1, Integer::sum);
    });
    return new Entry(Files.size(input), Files.getLastModifiedTime(input).toMillis(),
        log.sha256() == null ? null : log.sha256().input(), new ArrayList<>(packs),
        log.status(), byRule, byAction, log.warnings().isEmpty() ? null : log.warnings().get(0), log.error());
  }

  /** Writes the cache for the next run. */
  void write(Path out) throws IOException {
    AtomicFiles.write(out.resolve(FILE), RunCacheJson.write(new Stored(global, packs, scopes, files)));
  }
}
