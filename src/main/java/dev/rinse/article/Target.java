package dev.rinse.article;

import java.util.List;
import java.util.Objects;

/**
 * What the output is for: the generator that publishes it, how bodies are read, and the front-matter
 * fields its themes print as HTML. Immutable.
 *
 * @param generator the site generator that builds the output
 * @param body how post bodies are read
 * @param htmlFields top-level front-matter fields that themes print as HTML; markup in them is cleaned to text
 */
public record Target(Generator generator, BodyMode body, List<String> htmlFields) {
  /** Hexo, bodies read per file, and the fields themes commonly print as HTML. */
  public static final Target DEFAULT =
      new Target(Generator.HEXO, BodyMode.AUTO, List.of("title", "description", "excerpt", "summary"));

  public Target {
    Objects.requireNonNull(generator, "generator");
    Objects.requireNonNull(body, "body");
    htmlFields = List.copyOf(htmlFields);
  }

  public Target withGenerator(Generator other) {
    return new Target(other, body, htmlFields);
  }

  public Target withBody(BodyMode other) {
    return new Target(generator, other, htmlFields);
  }
}
