package dev.rinse.run;

import dev.rinse.api.Rinse;
import dev.rinse.changelog.Failure;
import dev.rinse.changelog.FileLog;
import dev.rinse.changelog.FileStatus;
import dev.rinse.corpus.AtomicFiles;
import dev.rinse.corpus.FileBytes;
import dev.rinse.rules.Fingerprint;
import dev.rinse.rules.Pack;
import dev.rinse.rules.Profile;
import dev.rinse.rules.RuleSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the last complete run into a folder did, so that the next run can skip the files it would
 * clean to the same bytes: those whose content is unchanged, whose outputs are still there, and that
 * no changed rule pack covered. Content is told by size and modification time, as make and rsync tell
 * it; a file whose time changed but not its size is hashed, so that one rewritten with the same bytes
 * (a scraper fetching a page again) is not cleaned again. A changed pack re-cleans the files it covered;
 * a pack whose scope changed, a new pack, or a changed policy, guard, target (generator, body mode,
 * fields), rinse version or file-size limit re-cleans everything, since which files they reach cannot be known without cleaning.
 * Written atomically at the end of a run, so a killed run leaves the previous cache, which still
 * describes every output correctly; an interrupted run writes one that keeps only what it did and what
 * it would have reused. Which files a run selects (include, exclude, {@code .rinseignore}) does not change
 * how a file is cleaned, so it is not in the fingerprints; entries are kept only for the files a run read,
 * so a file left out while the rules changed is cleaned again when it is back. The rules themselves are
 * known by the raw files they were built from, so that a run whose rule files are unchanged needs not
 * build them. Not thread-safe.
 */
final class RunCache {
  static final String FILE = ".rinse-cache.json";

  /** One file as the last run left it, with what the summary needs of its log. */
  record Entry(long size, long modified, String sha256, List<String> packs, FileStatus status,
      Map<String, Integer> changesByRule, Map<String, Integer> changesByAction, String warning, String error,
      Failure failure) {
    Entry modifiedAt(long time) {
      return new Entry(size, time, sha256, packs, status, changesByRule, changesByAction, warning, error, failure);
    }
  }

  /**
   * The whole cache: the fingerprints of the run's configuration, one entry per file, and what tells a
   * next run more: the rule files the rules were built from ({@code rules}: a key of the options, {@code
   * sources}: file fingerprints), every file whose outputs rinse wrote in the folder and has not removed
   * ({@code outputs}), and the fingerprints of the report index last written and of its summary ({@code report}).
   * Any of these four may be null or empty in a cache an older version wrote.
   */
  record Stored(String global, Map<String, String> packs, Map<String, String> scopes, Map<String, Entry> files,
      String rules, Map<String, String> sources, List<String> outputs, String report) {}

  private final Stored previous;
  private final String global;
  private final Map<String, String> packs;
  private final Map<String, String> scopes;
  private final String rules;
  private final Map<String, String> sources;
  private final Set<String> changedPacks = new java.util.HashSet<>();
  private final boolean everything;
  private final Map<String, Entry> files = new TreeMap<>();
  private final Set<String> outputs = new TreeSet<>();
  private String report;

  private RunCache(Stored previous, String global, Map<String, String> packs, Map<String, String> scopes, String rules,
      Map<String, String> sources) {
    this.global = global;
    this.packs = packs;
    this.scopes = scopes;
    this.rules = rules;
    this.sources = sources;
    this.previous = previous;
    boolean all = previous == null || !previous.global().equals(global) || !previous.packs().keySet().equals(packs.keySet());
    for (Map.Entry<String, String> pack : packs.entrySet()) {
      if (previous != null && !pack.getValue().equals(previous.packs().get(pack.getKey()))) {
        changedPacks.add(pack.getKey());
        all |= !scopes.get(pack.getKey()).equals(previous.scopes().get(pack.getKey()));
      }
    }
    this.everything = all;
    if (previous != null) {
      outputs.addAll(previousOutputs(previous));
      report = previous.report();
    }
  }

  /** Whether nothing can be reused: a first run, or a change that may reach every file. */
  boolean everything() {
    return everything;
  }

