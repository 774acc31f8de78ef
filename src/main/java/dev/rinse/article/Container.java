package dev.rinse.article;

/** The shape of an input file, which its cleaned output keeps. */
public enum Container {
  /** YAML front matter between {@code ---} lines, then an HTML body fragment. */
  POST,
  /** A whole HTML document: doctype, head and body. */
  PAGE,
  /** A piece of HTML without head or body, cleaned and written as a piece. */
  FRAGMENT
}
