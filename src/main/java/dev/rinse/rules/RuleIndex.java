package dev.rinse.rules;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which rules of a large pack (a filter list's thousands) can apply to a document, found as content
 * blockers find them: a host-scoped rule under each of its hosts, a rule whose selector needs a class or
 * id under one of them, the rest always. A document then tests the rules under its host's domains and
 * under the classes and ids it has, not every rule. Immutable and thread-safe.
 */
public final class RuleIndex {
  private final List<Rule> rules;
  private final int[] always;
  private final Map<String, int[]> byHost;
  private final Map<String, int[]> byKey;

  public RuleIndex(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    List<Integer> always = new ArrayList<>();
    Map<String, List<Integer>> byHost = new HashMap<>();
    Map<String, List<Integer>> byKey = new HashMap<>();
    for (int i = 0; i < this.rules.size(); i++) {
      Rule rule = this.rules.get(i);
      List<Set<String>> keys = rule.matcher() instanceof Matcher.Css css ? css.keys() : null;
      if (!rule.hosts().only().isEmpty()) {
        for (String host : rule.hosts().only()) {
          byHost.computeIfAbsent(host, h -> new ArrayList<>()).add(i);
        }
      } else if (keys != null) {
        for (Set<String> alternative : keys) {
          // the longest key of each alternative: likely the rarest, so the rule is tried least often
          String key = alternative.stream().max(Comparator.comparingInt(String::length).thenComparing(k -> k)).orElseThrow();
          List<Integer> under = byKey.computeIfAbsent(key, k -> new ArrayList<>());
          if (under.isEmpty() || under.get(under.size() - 1) != i) {
            under.add(i);
          }
        }
      } else {
        always.add(i);
      }
    }
    this.always = always.stream().mapToInt(Integer::intValue).toArray();
    this.byHost = frozen(byHost);
    this.byKey = frozen(byKey);
  }

  private static Map<String, int[]> frozen(Map<String, List<Integer>> lists) {
    Map<String, int[]> frozen = new HashMap<>();
    lists.forEach((key, ordinals) -> frozen.put(key, ordinals.stream().mapToInt(Integer::intValue).toArray()));
    return Map.copyOf(frozen);
  }

  /**
   * The rules that may apply to a document, in pack order: each still checks its hosts and its matcher.
   *
   * @param host the document's source host, when it is known
   * @param keys the classes and ids its elements had ({@link DocumentIndex#keys})
   */
  List<Rule> candidates(Optional<String> host, Set<String> keys) {
    BitSet chosen = new BitSet(rules.size());
    for (int ordinal : always) {
      chosen.set(ordinal);
    }
    host.ifPresent(h -> Hosts.suffixes(h).forEach(domain -> mark(chosen, byHost.get(domain))));
    if (keys.size() <= byKey.size()) {
      keys.forEach(key -> mark(chosen, byKey.get(key)));
    } else {
      byKey.forEach((key, ordinals) -> mark(chosen, keys.contains(key) ? ordinals : null));
    }
    List<Rule> candidates = new ArrayList<>(chosen.cardinality());
    for (int i = chosen.nextSetBit(0); i >= 0; i = chosen.nextSetBit(i + 1)) {
      candidates.add(rules.get(i));
    }
    return candidates;
  }

  private static void mark(BitSet chosen, int[] ordinals) {
    if (ordinals != null) {
      for (int ordinal : ordinals) {
        chosen.set(ordinal);
      }
    }
  }
}
