package dev.rinse.article;

import java.util.List;
import java.util.Locale;

/**
 * The static site generator that publishes the output. It decides how a post's front matter fences are
 * read, which template syntax would run at build time, and so how the output must be written for it.
 */
public enum Generator {
  /** Hexo: YAML between {@code ---}, or JSON ended by {@code ;;;}; Nunjucks over the rendered post. */
  HEXO(List.of("{{", "{%", "{#")),
  /** Jekyll: YAML between {@code ---} at the very start; Liquid over the post before Markdown. */
  JEKYLL(List.of("{{", "{%")),
  /** Hugo: YAML, TOML ({@code +++}) or JSON front matter; shortcodes run anywhere in the content. */
  HUGO(List.of("{{<", "{{%")),
  /** No generator: posts are read with rinse's own fence rules and no template syntax is guarded. */
  NONE(List.of());

  private final List<String> templateOpeners;

  Generator(List<String> templateOpeners) {
    this.templateOpeners = templateOpeners;
  }

  /** The character sequences that start template code for this generator's template engine. */
  public List<String> templateOpeners() {
    return templateOpeners;
  }

  /** The name used on the command line and in summaries: {@code hexo}, {@code jekyll}, ... */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The generator named {@code id}; an IllegalArgumentException lists the names when there is none. */
  public static Generator of(String id) {
    for (Generator generator : values()) {
      if (generator.id().equals(id)) {
        return generator;
      }
    }
    throw new IllegalArgumentException("unknown generator '" + id + "': use hexo, jekyll, hugo or none");
  }
}
