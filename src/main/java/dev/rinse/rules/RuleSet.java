package dev.rinse.rules;

import dev.rinse.article.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ordered packs of one run. Rules run in pack order, then in their order within the pack, so a
 * site pack placed first credits its targeted removals before a general pack would catch the same
 * node. Immutable and thread-safe.
 */
public record RuleSet(List<Pack> packs) {
  /** The name prefix of the built-in general packs, which run last. */
  static final String CORE_PREFIX = "core-";

  public RuleSet {
    packs = List.copyOf(packs);
  }

  /**
   * This set with {@code others} merged in: a pack with the name of a pack here replaces it in place;
   * a new pack runs before all packs here.
   */
  public RuleSet with(List<Pack> others) {
    List<Pack> merged = new ArrayList<>(packs);
    List<Pack> added = new ArrayList<>();
    for (Pack other : others) {
      int at = indexOf(merged, other.name());
      if (at >= 0) {
        merged.set(at, other);
      } else {
        added.add(other);
      }
    }
    added.addAll(merged);
    return new RuleSet(added);
  }

  /**
   * This set with filter lists' packs: after the site packs and the user's, before the first core pack
   * ({@code core-*}), so that a targeted filter credits a removal before a general rule would; a list
   * with the name of a pack here replaces it in place.
   */
  public RuleSet withLists(List<Pack> lists) {
    List<Pack> merged = new ArrayList<>(packs);
    int core = 0;
    while (core < merged.size() && !merged.get(core).name().startsWith(CORE_PREFIX)) {
      core++;
    }
    for (Pack list : lists) {
      int at = indexOf(merged, list.name());
      if (at >= 0) {
        merged.set(at, list);
      } else {
        merged.add(core++, list);
      }
    }
    return new RuleSet(merged);
  }

  private static int indexOf(List<Pack> packs, String name) {
    for (int i = 0; i < packs.size(); i++) {
      if (packs.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** The packs whose scope covers one article, in the order they run. */
  public List<Pack> packsFor(Article article) {
    return covering(article, SourceHost.of(article));
  }

  /** The packs whose scope covers a run's article; the run's rules find its source host where this did. */
  public List<Pack> packsFor(FileRun run) {
    return covering(run.article(), run.sourceHost());
  }

  private List<Pack> covering(Article article, Optional<String> host) {
    List<Pack> covering = new ArrayList<>();
    for (Pack pack : packs) {
      if (pack.scope().covers(article, host)) {
        covering.add(pack);
      }
    }
    return covering;
  }

  /** The rules that apply to one article, in the order they run. */
  public List<Rule> rulesFor(Article article) {
    return packsFor(article).stream().flatMap(p -> p.rules().stream()).toList();
  }

  public List<Rule> allRules() {
    return packs.stream().flatMap(p -> p.rules().stream()).toList();
  }
}
