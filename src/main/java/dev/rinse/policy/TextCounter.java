package dev.rinse.policy;

import java.util.List;
import org.owasp.html.HtmlStreamEventReceiver;

/** Passes events on and counts the text that gets through, so the feeder can tell when text is dropped. */
final class TextCounter implements HtmlStreamEventReceiver {
  private final HtmlStreamEventReceiver next;
  private long emitted;

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
    next.openTag(elementName, attrs);
  }

  @Override
  public void closeTag(String elementName) {
    next.closeTag(elementName);
  }

  @Override
  public void text(String text) {
    emitted += text.length();
    next.text(text);
  }
}
