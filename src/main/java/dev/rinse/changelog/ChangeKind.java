package dev.rinse.changelog;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a change did; serialized with the names rule files and change logs use. */
public enum ChangeKind {
  REMOVE("remove"),
  UNWRAP("unwrap"),
  STRIP_ATTRIBUTE("strip-attribute"),
  STRIP_URL_PARAMS("strip-url-params"),
  REPLACE_TEXT("replace-text"),
  CLEAR_FRONT_MATTER_FIELD("clear-front-matter-field"),
  /** A front-matter field set to a new value, or added. */
  SET_FRONT_MATTER_FIELD("set-front-matter-field"),
  /** The front matter's fences written plainly, so that the generator reads them as rinse did. */
  REWRITE_FENCES("rewrite-fences"),
  /** Characters written in a form that shows the same text and that no renderer or template engine acts on. */
  ESCAPE("escape"),
  /** Raw HTML in Markdown written anew, as the sanitizer wrote it, since something in it changed. */
  REWRITE_HTML("rewrite-html"),
  /** An attribute written anew in place of one as written: a lazy-loaded image's data-src moved into src. */
  REWRITE_ATTRIBUTE("rewrite-attribute"),
  FLAG("flag");

  private final String id;

  ChangeKind(String id) {
    this.id = id;
  }

  @JsonValue
  public String id() {
    return id;
  }
}
