package dev.rinse.policy;

import java.util.List;
import org.owasp.html.HtmlStreamEventReceiver;

/** Passes events on and counts the text that gets through, so the feeder can tell when text is dropped. */
final class TextCounter implements HtmlStreamEventReceiver {
  private final HtmlStreamEventReceiver next;
  private long emitted;
  private boolean separate;
  private boolean endsInSpace;

  TextCounter(HtmlStreamEventReceiver next) {
    this.next = next;
  }

  long emitted() {
    return emitted;
  }

  @Override
  public void openDocument() {
    next.openDocument();
  }

  @Override
  public void closeDocument() {
    next.closeDocument();
  }

  @Override
  public void openTag(String elementName, List<String> attrs) {
    separated();
    endsInSpace = false;
    next.openTag(elementName, attrs);
  }

  @Override
  public void closeTag(String elementName) {
    separated();
    endsInSpace = false;
    next.closeTag(elementName);
  }

  /**
   * A line break where the policy dropped a block-level element, so that the texts on either side stay
   * apart ("Price" and "Tea" from two table cells). Written before whatever comes next, unless white
   * space stands there already; white space, so not counted as text that got through.
   */
  void separate() {
    separate = !endsInSpace;
  }

  private void separated() {
    if (separate) {
      separate = false;
      next.text("\n");
    }
  }

  @Override
  public void text(String text) {
    if (text.isEmpty()) {
      return;
    }
    if (Character.isWhitespace(text.charAt(0))) {
      separate = false;
    }
    separated();
    emitted += text.length();
    endsInSpace = Character.isWhitespace(text.charAt(text.length() - 1));
    next.text(text);
  }
}
