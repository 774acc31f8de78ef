package dev.rinse.cli;

import dev.rinse.api.Rinse;
import dev.rinse.filterlists.ListReport;
import dev.rinse.rules.Profile;
import dev.rinse.rules.RuleFileException;
import dev.rinse.rules.RuleSources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/** The options that choose the rules: extra packs and rules switched off. Shared by commands. */
final class RuleOptions {
  /** How many unreadable filters of a list are named; the rest are counted. */
  private static final int SHOWN_PROBLEMS = 10;

  @Option(names = "--rules", paramLabel = "PATH",
      description = "A rule pack file or a folder of them; replaces the built-in pack of the same name, "
          + "or adds a pack that runs before the built-in ones. Repeatable.")
  List<Path> packs = new ArrayList<>();

  @Option(names = "--disable", paramLabel = "RULE", description = "Switch a rule off, by id. Repeatable.")
  List<String> disabled = new ArrayList<>();

  @Option(names = "--filter-list", paramLabel = "FILE", description = "A filter list (Adblock syntax, as EasyList; or "
      + "ClearURLs rules), read as a pack named after the file that runs after the site packs. Repeatable.")
  List<Path> filterLists = new ArrayList<>();

  /** Where what reading the filter lists left out is said, once per run; nowhere unless a command says. */
  Consumer<String> notes = note -> { };

  @Option(names = "--policy", paramLabel = "FILE|NAME",
      description = "The sanitizer policy for every file: a policy file, or a built-in one (article, the "
          + "default; strict; relaxed). Wins over a policy a rule pack names for its scope.")
  String policy;

  /** A builder of the rules these options choose: the built-in ones, the packs and lists, less the rules off. */
  Rinse.Builder builder() {
    Rinse.Builder builder = Rinse.builder().disable(disabled.toArray(String[]::new));
    packs.forEach(builder::rules);
    filterLists.forEach(builder::filterList);
    if (policy != null) {
      builder.policy(policy);
    }
    return builder;
  }

  /** Builds the rules, saying what reading each filter list left out; an unknown rule id is an IllegalArgumentException. */
  Rinse rinse(Rinse.Builder builder) throws RuleFileException {
    Rinse rinse = builder.build();
    note(rinse.filterLists());
    return rinse;
  }

  /** The profile these options choose, read but not compiled into a cleaner. */
  Profile profile() throws RuleFileException {
    Rinse.Rules rules = builder().read(new RuleSources());
    note(rules.lists());
    return rules.profile();
  }

  private void note(List<ListReport> lists) {
    for (ListReport report : lists) {
      notes.accept("rinse: " + report.summary());
      report.problems().stream().limit(SHOWN_PROBLEMS).forEach(p -> notes.accept(p.replaceFirst(": ", ": warning: ")));
      if (report.problems().size() > SHOWN_PROBLEMS) {
        notes.accept("rinse: ... and " + (report.problems().size() - SHOWN_PROBLEMS) + " more filters of " + report.file()
            + " that could not be read");
      }
    }
  }

  /** The policy given for every file, as a run records it: a built-in name or an absolute path; null for none. */
  String policyGiven() {
    return policy == null ? null : Rinse.Builder.policyKey(policy);
  }

  List<String> filterListPaths() {
    return filterLists.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList();
  }

  List<String> packPaths() {
    return packs.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList();
  }
}
