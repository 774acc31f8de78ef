package dev.rinse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Package dependencies run one way; the library never reaches up to the command line. */
class PackageDependenciesTest {
  private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("api", Set.of("cleaning", "rules", "filterlists", "policy", "corpus", "article", "changelog")),
      Map.entry("audit", Set.of("api", "run", "cleaning", "rules", "report", "corpus", "changelog")), // verify, restore, impact
      Map.entry("run", Set.of("api", "cleaning", "corpus", "rules", "report", "article", "changelog")), // a corpus run
      Map.entry("cli", Set.of("api", "audit", "run", "cleaning", "rules", "filterlists", "report", "corpus", "article", "changelog")),
      Map.entry("filterlists", Set.of("rules", "policy", "article", "changelog")), // lists read as rule packs
      Map.entry("cleaning", Set.of("corpus", "rules", "policy", "publish", "normalize", "article", "changelog")), // one file
      Map.entry("publish", Set.of("policy", "normalize", "article", "changelog")),
      Map.entry("report", Set.of("corpus", "article", "changelog")),
      Map.entry("rules", Set.of("policy", "article", "changelog")),
      Map.entry("policy", Set.of("normalize", "article", "changelog")),
      Map.entry("normalize", Set.of("article", "changelog")),
      Map.entry("article", Set.of()),
      Map.entry("corpus", Set.of()),
      Map.entry("changelog", Set.of("article"))); // a change's place is the article's Where
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?dev\\.rinse\\.(\\w+)\\.", Pattern.MULTILINE);

  @Test
  void eachPackageUsesOnlyThePackagesBelowIt() throws IOException {
    Path main = Path.of("src/main/java/dev/rinse");
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(main)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String from = main.relativize(file).getName(0).toString();
        assertThat(ALLOWED).as("package " + from + " is listed").containsKey(from);
        Matcher imported = IMPORT.matcher(Files.readString(file));
        while (imported.find()) {
          String to = imported.group(1);
          if (!to.equals(from) && !ALLOWED.get(from).contains(to)) {
            violations.add(file + " imports dev.rinse." + to);
          }
        }
      }
    }
    assertThat(violations).isEmpty();
  }
}
