package dev.rinse.api;

import dev.rinse.article.BodyMode;
import dev.rinse.article.Generator;
import dev.rinse.article.Target;
import dev.rinse.changelog.Change;
import dev.rinse.changelog.FileLog;
import dev.rinse.changelog.FileStatus;
import dev.rinse.cleaning.Cleaner;
import dev.rinse.cleaning.DocumentCleaner;
import dev.rinse.cleaning.DocumentCleaner.Document;
import dev.rinse.cleaning.DocumentCleaner.Removals;
import dev.rinse.cleaning.DocumentCleaner.Source;
import dev.rinse.cleaning.FileTimeout;
import dev.rinse.cleaning.TextLossGuard;
import dev.rinse.filterlists.FilterLists;
import dev.rinse.filterlists.ListReport;
import dev.rinse.rules.Fingerprint;
import dev.rinse.rules.Pack;
import dev.rinse.rules.PolicyLoader;
import dev.rinse.rules.Profile;
import dev.rinse.rules.RuleFileException;
import dev.rinse.rules.RuleLoader;
import dev.rinse.rules.RuleSources;
import dev.rinse.policy.Policy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * rinse as a library: cleans one document in memory and gives it back with its change records. Built once
 * from the built-in rules and whatever rule packs, filter lists and policy are added, each as a file or as
 * text; immutable and thread-safe once built, so one instance serves every thread of a job:
 *
 * <pre>{@code
 * Rinse rinse = Rinse.builder().rules(Path.of("packs/mysite.yaml")).policy("strict").build();
 * Rinse.Result result = rinse.clean("posts/a.md", bytes);
 * result.document().ifPresent(out::write);   // the cleaned post, UTF-8
 * result.changes().forEach(System.out::println);
 * }</pre>
 */
public final class Rinse {
  private final Cleaner cleaner;
  private final DocumentCleaner documents;
  private final List<ListReport> lists;
  private final Map<String, String> ruleFiles;

