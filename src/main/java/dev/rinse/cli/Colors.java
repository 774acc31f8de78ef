package dev.rinse.cli;

import java.io.Console;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * Whether a command colours what it prints, decided as ripgrep and git decide it. {@code --color=always}
 * and {@code --color=never} win over everything; with {@code auto} (the default) colour is on only when
 * standard output is a terminal, unless {@code NO_COLOR} is set to anything but the empty string
 * (no-color.org), {@code TERM} is {@code dumb} or {@code CLICOLOR} is {@code 0}; {@code CLICOLOR_FORCE}
 * set to anything but {@code 0} turns it on when it is not a terminal. {@code --json} output is never
 * coloured: its commands do not ask.
 *
 * <p>picocli's {@link Ansi#AUTO} reads the same variables but takes an empty {@code NO_COLOR} to mean
 * off, so the decision is made here, from the environment and the terminal given, and handed to picocli
 * as {@link Ansi#ON} or {@link Ansi#OFF}. Stateless.
 */
final class Colors {
  /** The values of {@code --color}. */
  enum When {
    AUTO, ALWAYS, NEVER;

    /** Reads {@code --color}'s value, in any case. */
    static final class Converter implements CommandLine.ITypeConverter<When> {
      @Override
      public When convert(String value) {
        for (When when : values()) {
          if (when.name().equalsIgnoreCase(value)) {
            return when;
          }
        }
        throw new CommandLine.TypeConversionException("'" + value + "' is not a colour choice: use auto, always or never");
      }
    }
  }

  private Colors() {}

  /**
   * Whether to colour.
   *
   * @param env the environment, as {@link System#getenv()} gives it
   * @param terminal whether standard output is a terminal
   */
  static boolean enabled(When when, Map<String, String> env, boolean terminal) {
    return switch (when) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> {
        if (!env.getOrDefault("NO_COLOR", "").isEmpty() || "dumb".equals(env.get("TERM"))
            || "0".equals(env.get("CLICOLOR"))) {
          yield false;
        }
        String force = env.getOrDefault("CLICOLOR_FORCE", "");
        yield terminal || !force.isEmpty() && !force.equals("0");
      }
    };
  }

  /** The decision for this process: its environment, and whether its standard output is a terminal. */
  static Ansi ansi(When when) {
    return enabled(when, System.getenv(), stdoutIsTerminal()) ? Ansi.ON : Ansi.OFF;
  }

  /**
   * Whether standard output is a terminal, as picocli tells it: Java 17 gives a console only when both
   * standard input and output are terminals; from Java 22, {@code Console.isTerminal()} says.
   */
  static boolean stdoutIsTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }
}
