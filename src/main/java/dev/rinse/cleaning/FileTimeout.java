package dev.rinse.cleaning;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long one file's cleaning may take, {@link Duration#ZERO} for no limit. The work runs on a thread
 * of its own; when the limit passes the thread is interrupted and abandoned (a daemon, so it never
 * holds up the end of the run): jsoup's parser and the regex engines do not check interrupts, so
 * waiting for it to stop could take as long as the work itself. Rule regexes run on RE2/J, in time
 * linear in the text; the rule stage checks for the interrupt between rules. Immutable and thread-safe.
 */
public record FileTimeout(Duration limit) {
  public static final FileTimeout NONE = new FileTimeout(Duration.ZERO);
  public static final FileTimeout DEFAULT = new FileTimeout(Duration.ofSeconds(60));
  private static final Pattern FORM = Pattern.compile("(\\d{1,9})(ms|s|m|h)?");

  public FileTimeout {
    if (limit == null || limit.isNegative()) {
      throw new IllegalArgumentException("a file timeout must be zero (none) or more, got " + limit);
    }
  }

  /** Reads {@code 60s}, {@code 2m}, {@code 500ms}, {@code 1h}, or {@code 0} for none; a bare number is seconds. */
  public static FileTimeout parse(String text) {
    Matcher m = FORM.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a duration such as 60s, 2m or 500ms (0 for none)");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    return new FileTimeout(switch (unit) {
      case "ms" -> Duration.ofMillis(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofSeconds(n);
    });
  }

  /** Runs the work within the limit; throws {@link Exceeded} when it takes longer. */
  public <T> T run(Supplier<T> work) {
    if (limit.isZero()) {
      return work.get();
    }
    FutureTask<T> task = new FutureTask<>(work::get);
    Thread thread = new Thread(task, "rinse-file");
    thread.setDaemon(true);
    thread.start();
    try {
      return task.get(limit.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      task.cancel(true); // the rule stage stops at its next rule; a parse runs on to its end, abandoned
      throw new Exceeded(this);
    } catch (InterruptedException e) {
      task.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while a file was cleaned", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error; // out of memory, stack overflow: the caller tells the user as if it ran here
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The limit as it is written on the command line: {@code 60s}, {@code 2m}, {@code 500ms}, {@code 0}. */
  @Override
  public String toString() {
    long millis = limit.toMillis();
    if (millis == 0) {
      return "0";
    }
    if (millis % 1000 != 0) {
      return millis + "ms";
    }
    long seconds = millis / 1000;
    if (seconds >= 7200 && seconds % 3600 == 0) {
      return seconds / 3600 + "h";
    }
    // 60s stays 60s, as its default is written; from two minutes on, whole minutes
    return seconds >= 120 && seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
  }

  /** A file's cleaning took longer than the limit. */
  public static final class Exceeded extends RuntimeException {
    Exceeded(FileTimeout timeout) {
      super("cleaning took longer than " + timeout + "; the file is left out, its output not written");
    }
  }
}
