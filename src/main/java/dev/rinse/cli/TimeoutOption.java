package dev.rinse.cli;

import dev.rinse.cleaning.FileTimeout;
import picocli.CommandLine.Option;

/** {@code --file-timeout}, for every command that cleans files. */
final class TimeoutOption {
  @Option(names = "--file-timeout", paramLabel = "DURATION", defaultValue = "60s", converter = TimeoutConverter.class,
      description = "Give up on a file whose cleaning takes longer: 60s, 2m, 500ms, or 0 for no limit (default: ${DEFAULT-VALUE}).")
  FileTimeout fileTimeout;
}
