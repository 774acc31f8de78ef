package dev.rinse.cli;

import picocli.CommandLine.Option;

/** {@code --json}, for the commands that can print one JSON document instead of text. */
final class JsonOption {
  @Option(names = "--json", description = "Print one JSON document on standard output instead of text, never "
      + "coloured; messages stay on standard error and the exit status is the same.")
  boolean json;
}
