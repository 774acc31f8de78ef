package dev.rinse.cli;

import dev.rinse.rules.PolicyLoader;
import dev.rinse.rules.RuleFileException;
import dev.rinse.rules.YamlDoc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A {@code rinse.yaml}: defaults for {@code clean}'s options, each key an option's long name. Paths in it
 * are read from the file's folder, so that it works from wherever rinse is run.
 */
record ConfigFile(Path file, List<Setting> settings) {
  static final String NAME = "rinse.yaml";

  /** How a key's value becomes option values. */
  enum Kind { VALUE, LIST, PATHS, POLICY, FLAG }

  /** The keys, by option name, and how each is read. */
  static final Map<String, Kind> KEYS = new TreeMap<>(Map.ofEntries(
      Map.entry("rules", Kind.PATHS), Map.entry("filter-list", Kind.PATHS), Map.entry("disable", Kind.LIST), Map.entry("policy", Kind.POLICY),
      Map.entry("generator", Kind.VALUE), Map.entry("body", Kind.VALUE), Map.entry("html-fields", Kind.LIST),
      Map.entry("include", Kind.LIST), Map.entry("exclude", Kind.LIST), Map.entry("jobs", Kind.VALUE),
      Map.entry("max-text-loss", Kind.VALUE), Map.entry("long-paragraph", Kind.VALUE),
      Map.entry("max-file-size", Kind.VALUE), Map.entry("file-timeout", Kind.VALUE), Map.entry("fail-on", Kind.VALUE),
      Map.entry("no-report", Kind.FLAG), Map.entry("no-ignore", Kind.FLAG)));

  /**
   * One option as the file sets it.
   *
   * @param option the option's long name without its dashes
   * @param values its values as the command line would give them (paths made absolute; none for a flag set false)
   * @param place {@code file:line:col} of the value
   */
  record Setting(String option, List<String> values, String place) {
    /** The option as command-line arguments: {@code --name=value} for each value, or {@code --name} for a flag. */
    List<String> arguments() {
      if (KEYS.get(option) == Kind.FLAG) {
        return values.isEmpty() ? List.of() : List.of("--" + option);
      }
      return values.stream().map(value -> "--" + option + "=" + value).toList();
    }
  }

  /** Reads and checks a configuration file; a problem is a {@link RuleFileException} at its line and column. */
  static ConfigFile read(Path file) throws IOException, RuleFileException {
    String name = file.toString();
    Map.Entry<YamlDoc, Node> parsed = YamlDoc.parse(name, Files.readString(file, StandardCharsets.UTF_8));
    YamlDoc yaml = parsed.getKey();
    Path folder = file.toAbsolutePath().normalize().getParent();
    List<Setting> settings = new ArrayList<>();
    for (Map.Entry<String, Node> entry : yaml.mapping(parsed.getValue(), "a rinse.yaml", KEYS.keySet()).entrySet()) {
      String option = entry.getKey();
      Node node = entry.getValue();
      Kind kind = KEYS.get(option);
      boolean many = kind == Kind.LIST || kind == Kind.PATHS;
      if (!many && node instanceof SequenceNode) {
        throw yaml.error(node, "'" + option + "' takes one value, not a list");
      }
      List<String> values = switch (kind) {
        case FLAG -> yaml.bool(node, "'" + option + "'") ? List.of("true") : List.of();
        case LIST -> yaml.strings(node, "each of '" + option + "'");
        case PATHS -> yaml.strings(node, "each of '" + option + "'").stream().map(p -> resolve(folder, p)).toList();
        case POLICY -> {
          String policy = yaml.scalar(node, "'" + option + "'");
          yield List.of(PolicyLoader.BUILT_IN.contains(policy) ? policy : resolve(folder, policy));
        }
        case VALUE -> List.of(yaml.scalar(node, "'" + option + "'"));
      };
      settings.add(new Setting(option, values, yaml.place(node)));
    }
    return new ConfigFile(file, List.copyOf(settings));
  }

  private static String resolve(Path folder, String path) {
    return folder.resolve(path).normalize().toString();
  }

  /**
   * The configuration file for a clean of these inputs: the nearest {@code rinse.yaml} in an input's folder
   * or the folders above it, else the working folder's. Inputs under different files are refused, as
   * their defaults would differ.
   *
   * @throws IllegalArgumentException when the inputs lie under different configuration files
   */
  static Optional<Path> find(List<Path> inputs, Path workingFolder) {
    Optional<Path> found = null;
    Path firstInput = null;
    for (Path input : inputs) {
      if (input.toString().equals(CleanCommand.STDIN)) {
        continue;
      }
      Optional<Path> nearest = nearest(input.toAbsolutePath().normalize());
      if (found == null) {
        found = nearest;
        firstInput = input;
      } else if (!found.equals(nearest)) {
        throw new IllegalArgumentException(firstInput + " and " + input + " lie under different " + NAME + " files ("
            + found.map(Path::toString).orElse("none") + ", " + nearest.map(Path::toString).orElse("none")
            + "): clean them apart, or name one with --config");
      }
    }
    if (found != null && found.isPresent()) {
      return found;
    }
    Path here = workingFolder.resolve(NAME);
    return Files.isRegularFile(here) ? Optional.of(here) : Optional.empty();
  }

  private static Optional<Path> nearest(Path input) {
    for (Path folder = Files.isDirectory(input) ? input : input.getParent(); folder != null; folder = folder.getParent()) {
      Path candidate = folder.resolve(NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
