package dev.rinse.article;

import java.util.Locale;

/** How a post's body is read: as Markdown with embedded HTML, as HTML, or decided per file. */
public enum BodyMode {
  /** {@code .html} and {@code .htm} bodies are HTML; a Markdown file's body is HTML when it holds nothing but HTML. */
  AUTO,
  MARKDOWN,
  HTML;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static BodyMode of(String id) {
    for (BodyMode mode : values()) {
      if (mode.id().equals(id)) {
        return mode;
      }
    }
    throw new IllegalArgumentException("unknown body mode '" + id + "': use markdown, html or auto");
  }
}