  private Rinse(Cleaner cleaner, DocumentCleaner documents, List<ListReport> lists, Map<String, String> ruleFiles) {
    this.cleaner = cleaner;
    this.documents = documents;
    this.lists = List.copyOf(lists);
    this.ruleFiles = Map.copyOf(ruleFiles);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * What cleaning one document gave.
   *
   * @param document the cleaned document; empty when it could not be cleaned ({@link FileLog#error()} says why)
   * @param log its change log: every change with its rule, place and removed text, its warnings and status
   */
  public record Result(Optional<String> document, FileLog log) {
    public Result {
      Objects.requireNonNull(document, "document");
      Objects.requireNonNull(log, "log");
    }

    public List<Change> changes() {
      return log.changes();
    }

    public FileStatus status() {
      return log.status();
    }
  }

  /**
   * Cleans a document given as the bytes of its file, as a run over a corpus cleans each file: bytes that are
   * not text are refused, the encoding is found, and each removal cites its bytes in {@code bytes}.
   *
   * @param path the document's path in its corpus ({@code posts/a.md}): its kind and the packs in scope follow from it
   */
  public Result clean(String path, byte[] bytes) {
    return result(clean(new Document(path, path, Source.of(bytes), null)));
  }

  /** Cleans a document given as text; each removal keeps its text whole. */
  public Result clean(String path, String text) {
    return result(clean(new Document(path, path, Source.of(text.getBytes(StandardCharsets.UTF_8)), null), Removals.WHOLE));
  }

  /**
   * Cleans a document as a run does, each removal citing its bytes, and gives back all a run writes of it: the
   * log as written (naming where it was read from), the cleaned bytes, the packs that applied. A document over
   * the size limit is refused before its bytes are read.
   */
  public DocumentCleaner.Result clean(Document document) {
    return clean(document, Removals.CITED);
  }

  /**
   * Cleans a document as {@link #clean(Document)} does.
   *
   * @param removals how the log gives what each change removed: its bytes in the input, its text, or both
   */
  public DocumentCleaner.Result clean(Document document, Removals removals) {
    return documents.clean(cleaner, document, removals);
  }

  /** Cleans a file, named {@code path} in its corpus. */
  public DocumentCleaner.Result clean(String path, Path file) {
    return clean(Document.ofFile(path, file));
  }

  private static Result result(DocumentCleaner.Result result) {
    return new Result(Optional.ofNullable(result.output()), result.log());
  }

  /** The rules and policies this instance cleans with. */
  public Profile profile() {
    return cleaner.profile();
  }

  /** What reading each filter list gave: its rules, and what it left out by kind. */
  public List<ListReport> filterLists() {
    return lists;
  }

  /** The site generator and body reading the output is for. */
  public Target target() {
    return cleaner.target();
  }

  /** When a document's loss of visible text is a warning. */
  public TextLossGuard textLoss() {
    return cleaner.guard();
  }

  /** Documents larger than this many bytes fail without being read. */
  public long maxSize() {
    return documents.maxSize();
  }

  /** The rule, list and policy files this instance was built from, by path, each with its fingerprint. */
  public Map<String, String> ruleFiles() {
    return ruleFiles;
  }

  /** The rules a builder read: the profile, its policy applied, and what reading each filter list gave. */
  public record Rules(Profile profile, List<ListReport> lists) {}

  /** Collects what a {@link Rinse} is built from. Not thread-safe; {@link #build} may be called more than once. */
  public static final class Builder {
    private final List<Path> packPaths = new ArrayList<>();
    private final List<String[]> packTexts = new ArrayList<>();
    private final List<Path> listPaths = new ArrayList<>();
    private final List<String[]> listTexts = new ArrayList<>();
    private final List<String> disabled = new ArrayList<>();
    private String policy;
    private String[] policyText;
    private Target target = Target.DEFAULT;
    private TextLossGuard guard = TextLossGuard.DEFAULT;
    private FileTimeout timeout = FileTimeout.DEFAULT;
    private long maxSize = DocumentCleaner.DEFAULT_MAX_SIZE;

    private Builder() {}

    /** A builder holding what this one holds now, which later calls on either do not change in the other. */
    public Builder copy() {
      Builder copy = new Builder();
      copy.packPaths.addAll(packPaths);
      copy.packTexts.addAll(packTexts);
      copy.listPaths.addAll(listPaths);
      copy.listTexts.addAll(listTexts);
      copy.disabled.addAll(disabled);
      copy.policy = policy;
      copy.policyText = policyText;
      copy.target = target;
      copy.guard = guard;
      copy.timeout = timeout;
      copy.maxSize = maxSize;
      return copy;
    }

    /** A rule pack file, or a folder of them; a pack with a built-in pack's name replaces it. */
    public Builder rules(Path packFileOrFolder) {
      packPaths.add(Objects.requireNonNull(packFileOrFolder, "packFileOrFolder"));
      return this;
    }

    /** A rule pack given as text; {@code fileName} is how messages and rules cite it. */
    public Builder rules(String fileName, String yaml) {
      packTexts.add(new String[] {Objects.requireNonNull(fileName, "fileName"), Objects.requireNonNull(yaml, "yaml")});
      return this;
    }

    /** A filter list file: Adblock syntax or ClearURLs rules, read as a pack named after the file. */
    public Builder filterList(Path file) {
      listPaths.add(Objects.requireNonNull(file, "file"));
      return this;
    }

    /** A filter list given as text; {@code fileName} names its pack and is cited by its rules. */
    public Builder filterList(String fileName, String text) {
      listTexts.add(new String[] {Objects.requireNonNull(fileName, "fileName"), Objects.requireNonNull(text, "text")});
      return this;
    }

    /** The policy for every document: a built-in one ({@code article}, {@code strict}, {@code relaxed}) or a file. */
    public Builder policy(String nameOrFile) {
      this.policy = Objects.requireNonNull(nameOrFile, "nameOrFile");
      this.policyText = null;
      return this;
    }

    /** The policy for every document, given as text. */
    public Builder policy(String fileName, String yaml) {
      this.policyText = new String[] {Objects.requireNonNull(fileName, "fileName"), Objects.requireNonNull(yaml, "yaml")};
      this.policy = null;
      return this;
    }

    /** Rules switched off, by id; an id no rule has makes {@link #build} fail. */
    public Builder disable(String... ruleIds) {
      disabled.addAll(List.of(ruleIds));
      return this;
    }

    /** The site generator the output is for ({@code hexo}, the default; {@code jekyll}, {@code hugo}, {@code none}). */
    public Builder generator(String name) {
      target = target.withGenerator(Generator.of(name));
      return this;
    }

    /** The front-matter fields whose values are HTML, cleaned as the body is; none by default. */
    public Builder htmlFields(List<String> fields) {
      target = new Target(target.generator(), target.body(), fields);
      return this;
    }

    /** The generator, body reading and HTML fields of the output, at once. */
    public Builder target(Target target) {
      this.target = Objects.requireNonNull(target, "target");
      return this;
    }

    /** How post bodies are read: {@code markdown}, {@code html}, or {@code auto} (the default). */
    public Builder body(String mode) {
      target = target.withBody(BodyMode.of(mode));
      return this;
    }

    /** When a document's loss of visible text is a warning: over {@code maxShare}, or a paragraph of {@code longParagraph} characters. */
    public Builder textLoss(double maxShare, int longParagraph) {
      guard = new TextLossGuard(maxShare, longParagraph);
      return this;
    }

    /** The longest one document's cleaning may take (60 s by default; {@link Duration#ZERO} for no limit). */
    public Builder timeout(Duration limit) {
      timeout = new FileTimeout(limit);
      return this;
    }

    /** The largest document cleaned, in bytes (32 MiB by default); a larger one fails without being read. */
    public Builder maxSize(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("the largest document size must be at least 1 byte, got " + bytes);
      }
      maxSize = bytes;
      return this;
    }

    /** The largest document size set, in bytes. */
    public long maxSize() {
      return maxSize;
    }

    /**
     * What this builder builds, but for the contents of the files it names and the time limit: two builders
     * with equal keys build instances that clean alike from files that are as they were ({@link
     * Rinse#ruleFiles()} says which files and how they were), the time limit deciding only which documents fail.
     * Texts given directly are in the key by their fingerprint.
     */
    public String key() {
      // spelled out: a record's toString is bootstrapped on first use, which costs more than the rest of the key
      StringBuilder key = new StringBuilder("rules=").append(absolute(packPaths)).append("|lists=").append(absolute(listPaths))
          .append("|disable=").append(disabled).append("|policy=").append(policy == null ? null : policyKey(policy));
      packTexts.forEach(text -> key.append("|pack:").append(text[0]).append('=').append(Fingerprint.of(text[1])));
      listTexts.forEach(text -> key.append("|list:").append(text[0]).append('=').append(Fingerprint.of(text[1])));
      if (policyText != null) {
        key.append("|policy:").append(policyText[0]).append('=').append(Fingerprint.of(policyText[1]));
      }
      return key.append("|guard=").append(guard.maxShare()).append(',').append(guard.longParagraph())
          .append("|target=").append(target.generator().id()).append(',').append(target.body().id()).append(',')
          .append(target.htmlFields()).append("|max-size=").append(maxSize).toString();
    }

    private static List<String> absolute(List<Path> paths) {
      return paths.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList();
    }

    /** A policy as a run records it: a built-in name, or a file's absolute path. */
    public static String policyKey(String nameOrFile) {
      return PolicyLoader.BUILT_IN.contains(nameOrFile) ? nameOrFile
          : Path.of(nameOrFile).toAbsolutePath().normalize().toString();
    }

    /**
     * Reads and checks every rule pack, filter list and policy, and compiles them.
     *
     * @throws RuleFileException for a pack, list or policy that cannot be used, at its {@code file:line:col}
     * @throws IllegalArgumentException for a rule id switched off that no rule has
     */
    public Rinse build() throws RuleFileException {
      RuleSources sources = new RuleSources();
      Rules rules = read(sources);
      return new Rinse(new Cleaner(rules.profile(), guard, target), new DocumentCleaner(timeout, maxSize), rules.lists(),
          sources.fingerprints());
    }

    /**
     * Reads and checks the rules alone, recording in {@code sources} every file read (a run's cache
     * fingerprints them): the profile, its policy applied, and what reading each filter list gave.
     *
     * @throws RuleFileException for a pack, list or policy that cannot be used, at its {@code file:line:col}
     * @throws IllegalArgumentException for a rule id switched off that no rule has
     */
    public Rules read(RuleSources sources) throws RuleFileException {
      RuleLoader loader = new RuleLoader(sources);
      List<Pack> packs = new ArrayList<>();
      for (String[] text : packTexts) {
        packs.add(loader.pack(text[0], text[1]));
      }
      FilterLists.Loaded lists = FilterLists.read(listPaths, sources);
      List<Pack> listPacks = new ArrayList<>(lists.packs());
      List<ListReport> reports = new ArrayList<>(lists.reports());
      for (String[] text : listTexts) {
        var list = FilterLists.of(text[0], text[1]);
        listPacks.add(list.pack());
        reports.add(list.report());
      }
      Profile profile = Profile.builtIn(sources).withPacks(packPaths, sources).withLoadedPacks(packs)
          .withLists(listPacks).without(disabled);
      PolicyLoader policies = new PolicyLoader(sources);
      Policy chosen = policy != null ? policies.load(policy)
          : policyText != null ? policies.read(policyText[0], policyText[1], Path.of(policyText[0]).getFileName().toString())
          : null;
      return new Rules(chosen == null ? profile : profile.withPolicy(chosen), List.copyOf(reports));
    }
  }
}
