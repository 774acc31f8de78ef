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
