package dev.rinse.cli;

import dev.rinse.rules.RuleFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/**
 * A clean's arguments with its configuration file's defaults put in: each option the file sets and the
 * command line does not give goes before the user's arguments, so that the command line wins.
 *
 * @param arguments the arguments to run {@code clean} with (its name not included)
 * @param file the configuration file read, if any
 * @param sources where each option the file sets came from: its {@code file:line:col}, or "command line"
 */
record Configured(List<String> arguments, Optional<ConfigFile> file, Map<String, String> sources) {
  static final String COMMAND_LINE = "command line";

  /**
   * Puts in the defaults for a clean's arguments; arguments that do not parse are left as they are, for
   * the clean to report.
   *
   * @throws IllegalArgumentException for a configuration file that is missing or cannot be used, naming its place
   */
  static Configured of(List<String> arguments, Path workingFolder) throws IOException, RuleFileException {
    Configured unchanged = new Configured(arguments, Optional.empty(), Map.of());
    CommandLine.ParseResult given;
    try {
      given = cleanCommandLine().parseArgs(arguments.toArray(String[]::new));
    } catch (CommandLine.ParameterException e) {
      return unchanged;
    }
    if (given.hasMatchedOption("--no-config") || given.isUsageHelpRequested() || given.isVersionHelpRequested()) {
      return unchanged;
    }
    Path named = given.matchedOptionValue("--config", null);
    if (named != null && !Files.isRegularFile(named)) {
      throw new IllegalArgumentException(named + ": no such configuration file (--config)");
    }
    List<Path> inputs = given.matchedPositionalValue(0, List.of());
    Optional<Path> path = named != null ? Optional.of(named) : ConfigFile.find(inputs, workingFolder);
    if (path.isEmpty()) {
      return unchanged;
    }
    ConfigFile config = ConfigFile.read(path.get());
    List<String> configured = new ArrayList<>();
    Map<String, String> sources = new LinkedHashMap<>();
    CommandLine check = cleanCommandLine();
    for (ConfigFile.Setting setting : config.settings()) {
      if (given.hasMatchedOption("--" + setting.option())) {
        sources.put(setting.option(), COMMAND_LINE);
        continue;
      }
      List<String> values = setting.arguments();
      try {
        List<String> probe = new ArrayList<>(values);
        probe.add(CleanCommand.STDIN); // an input, which a clean needs
        check.parseArgs(probe.toArray(String[]::new));
      } catch (CommandLine.ParameterException e) {
        throw new IllegalArgumentException(setting.place() + ": " + e.getMessage());
      }
      configured.addAll(values);
      sources.put(setting.option(), setting.place());
    }
    configured.addAll(arguments);
    return new Configured(List.copyOf(configured), Optional.of(config), sources);
  }

  /** A command line of {@code clean} alone, to read arguments with: it runs nothing. */
  static CommandLine cleanCommandLine() {
    return new CommandLine(new CleanCommand(StandardStreams.SYSTEM));
  }
}
