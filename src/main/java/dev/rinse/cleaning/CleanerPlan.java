package dev.rinse.cleaning;

import dev.rinse.article.Target;
import dev.rinse.rules.Profile;
import dev.rinse.rules.RuleFileException;
import dev.rinse.rules.RuleSources;
import java.util.Map;
import java.util.Objects;

/**
 * The cleaner of a run, described before it is built. Building one (reading, parsing and compiling every
 * rule and policy file) is most of the time of a run over a corpus an earlier run cleaned already, which
 * needs no cleaner when the rule files are as they were. A plan is either a cleaner built already
 * ({@link #of}), which a run always takes as new rules, or options and a way to build the profile that
 * records the files it reads ({@link #lazy}), built on first use. Thread-safe.
 */
public final class CleanerPlan {
  /** Builds a profile, recording in {@code sources} every rule and policy file it reads. */
  @FunctionalInterface
  public interface ProfileBuild {
    Profile build(RuleSources sources) throws RuleFileException;
  }

  private final String options;
  private final TextLossGuard guard;
  private final Target target;
  private final ProfileBuild build;
  private Cleaner cleaner;
  private Map<String, String> sources = Map.of();

  private CleanerPlan(Cleaner cleaner, String options, TextLossGuard guard, Target target, ProfileBuild build) {
    this.cleaner = cleaner;
    this.options = options;
    this.guard = guard;
    this.target = target;
    this.build = build;
  }

  /** A cleaner built already. */
  public static CleanerPlan of(Cleaner cleaner) {
    Objects.requireNonNull(cleaner, "cleaner");
    return new CleanerPlan(cleaner, null, cleaner.guard(), cleaner.target(), null);
  }

  /**
   * A cleaner built when first needed.
   *
   * @param options everything that shapes the profile besides the files it reads (extra pack paths, rules
   *     switched off, a policy named for the run), in a stable text form
   */
  public static CleanerPlan lazy(String options, TextLossGuard guard, Target target, ProfileBuild build) {
    return new CleanerPlan(null, Objects.requireNonNull(options, "options"), Objects.requireNonNull(guard, "guard"),
        Objects.requireNonNull(target, "target"), Objects.requireNonNull(build, "build"));
  }

  /**
   * What identifies the cleaner besides its rule files; null for a cleaner given built, which is never
   * taken for an earlier run's.
   */
  public String key() {
    // spelled out: a record's toString is bootstrapped on first use, which costs more than the rest of the key
    return options == null ? null : options + "|guard=" + guard.maxShare() + "," + guard.longParagraph()
        + "|target=" + target.generator().id() + "," + target.body().id() + "," + target.htmlFields();
  }

  /**
   * The cleaner, built on the first call.
   *
   * @throws IllegalArgumentException when the rules are invalid, with the {@link RuleFileException}'s
   *     {@code file:line:col: message} as its message and the exception as its cause
   */
  public synchronized Cleaner cleaner() {
    if (cleaner == null) {
      RuleSources read = new RuleSources();
      try {
        cleaner = new Cleaner(build.build(read), guard, target);
      } catch (RuleFileException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
      sources = read.fingerprints();
    }
    return cleaner;
  }

  /** The rule files the cleaner was built from, with their fingerprints; none before it is built. */
  public synchronized Map<String, String> sources() {
    return sources;
  }
}
