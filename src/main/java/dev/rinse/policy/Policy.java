package dev.rinse.policy;

import java.util.Objects;

/**
 * A policy as a run uses it. Immutable.
 *
 * @param name a built-in policy's name, or the file it was read from
 * @param spec what it allows, with whatever it extends resolved
 * @param fingerprint identifies {@code spec}: equal fingerprints, equal behaviour
 */
public record Policy(String name, PolicySpec spec, String fingerprint) {
  public Policy {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }
}
