package dev.rinse.rules;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;

/** What a rule looks for. A closed set: the rule file keys {@code select}, {@code comment}, ... */
public sealed interface Matcher {

  /** Elements matching a jsoup CSS query, e.g. {@code span[id^=stock_] > a.keyword}. */
  record Css(String query, Evaluator evaluator) implements Matcher {
    public Elements in(Element root) {
      return root.select(evaluator);
    }
  }

  /** Comments whose text contains a match of {@code pattern}. */
  record Comments(Pattern pattern) implements Matcher {}

  /** Attributes whose whole name matches {@code pattern}, on every element or the selected ones. */
  record AttributeNames(Pattern pattern, Optional<Css> within) implements Matcher {}

  /** URL query parameters whose whole name matches {@code pattern}, in URL attributes. */
  record UrlParams(Pattern pattern, Optional<Css> within) implements Matcher {}

  /** Text matching {@code pattern} in the body's text nodes, or in the selected elements'. */
  record Text(Pattern pattern, Optional<Css> within) implements Matcher {}

  /** Front-matter fields whose whole name matches {@code pattern}. */
  record Fields(Pattern pattern) implements Matcher {}

  /** An article whose visible text, white space aside, is shorter than {@code characters}. */
  record ShorterThan(int characters) implements Matcher {
    public ShorterThan {
      if (characters < 1) {
        throw new IllegalArgumentException("text-shorter-than must be at least 1");
      }
    }
  }
}
