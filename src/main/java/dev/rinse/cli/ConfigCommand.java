package dev.rinse.cli;

import dev.rinse.rules.RuleFileException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code rinse config ...}: looks at the configuration a clean would run with. */
@Command(name = "config", mixinStandardHelpOptions = true, description = "Looks at the configuration of clean.",
    subcommands = {ConfigCommand.Show.class})
final class ConfigCommand implements Runnable {
  @Spec
  private CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed: show");
  }

  /** {@code rinse config show [CLEAN-ARGUMENTS...]}: each option a rinse.yaml may set, its value and where it came from. */
  @Command(name = "show", mixinStandardHelpOptions = true,
      description = {"Prints each option a rinse.yaml may set, the value a clean with these arguments would use, "
          + "and where it came from: the command line, the file (file:line:col) or the default.",
          "Takes what clean takes: rinse config show posts --jobs 2."})
  static final class Show implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Unmatched
    private List<String> arguments = new ArrayList<>();

    @Override
    public Integer call() throws IOException, RuleFileException {
      PrintWriter out = spec.commandLine().getOut();
      Configured configured = Configured.of(withInput(arguments), Path.of(""));
      CommandLine clean = Configured.cleanCommandLine();
      CommandLine.ParseResult result = clean.parseArgs(configured.arguments().toArray(String[]::new));
      out.println("# " + configured.file().map(f -> "configuration: " + Printable.of(f.file().toString()))
          .orElse("no " + ConfigFile.NAME + " in the inputs' folders or above them, nor in the working folder"));
      for (String option : ConfigFile.KEYS.keySet()) {
        OptionSpec spec = clean.getCommandSpec().findOption("--" + option);
        if (spec == null) {
          continue;
        }
        String source = configured.sources().getOrDefault(option,
            result.hasMatchedOption(spec) ? Configured.COMMAND_LINE : "default");
        out.printf("%-16s %-40s %s%n", option, Printable.of(value(spec, result)), Printable.of(source));
      }
      return Main.OK;
    }

    /** The arguments, with - for an input when they name none: the working folder's file is shown then. */
    private static List<String> withInput(List<String> arguments) {
      try {
        Configured.cleanCommandLine().parseArgs(arguments.toArray(String[]::new));
        return arguments;
      } catch (CommandLine.MissingParameterException e) {
        List<String> more = new ArrayList<>(arguments);
        more.add(CleanCommand.STDIN);
        return more;
      }
    }

    /** An option's value as the command line would write it. */
    private static String value(OptionSpec option, CommandLine.ParseResult result) {
      if (result.hasMatchedOption(option)) {
        List<String> given = result.matchedOption(option.longestName()).stringValues();
        return option.arity().max() == 0 ? "true" : String.join(",", given);
      }
      if (option.defaultValue() != null) {
        return option.defaultValue();
      }
      Object value = option.getValue();
      if (value instanceof Collection<?> values) {
        return values.isEmpty() ? "(none)" : values.toString();
      }
      return value == null ? "(built-in)" : value.toString();
    }
  }
}
