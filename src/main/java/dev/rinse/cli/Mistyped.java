package dev.rinse.cli;

import dev.rinse.rules.DidYouMean;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The message of a command line picocli refused, with what was probably meant: a mistyped command gets
 * the nearest command's name, and a mistyped option the nearest option's, even where picocli would
 * first complain of a required option the typo left out ({@code restore OUT --rul ID}).
 */
final class Mistyped {
  private Mistyped() {}

  static String explain(CommandLine.ParameterException e, String[] arguments) {
    CommandSpec spec = e.getCommandLine().getCommandSpec();
    List<String> names = new ArrayList<>(spec.optionsMap().keySet());
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      String word = unmatched.getUnmatched().get(0).split("=", 2)[0];
      names.addAll(spec.subcommands().keySet());
      return e.getMessage() + DidYouMean.hint(word, names);
    }
    for (String argument : arguments) {
      String option = argument.split("=", 2)[0];
      if (option.startsWith("--") && !names.contains(option)) {
        return "unknown option '" + option + "'" + DidYouMean.hint(option, names);
      }
    }
    return e.getMessage();
  }
}
