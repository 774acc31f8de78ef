package dev.rinse.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rinse.api.Rinse;
import dev.rinse.audit.Verifier;
import dev.rinse.changelog.Failure;
import dev.rinse.changelog.FileLog;
import dev.rinse.changelog.RunConfig;
import dev.rinse.changelog.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalRunTest {
  private static final String PACK = """
      pack: local
      why: a site of this test
      scope:
        - path: 'a/**'
      rules:
        - id: local.badge
          why: badges
          select: 'span.badge'
          action: %s
      """;

  @TempDir
  Path temp;

  private Path in;
  private Path out;
  private Path pack;

  @BeforeEach
  void corpus() throws IOException {
    in = temp.resolve("in");
    out = temp.resolve("out");
    pack = temp.resolve("local.yaml");
    for (String dir : List.of("a", "b")) {
      for (int i = 0; i < 5; i++) {
        Files.writeString(Files.createDirectories(in.resolve(dir)).resolve("post" + i + ".md"),
            "---\ntitle: " + dir + i + "\n---\n<p style=\"x\">Post " + i + " in " + dir
                + " with text enough to keep <span class=\"badge\">new</span>.</p><!-- n -->\n");
      }
    }
    Files.writeString(pack, PACK.formatted("remove"));
  }

  private RunSummary run(boolean cache) throws Exception {
    Rinse rinse = Rinse.builder().rules(pack).build();
    RunConfig config = new RunConfig(List.of(in.toString()), List.of(pack.toString()), List.of(), 0.3, 200, 32L << 20, "t");
    CorpusCleaner corpus = new CorpusCleaner(rinse, 2);
    return (cache ? corpus : corpus.ignoringCache()).run(List.of(in), out, config, false, true, RunListener.NONE);
  }

  @Test
  void anUnchangedCorpusIsNotCleanedAgainAndTheOutputsStayTheSame() throws Exception {
    run(true);
    Map<String, byte[]> first = files(out);

    RunSummary second = run(true);

    assertThat(second.reusedFiles()).isEqualTo(10);
    assertThat(files(out)).usingRecursiveComparison().isEqualTo(first);
  }

  @Test
  void aChangedFileIsCleanedAgainAndOnlyIt() throws Exception {
    run(true);
    Path changed = in.resolve("b/post3.md");
    Files.writeString(changed, Files.readString(changed).replace("Post 3", "Post three"));
    Files.setLastModifiedTime(changed, FileTime.fromMillis(System.currentTimeMillis() + 5_000));

    RunSummary second = run(true);

    assertThat(second.reusedFiles()).isEqualTo(9);
    assertThat(Files.readString(out.resolve("b/post3.md"))).contains("Post three");
    assertThat(files(out)).usingRecursiveComparison().isEqualTo(reference());
    assertThat(new Verifier().verify(OutputFolder.open(out)).findings()).as("the report's kept and new pages").isEmpty();
  }

  @Test
  void aFileRewrittenWithTheSameBytesIsNotCleanedAgainButOneOfTheSameSizeIs() throws Exception {
    run(true);
    Path touched = in.resolve("a/post1.md");
    Files.write(touched, Files.readAllBytes(touched));
    Files.setLastModifiedTime(touched, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    Path sameSize = in.resolve("b/post2.md");
    Files.writeString(sameSize, Files.readString(sameSize).replace("Post 2", "Post 9"));
    Files.setLastModifiedTime(sameSize, FileTime.fromMillis(System.currentTimeMillis() + 5_000));

    RunSummary second = run(true);

    assertThat(second.reusedFiles()).as("all but the file whose bytes changed").isEqualTo(9);
    assertThat(Files.readString(out.resolve("b/post2.md"))).contains("Post 9");
    assertThat(files(out)).usingRecursiveComparison().isEqualTo(reference());
    long cached = new ObjectMapper().readTree(out.resolve(RunCache.FILE).toFile())
        .path("files").path("a/post1.md").path("modified").asLong();
    assertThat(cached).as("the touched file's new time, so the next run need not hash it")
        .isEqualTo(Files.getLastModifiedTime(touched).toMillis());
  }

  @Test
  void aChangedRuleCleansOnlyTheFilesItsPackCoversAndAChangedScopeCleansAll() throws Exception {
    run(true);
    Files.writeString(pack, PACK.formatted("unwrap"));

    RunSummary changedRule = run(true);

    assertThat(changedRule.reusedFiles()).as("the b/ files, outside the pack's scope").isEqualTo(5);
    assertThat(Files.readString(out.resolve("a/post1.md"))).contains("keep new.");
    assertThat(files(out)).usingRecursiveComparison().isEqualTo(reference());

    Files.writeString(pack, PACK.formatted("unwrap").replace("'a/**'", "'b/**'"));
    assertThat(run(true).reusedFiles()).as("a scope change may reach any file").isZero();
    assertThat(files(out)).usingRecursiveComparison().isEqualTo(reference());
  }

  @Test
  void aDamagedCacheCostsAFullRunAndIsWrittenAfresh() throws Exception {
    run(true);
    Path cache = out.resolve(RunCache.FILE);
    byte[] whole = Files.readAllBytes(cache);
    Files.write(cache, java.util.Arrays.copyOf(whole, whole.length / 2));

    assertThat(run(true).reusedFiles()).isZero();
    assertThat(files(out)).usingRecursiveComparison().isEqualTo(reference());
    assertThat(run(true).reusedFiles()).as("the cache the full run wrote").isEqualTo(10);
  }

  private int builds;

  /** A run as the command line makes it: the rules built only when a file needs cleaning. */
  private RunSummary lazyRun(Path packs) throws Exception {
    Rinse.Builder builder = Rinse.builder().rules(packs);
    RunRules rules = RunRules.lazy(builder, copy -> {
      builds++;
      return copy.build();
    });
    RunConfig config = new RunConfig(List.of(in.toString()), List.of(pack.toString()), List.of(), 0.3, 200, 32L << 20, "t");
    return new CorpusCleaner(rules, 2).run(List.of(in), out, config, false, true, RunListener.NONE);
  }

  @Test
  void anUnchangedRunBuildsNoRulesAndAChangedRuleFileOrOptionDoes() throws Exception {
    lazyRun(pack);
    Map<String, byte[]> first = files(out);

    RunSummary unchanged = lazyRun(pack);

    assertThat(builds).as("built for the first run only").isEqualTo(1);
    assertThat(unchanged.reusedFiles()).isEqualTo(10);
    assertThat(files(out)).usingRecursiveComparison().isEqualTo(first);
    assertThat(new ObjectMapper().readTree(out.resolve(RunCache.FILE).toFile()).path("sources").fieldNames())
        .toIterable().contains("built-in:rules/profile.yaml", "built-in:rules/policies/article.yaml",
            "file:" + pack.toAbsolutePath().normalize());

    Files.writeString(pack, PACK.formatted("unwrap"));
    assertThat(lazyRun(pack).reusedFiles()).as("the b/ files, outside the changed pack's scope").isEqualTo(5);
    assertThat(builds).isEqualTo(2);
    assertThat(files(out)).usingRecursiveComparison().isEqualTo(reference());

    assertThat(lazyRun(temp).reusedFiles()).as("the pack's folder: other options, the same rules").isEqualTo(10);
    assertThat(builds).as("other options: the rules are built to know what they are").isEqualTo(3);
  }

  @Test
  void theReportOfAnUnchangedRunStandsAndIsWrittenAgainWhenItsTotalsChange() throws Exception {
    run(true);
    Path index = out.resolve("rinse-report.html");
    FileTime written = FileTime.fromMillis(1_000_000);
    Files.setLastModifiedTime(index, written);

    run(true);
    assertThat(Files.getLastModifiedTime(index)).as("nothing changed: the report stands").isEqualTo(written);
    Files.writeString(index, Files.readString(index) + "<!-- edited -->");
    run(true);
    assertThat(Files.readString(index)).as("an index edited since is written again").doesNotContain("<!-- edited -->");

    Files.delete(in.resolve("b/post4.md"));
    RunSummary second = run(true);

    assertThat(second.reusedFiles()).isEqualTo(9);
    assertThat(second.totals().files()).isEqualTo(9);
    assertThat(second.totals().staleOutputs()).containsExactly("b/post4.md");
    Map<String, byte[]> reference = reference();
    assertThat(Files.readString(index)).doesNotContain("b/post4")
        .isEqualTo(new String(reference.get("rinse-report.html"), java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void aFileThatRanOutOfMemoryIsCleanedAgainNextRunAndOneThatCannotBeCleanedIsNot() throws Exception {
    Path input = in.resolve("a/post0.md");

    assertThat(RunCache.entry(FileLog.failed("a/post0.md", List.of(), Failure.OUT_OF_MEMORY, "cannot clean: out of memory"),
        input, List.of())).as("more heap may clean it").isNull();
    assertThat(RunCache.entry(FileLog.failed("a/post0.md", List.of(), Failure.UNPUBLISHABLE, "cannot publish"),
        input, List.of())).as("the same rules fail it again").isNotNull()
        .satisfies(entry -> assertThat(entry.failure()).isEqualTo(Failure.UNPUBLISHABLE));
  }

  @Test
  void lazyRulesAreTheBuildersAsItWasWhenTheyWereDescribed() {
    Rinse.Builder builder = Rinse.builder();
    RunRules rules = RunRules.lazy(builder);

    builder.maxSize(5).disable("core.comments");

    assertThat(rules.key()).isEqualTo(Rinse.builder().key());
    assertThat(rules.maxSize()).isEqualTo(rules.rinse().maxSize()).isEqualTo(32L << 20);
    assertThat(rules.rinse().profile().rules().allRules()).extracting(rule -> rule.id().value()).contains("core.comments");
  }

  /** What a run that reuses nothing writes, for comparison. */
  private Map<String, byte[]> reference() throws Exception {
    Path saved = out;
    out = temp.resolve("reference-" + System.nanoTime());
    try {
      run(false);
      return files(out);
    } finally {
      out = saved;
    }
  }

  private static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String name = root.relativize(file).toString();
        if (!name.equals(RunCache.FILE)) {
          files.put(name, Files.readAllBytes(file));
        }
      }
    }
    return files;
  }
}
