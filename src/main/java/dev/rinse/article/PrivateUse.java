package dev.rinse.article;

/** Private-use characters that mark places in a text which the text itself cannot hold. Stateless. */
final class PrivateUse {
  private PrivateUse() {}

  /** A private-use character the text does not hold. */
  static char unused(String text) {
    for (char c = '\uE000'; c < '\uF8FF'; c++) {
      if (text.indexOf(c) < 0) {
        return c;
      }
    }
    throw new IllegalStateException("the text holds every private-use character");
  }
}