  /** The cache an earlier run left in {@code out}, or null: none, or unreadable, which only costs a full run. */
  static Stored read(Path out) {
    Path file = out.resolve(FILE);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    try {
      return RunCacheJson.read(file);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * The cache for a run over {@code previous}. When the plan's options and every rule file it was built
   * from last time are as they were, the run's fingerprints are the stored ones and no cleaner is built;
   * otherwise the plan's cleaner is built here, before any file is written.
   *
   * @throws IllegalArgumentException when the rules must be built and are invalid
   */
  static RunCache open(Stored previous, RunRules plan, String version) {
    String rules = plan.key() == null ? null : plan.key() + "|version=" + version;
    if (rules != null && previous != null && rules.equals(previous.rules()) && RuleSources.unchanged(previous.sources())) {
      return new RunCache(previous, previous.global(), previous.packs(), previous.scopes(), rules, previous.sources());
    }
    Rinse rinse = plan.rinse();
    Profile profile = rinse.profile();
    String global = Fingerprint.of(profile.policyFingerprint() + "|" + rinse.textLoss() + "|" + rinse.maxSize() + "|"
        + version + "|" + rinse.target());
    Map<String, String> packs = new LinkedHashMap<>();
    Map<String, String> scopes = new LinkedHashMap<>();
    for (Pack pack : profile.rules().packs()) {
      packs.put(pack.name(), pack.fingerprint());
      scopes.put(pack.name(), Fingerprint.of(pack.scope().canonical()));
    }
    return new RunCache(previous, global, packs, scopes, rules, plan.sources());
  }

  /** The files whose outputs an earlier run wrote in the folder, as {@code previous} knows them. */
  static Set<String> previousOutputs(Stored previous) {
    if (previous == null) {
      return Set.of();
    }
    return previous.outputs() != null ? new TreeSet<>(previous.outputs()) : previous.files().keySet();
  }

  /** Records that this run wrote a file's outputs. */
  void wrote(String source) {
    outputs.add(source);
  }

  /** Records that this run removed a file's outputs. */
  void removed(String source) {
    outputs.remove(source);
  }

  /** Whether an earlier run recorded the report it wrote. */
  boolean knowsReport() {
    return report != null;
  }

  /**
   * Whether the report index at {@code index} is the one written for the summary {@code summary}, as it
   * was written: not rewritten since by another run (a dry run, say) or by hand.
   */
  boolean reportStands(byte[] summary, Path index) throws IOException {
    return report != null && Files.isRegularFile(index) && report.equals(reportFingerprint(summary, index));
  }

  /** Records that the report index at {@code index} was written for the summary {@code summary}. */
  void reportWritten(byte[] summary, Path index) throws IOException {
    report = reportFingerprint(summary, index);
  }

  private static String reportFingerprint(byte[] summary, Path index) throws IOException {
    return Fingerprint.quick(summary) + "/" + Fingerprint.quick(Files.readAllBytes(index));
  }

  /** The entry to reuse for a file, or null when it must be cleaned. */
  Entry reusable(String source, Path input, Path output, Path log) throws IOException {
    if (everything) {
      return null;
    }
    Entry entry = previous.files().get(source);
    if (entry == null || (!changedPacks.isEmpty() && entry.packs().stream().anyMatch(changedPacks::contains))) {
      return null;
    }
    BasicFileAttributes attributes = Files.readAttributes(input, BasicFileAttributes.class);
    if (entry.size() != attributes.size()
        || !Files.isRegularFile(log) || (entry.status() != FileStatus.ERROR && !Files.isRegularFile(output))) {
      return null;
    }
    long modified = attributes.lastModifiedTime().toMillis();
    if (entry.modified() == modified) {
      return entry;
    }
    boolean sameBytes = entry.sha256() != null && entry.sha256().equals(FileLog.Hashes.sha256(FileBytes.read(input)));
    return sameBytes ? entry.modifiedAt(modified) : null;
  }

  /** Keeps an entry for the next run. */
  void keep(String source, Entry entry) {
    files.put(source, entry);
  }

  /**
   * An entry describing a freshly cleaned file; null for one that ran out of memory, which the next run tries
   * again, maybe with more.
   */
  static Entry entry(FileLog log, Path input, List<String> packs) throws IOException {
    if (log.failure() == Failure.OUT_OF_MEMORY) {
      return null;
    }
    Map<String, Integer> byRule = new TreeMap<>();
    Map<String, Integer> byAction = new TreeMap<>();
    log.changes().forEach(c -> {
      byRule.merge(c.rule(), 1, Integer::sum);
      byAction.merge(c.action().id(), 1, Integer::sum);
    });
    return new Entry(Files.size(input), Files.getLastModifiedTime(input).toMillis(),
        log.sha256() == null ? null : log.sha256().input(), new ArrayList<>(packs),
        log.status(), byRule, byAction, log.warnings().isEmpty() ? null : log.warnings().get(0), log.error(),
        log.failure());
  }

  /** Writes the cache for the next run. */
  void write(Path out) throws IOException {
    if (unchanged()) {
      return; // a run over an unchanged corpus need not write again what it read
    }
    AtomicFiles.write(out.resolve(FILE), RunCacheJson.write(
        new Stored(global, packs, scopes, files, rules, sources, List.copyOf(outputs), report)));
  }

  /** Whether this cache says what the one it was opened over says: every file kept as it was read. */
  private boolean unchanged() {
    if (previous == null || previous.outputs() == null || !Objects.equals(rules, previous.rules())
        || !global.equals(previous.global()) || !packs.equals(previous.packs()) || !scopes.equals(previous.scopes())
        || !sources.equals(previous.sources()) || !Objects.equals(report, previous.report())
        || !outputs.equals(new TreeSet<>(previous.outputs())) || files.size() != previous.files().size()) {
      return false;
    }
    for (Map.Entry<String, Entry> file : files.entrySet()) {
      if (previous.files().get(file.getKey()) != file.getValue()) {
        return false; // a new entry, or one with a new time
      }
    }
    return true;
  }
}
