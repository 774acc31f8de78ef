package dev.rinse.filterlists;

import com.google.re2j.Pattern;
import dev.rinse.rules.Hosts;
import dev.rinse.rules.Matcher;
import dev.rinse.rules.Pack;
import dev.rinse.rules.Remove;
import dev.rinse.rules.RemoveUpward;
import dev.rinse.rules.RewriteUrls;
import dev.rinse.rules.Rule;
import dev.rinse.rules.RuleId;
import dev.rinse.rules.RuleIndex;
import dev.rinse.rules.Scope;
import dev.rinse.rules.StripUrlParams;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.select.QueryParser;

/**
 * An Adblock-syntax list as a pack: an element-hiding filter removes what its selector finds, in documents
 * of its hosts; a {@code $removeparam} filter takes parameters off links. Exceptions are applied as the list
 * is read: a generic one switches its selector's filters off, a host-scoped one switches them off on its hosts.
 */
final class AdblockPack {
  private AdblockPack() {}

  static ListPack of(String name, String file, String text) {
    AdblockList list = AdblockParser.parse(text);
    Map<String, Integer> skipped = new HashMap<>(list.skipped());
    List<String> problems = new ArrayList<>();
    list.problems().forEach(p -> problems.add(file + ":" + p.line() + ": " + p.message()));
    Map<Integer, Rule> byLine = new TreeMap<>(); // one filter a line: the pack runs them in list order
    hidingRules(name, file, list.hiding(), byLine, skipped);
    paramRules(name, file, list.params(), byLine, skipped, problems);
    List<Rule> rules = List.copyOf(byLine.values());
    Pack pack = new Pack(name, "filter list " + file, Scope.EVERYWHERE, rules, file,
        dev.rinse.rules.Fingerprint.of(text), Optional.empty(), new RuleIndex(rules));
    return new ListPack(pack, new ListReport(file, name, rules.size(), skipped, problems));
  }

  private static void hidingRules(String pack, String file, List<ElementHiding> filters, Map<Integer, Rule> rules,
      Map<String, Integer> skipped) {
    Set<String> offEverywhere = new HashSet<>();
    Map<String, List<String>> offOn = new HashMap<>();
    for (ElementHiding filter : filters) {
      if (filter.exception()) {
        if (filter.hosts().isEmpty()) {
          offEverywhere.add(filter.selector());
        } else {
          offOn.computeIfAbsent(filter.selector(), s -> new ArrayList<>()).addAll(filter.hosts());
        }
      }
    }
    for (ElementHiding filter : filters) {
      if (filter.exception()) {
        continue;
      }
      if (offEverywhere.contains(filter.selector())) {
        skipped.merge("switched-off-by-exception", 1, Integer::sum);
        continue;
      }
      List<String> not = new ArrayList<>(filter.notHosts());
      not.addAll(offOn.getOrDefault(filter.selector(), List.of()));
      Matcher.Css css = new Matcher.Css(filter.selector(), QueryParser.parse(filter.selector()));
      ElementHiding.Upward upward = filter.upward();
      rules.put(filter.line(), new Rule(id(pack, filter.line()), why(file, filter.line(), filter.text()), css,
          upward.none() ? new Remove() : new RemoveUpward(upward.levels(),
              upward.selector() == null ? null : QueryParser.parse(upward.selector())),
          false, file + ":" + filter.line() + ":1", new Hosts(filter.hosts(), not)));
    }
  }

  private static void paramRules(String pack, String file, List<ParamRemoval> filters, Map<Integer, Rule> rules,
      Map<String, Integer> skipped, List<String> problems) {
    Set<String> offEverywhere = new HashSet<>();
    for (ParamRemoval filter : filters) {
      if (filter.exception() && filter.urlHost().isEmpty()) {
        offEverywhere.add(filter.names());
      }
    }
    for (ParamRemoval filter : filters) {
      if (filter.exception()) {
        continue;
      }
      if (offEverywhere.contains(filter.names())) {
        skipped.merge("switched-off-by-exception", 1, Integer::sum);
        continue;
      }
      if (filter.inverted()) {
        skipped.merge("removeparam-inverted", 1, Integer::sum);
        continue;
      }
      Pattern names;
      try {
        names = Pattern.compile(filter.names());
      } catch (com.google.re2j.PatternSyntaxException e) {
        problems.add(file + ":" + filter.line() + ": cannot read the parameter pattern: " + e.getDescription());
        continue;
      }
      Optional<String> host = filter.urlHost();
      rules.put(filter.line(), new Rule(id(pack, filter.line()), why(file, filter.line(), filter.text()),
          new Matcher.Links(url -> host.isEmpty() || Hosts.ofUrl(url).filter(h -> Hosts.within(h, host.get())).isPresent()
              ? StripUrlParams.without(url, names) : url),
          new RewriteUrls(), false, file + ":" + filter.line() + ":1"));
    }
  }

  static RuleId id(String pack, int line) {
    return new RuleId(pack + ".l" + line);
  }

  private static String why(String file, int line, String text) {
    return "filter list " + java.nio.file.Path.of(file).getFileName() + " line " + line + ": " + text;
  }

}
