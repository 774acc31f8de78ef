package dev.rinse.cli;

import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Option;

/** {@code --color=WHEN}, for the commands that colour what they print. */
final class ColorOption {
  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", converter = Colors.When.Converter.class,
      description = "Colour the output: auto (only on a terminal, and not when NO_COLOR is set), always or never "
          + "(default: ${DEFAULT-VALUE}).")
  Colors.When when;

  /** The colouring to print with. */
  Ansi ansi() {
    return Colors.ansi(when);
  }
}
