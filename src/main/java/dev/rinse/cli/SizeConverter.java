package dev.rinse.cli;

import java.util.Locale;
import picocli.CommandLine;

/** Reads sizes such as {@code 512}, {@code 64K}, {@code 32M}, {@code 1G} (powers of 1024). */
final class SizeConverter implements CommandLine.ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    String text = value.trim().toUpperCase(Locale.ROOT).replace("B", "");
    int shift = 0;
    if (!text.isEmpty() && "KMG".indexOf(text.charAt(text.length() - 1)) >= 0) {
      shift = 10 * ("KMG".indexOf(text.charAt(text.length() - 1)) + 1);
      text = text.substring(0, text.length() - 1);
    }
    try {
      long number = Long.parseLong(text);
      if (number < 1) {
        throw new CommandLine.TypeConversionException("a size must be at least 1, got '" + value + "'");
      }
      return number << shift;
    } catch (NumberFormatException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a size such as 512, 64K, 32M or 1G");
    }
  }
}
