package dev.rinse.filterlists;

import dev.rinse.rules.Fingerprint;
import dev.rinse.rules.Matcher;
import dev.rinse.rules.Pack;
import dev.rinse.rules.RewriteUrls;
import dev.rinse.rules.Rule;
import dev.rinse.rules.RuleFileException;
import dev.rinse.rules.RuleIndex;
import dev.rinse.rules.Scope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ClearURLs rules as a pack: each provider a rule, in file order, that rewrites the links it applies to as
 * the add-on does (tracking parameters off, a redirect link unwrapped to its target). Its id names the line
 * of the provider's key. A provider marked {@code completeProvider}, which the add-on blocks whole, is
 * applied for what else it says and never removes a link.
 */
final class ClearUrlsPack {
  private ClearUrlsPack() {}

  static ListPack of(String name, String file, String text) throws RuleFileException {
    ClearUrls rules;
    try {
      rules = ClearUrls.parse(text);
    } catch (IllegalArgumentException e) {
      throw new RuleFileException(file, 1, 1, e.getMessage());
    }
    List<Rule> packRules = new ArrayList<>();
    Map<String, Integer> skipped = new HashMap<>();
    for (ClearUrls.Provider provider : rules.providers()) {
      if (provider.urlPattern().isEmpty()) {
        skipped.merge("provider-without-url-pattern", 1, Integer::sum);
        continue;
      }
      if (provider.completeProvider()) {
        skipped.merge("complete-provider-blocking", 1, Integer::sum); // its blocking; the rest applies
      }
      String required = RequiredText.of(provider.urlPattern().get().pattern());
      packRules.add(new Rule(AdblockPack.id(name, provider.line()),
          "ClearURLs provider " + provider.name() + " (" + java.nio.file.Path.of(file).getFileName() + " line "
              + provider.line() + ")",
          new Matcher.Links(url -> required != null && !RequiredText.in(url, required) ? url
              : provider.clean(url).map(ClearUrls.UrlChange::after).orElse(url)),
          new RewriteUrls(), false, file + ":" + provider.line() + ":1"));
    }
    List<String> problems = rules.problems().stream().map(p -> file + ": " + p).toList();
    Pack pack = new Pack(name, "ClearURLs rules " + file, Scope.EVERYWHERE, packRules, file, Fingerprint.of(text),
        Optional.empty(), new RuleIndex(packRules));
    return new ListPack(pack, new ListReport(file, name, packRules.size(), skipped, problems));
  }
}
