package dev.rinse.cli;

import dev.rinse.rules.Profile;
import dev.rinse.rules.RuleFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that choose the rules: extra packs and rules switched off. Shared by commands. */
final class RuleOptions {
  @Option(names = "--rules", paramLabel = "PATH",
      description = "A rule pack file or a folder of them; replaces the built-in pack of the same name, "
          + "or adds a pack that runs before the built-in ones. Repeatable.")
  List<Path> packs = new ArrayList<>();

  @Option(names = "--disable", paramLabel = "RULE", description = "Switch a rule off, by id. Repeatable.")
  List<String> disabled = new ArrayList<>();

  /** The built-in profile with these options applied; an unknown rule id is an IllegalArgumentException. */
  Profile profile() throws RuleFileException {
    return Profile.builtIn().withPacks(packs).without(disabled);
  }

  List<String> packPaths() {
    return packs.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList();
  }
}
