package dev.rinse.spark;

import dev.rinse.api.Rinse;
import dev.rinse.rules.PolicyLoader;
import dev.rinse.rules.RuleFileException;
import dev.rinse.rules.RuleSources;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A job's rules as text, read once where the job is submitted, so that they travel with it to every
 * executor: rule packs, filter lists and a policy, the rules switched off, the generator and the size limit.
 * Each executor builds one {@link Rinse} from them and shares it between its tasks.
 *
 * @param packs each rule pack's file name and text
 * @param lists each filter list's file name and text
 * @param policy a built-in policy's name, or null
 * @param policyFile a policy file's name and text, or null
 */
public record JobRules(List<Text> packs, List<Text> lists, String policy, Text policyFile, List<String> disabled,
    String generator, long maxFileSize) implements Serializable {
  private static final Map<JobRules, Rinse> BUILT = new ConcurrentHashMap<>();

  /** A file's name, as messages and rules cite it, and its text. */
  public record Text(String name, String text) implements Serializable {}

  public JobRules {
    packs = List.copyOf(packs);
    lists = List.copyOf(lists);
    disabled = List.copyOf(disabled);
  }

  /** The rules as the command line gives them: pack files or folders, list files, a policy name or file. */
  public static JobRules read(List<Path> packPaths, List<Path> listPaths, String policy, List<String> disabled,
      String generator, long maxFileSize) {
    List<Text> packs = new ArrayList<>();
    for (Path path : packPaths) {
      for (Path file : Files.isDirectory(path) ? packFiles(path) : List.of(path)) {
        packs.add(text(file));
      }
    }
    List<Text> lists = listPaths.stream().map(JobRules::text).toList();
    boolean builtIn = policy == null || PolicyLoader.BUILT_IN.contains(policy);
    return new JobRules(packs, lists, builtIn ? policy : null, builtIn ? null : text(Path.of(policy)), disabled,
        generator, maxFileSize);
  }

  /** The rinse these rules make, built once per JVM. */
  public Rinse rinse() {
    return BUILT.computeIfAbsent(this, rules -> {
      try {
        return rules.build();
      } catch (RuleFileException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    });
  }

  private Rinse build() throws RuleFileException {
    Rinse.Builder builder = Rinse.builder().generator(generator).disable(disabled.toArray(String[]::new))
        .maxSize(maxFileSize);
    packs.forEach(pack -> builder.rules(pack.name(), pack.text()));
    lists.forEach(list -> builder.filterList(list.name(), list.text()));
    if (policy != null) {
      builder.policy(policy);
    } else if (policyFile != null) {
      builder.policy(policyFile.name(), policyFile.text());
    }
    return builder.build();
  }

  private static List<Path> packFiles(Path folder) {
    try {
      return RuleSources.packFiles(folder); // as the command line reads a folder of packs
    } catch (IOException e) {
      throw new UncheckedIOException(folder + ": cannot list: " + e.getMessage(), e);
    }
  }


  private static Text text(Path file) {
    try {
      return new Text(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
    }
  }
}
