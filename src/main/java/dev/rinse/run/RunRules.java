package dev.rinse.run;

import dev.rinse.api.Rinse;
import dev.rinse.rules.RuleFileException;
import java.util.Map;
import java.util.Objects;

/**
 * The {@link Rinse} a run cleans with, described before it is built. Building one (reading, parsing and
 * compiling every rule, list and policy file) is most of the time of a run over a corpus an earlier run
 * cleaned already, which needs none when the rule files are as they were. Either one built already
 * ({@link #of}), which a run always takes as new rules, or a builder built on first use ({@link #lazy}).
 * Thread-safe.
 */
public final class RunRules {
  /** Builds the instance from a builder; the command line's also says what reading the filter lists left out. */
  @FunctionalInterface
  public interface Build {
    Rinse build(Rinse.Builder builder) throws RuleFileException;
  }

  private final Rinse.Builder builder;
  private final Build build;
  private Rinse rinse;

  private RunRules(Rinse rinse, Rinse.Builder builder, Build build) {
    this.rinse = rinse;
    this.builder = builder;
    this.build = build;
  }

  /** Rules built already. */
  public static RunRules of(Rinse rinse) {
    return new RunRules(Objects.requireNonNull(rinse, "rinse"), null, null);
  }

  /**
   * Rules built when first needed, by {@code build}, from what {@code builder} holds now: a copy, so that the
   * key is always that of the rules built.
   */
  public static RunRules lazy(Rinse.Builder builder, Build build) {
    return new RunRules(null, builder.copy(), Objects.requireNonNull(build, "build"));
  }

  /** Rules built when first needed from what {@code builder} holds now. */
  public static RunRules lazy(Rinse.Builder builder) {
    return lazy(builder, Rinse.Builder::build);
  }

  /**
   * What identifies the rules besides their files' contents; null for rules given built, which are never
   * taken for an earlier run's.
   */
  public String key() {
    return builder == null ? null : builder.key();
  }

  /** Documents larger than this many bytes fail without being read, known before the rules are built. */
  public long maxSize() {
    return builder == null ? rinse.maxSize() : builder.maxSize();
  }

  /**
   * The instance, built on the first call.
   *
   * @throws IllegalArgumentException when the rules are invalid, with the {@link RuleFileException}'s
   *     {@code file:line:col: message} as its message and the exception as its cause
   */
  public synchronized Rinse rinse() {
    if (rinse == null) {
      try {
        rinse = build.build(builder);
      } catch (RuleFileException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    }
    return rinse;
  }

  /** The rule files the rules were built from, with their fingerprints; none before they are built. */
  public synchronized Map<String, String> sources() {
    return rinse == null ? Map.of() : rinse.ruleFiles();
  }
}
