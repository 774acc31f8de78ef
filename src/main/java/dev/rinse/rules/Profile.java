package dev.rinse.rules;

import dev.rinse.policy.Policy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules and policy of a run: the built-in default profile (packs and policy shipped in the jar
 * under {@code rules/}), with packs from the user merged in. Which policy a document gets: the one
 * given for the run ({@code --policy}) if any, else the first in run order of its packs that names
 * one, else the profile's. Immutable and thread-safe.
 *
 * @param policy the run's policy: the profile's default, or the one given for the run
 * @param policyGiven whether {@code policy} was given for the run, and so wins over the packs' policies
 */
public record Profile(RuleSet rules, Policy policy, boolean policyGiven) {
  /** The built-in profile, as listed in {@code rules/profile.yaml}. */
  public static Profile builtIn() throws RuleFileException {
    return builtIn(new RuleSources());
  }

  /** The built-in profile; the files it reads are recorded in {@code sources}. */
  public static Profile builtIn(RuleSources sources) throws RuleFileException {
    RuleLoader loader = new RuleLoader(sources);
    List<Pack> packs = new ArrayList<>();
    RuleLoader.ProfileFile profile = loader.profile("rules/profile.yaml", sources.builtIn("rules/profile.yaml"));
    for (String file : profile.packs()) {
      packs.add(loader.pack("rules/" + file, sources.builtIn("rules/" + file)));
    }
    return checked(new Profile(new RuleSet(packs), profile.policy(), false));
  }

  /** This profile with {@code policy} for every document, whatever policy its packs name. */
  public Profile withPolicy(Policy policy) {
    return new Profile(rules, policy, true);
  }

  /** The policy for a document that the packs {@code packs} (in run order) cover. */
  public Policy policyFor(List<Pack> packs) {
    if (policyGiven) {
      return policy;
    }
    return packs.stream().flatMap(pack -> pack.policy().stream()).findFirst().orElse(policy);
  }

  /** Every policy a document of this run may get: the run's, then the packs' in run order, once each. */
  public List<Policy> policies() {
    java.util.Map<String, Policy> all = new java.util.LinkedHashMap<>();
    all.put(policy.name() + "|" + policy.fingerprint(), policy);
    if (!policyGiven) {
      rules.packs().forEach(pack -> pack.policy().ifPresent(p -> all.putIfAbsent(p.name() + "|" + p.fingerprint(), p)));
    }
    return List.copyOf(all.values());
  }

  /** Identifies the run's policies: equal fingerprints, equal behaviour (the packs' own are in theirs). */
  public String policyFingerprint() {
    return (policyGiven ? "given:" : "") + policy.fingerprint();
  }

  /**
   * This profile with the packs at {@code paths} merged in (see {@link RuleSet#with}). A path may be a
   * pack file or a folder, whose {@code *.yaml} files are read in name order.
   */
  public Profile withPacks(List<Path> paths) throws RuleFileException {
    return withPacks(paths, new RuleSources());
  }

  /** This profile with the packs at {@code paths} merged in; the files it reads are recorded in {@code sources}. */
  public Profile withPacks(List<Path> paths, RuleSources sources) throws RuleFileException {
    RuleLoader loader = new RuleLoader(sources);
    List<Pack> packs = new ArrayList<>();
    for (Path path : paths) {
      for (Path file : packFiles(path, sources)) {
        packs.add(loader.pack(file.toString(), read(file, sources)));
      }
    }
    return withLoadedPacks(packs);
  }

  /** This profile with packs read already (from text, say) merged in, as {@link RuleSet#with} merges them. */
  public Profile withLoadedPacks(List<Pack> packs) throws RuleFileException {
    checkUniqueNames(packs);
    return checked(new Profile(rules.with(packs), policy, policyGiven));
  }

  /** This profile with filter lists' packs, placed as {@link RuleSet#withLists} says. */
  public Profile withLists(List<Pack> lists) throws RuleFileException {
    return checked(new Profile(rules.withLists(lists), policy, policyGiven));
  }

  /**
   * This profile without the rules named; an id no rule has is an error, so a typo cannot pass for a
   * rule switched off.
   */
  public Profile without(java.util.Collection<String> ruleIds) {
    java.util.Set<String> known = new java.util.HashSet<>();
    rules.allRules().forEach(r -> known.add(r.id().value()));
    for (String id : ruleIds) {
      if (!known.contains(id)) {
        throw new IllegalArgumentException("no rule has the id '" + id + "'" + DidYouMean.hint(id, known));
      }
    }
    List<Pack> packs = new ArrayList<>();
    for (Pack pack : rules.packs()) {
      List<Rule> kept = pack.rules().stream().filter(r -> !ruleIds.contains(r.id().value())).toList();
      String off = pack.rules().stream().map(r -> r.id().value()).filter(ruleIds::contains).sorted()
          .reduce("", (a, b) -> a + " -" + b);
      packs.add(pack.keeping(kept, off.isEmpty() ? pack.fingerprint() : Fingerprint.of(pack.fingerprint() + off)));
    }
    return new Profile(new RuleSet(packs), policy, policyGiven);
  }

  /** Rule ids name rules in every change log, so one id must mean one rule in a run. */
  private static Profile checked(Profile profile) throws RuleFileException {
    java.util.Map<String, Rule> seen = new java.util.HashMap<>();
    for (Rule rule : profile.rules().allRules()) {
      Rule earlier = seen.putIfAbsent(rule.id().value(), rule);
      if (earlier != null) {
        throw RuleFileException.at(earlier.origin(),
            "rule id '" + rule.id() + "' is also used at " + rule.origin());
      }
    }
    return profile;
  }

  private static void checkUniqueNames(List<Pack> packs) throws RuleFileException {
    java.util.Map<String, String> seen = new java.util.HashMap<>();
    for (Pack pack : packs) {
      String earlier = seen.putIfAbsent(pack.name(), pack.file());
      if (earlier != null) {
        throw new RuleFileException(pack.file(), 1, 1,
            "pack '" + pack.name() + "' is also defined in " + earlier);
      }
    }
  }

  private static List<Path> packFiles(Path path, RuleSources sources) throws RuleFileException {
    if (Files.isDirectory(path)) {
      try {
        return sources.folder(path);
      } catch (IOException e) {
        throw new RuleFileException(path.toString(), 1, 1, "cannot list rule folder: " + e.getMessage());
      }
    }
    if (!Files.isRegularFile(path)) {
      throw new RuleFileException(path.toString(), 1, 1, "no such rule file or folder");
    }
    return List.of(path);
  }

  private static String read(Path file, RuleSources sources) throws RuleFileException {
    try {
      return sources.file(file);
    } catch (IOException e) {
      throw new RuleFileException(file.toString(), 1, 1, "cannot read: " + e.getMessage());
    }
  }
}
