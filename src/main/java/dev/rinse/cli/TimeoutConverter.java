package dev.rinse.cli;

import dev.rinse.cleaning.FileTimeout;
import picocli.CommandLine;

/** Reads {@code --file-timeout}: {@code 60s}, {@code 2m}, {@code 500ms}, or {@code 0} for none. */
final class TimeoutConverter implements CommandLine.ITypeConverter<FileTimeout> {
  @Override
  public FileTimeout convert(String value) {
    try {
      return FileTimeout.parse(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }
}
