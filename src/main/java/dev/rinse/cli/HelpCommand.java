package dev.rinse.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Parameters;

/**
 * {@code rinse help [COMMAND [SUBCOMMAND]]}: the help of the command the words name, to any depth, so
 * that {@code help rules impact} prints the help of {@code rules impact} (picocli's own help command
 * stops at the first word).
 */
@Command(name = "help", helpCommand = true,
    description = "Prints the help of a command, e.g. 'help clean' or 'help rules impact'.")
final class HelpCommand implements Runnable, CommandLine.IHelpCommandInitializable2 {
  @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command, and its subcommand if it has any.")
  private List<String> words = new ArrayList<>();

  private CommandLine self;
  private Help.ColorScheme colors;
  private PrintWriter out;

  @Override
  public void init(CommandLine helpCommandLine, Help.ColorScheme colorScheme, PrintWriter out, PrintWriter err) {
    this.self = helpCommandLine;
    this.colors = colorScheme;
    this.out = out;
  }

  @Override
  public void run() {
    CommandLine command = self.getParent();
    StringBuilder named = new StringBuilder("rinse");
    for (String word : words) {
      CommandLine sub = command.getSubcommands().get(word);
      if (sub == null) {
        throw new CommandLine.ParameterException(self, "'" + named + "' has no command '" + word + "'");
      }
      named.append(' ').append(word);
      command = sub;
    }
    command.usage(out, colors);
  }
}
