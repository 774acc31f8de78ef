package dev.rinse.rules;

import com.google.re2j.Pattern;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;

/** What a rule looks for. A closed set: the rule file keys {@code select}, {@code comment}, ... */
public sealed interface Matcher {

  /**
   * Elements matching a jsoup CSS query, e.g. {@code span[id^=stock_] > a.keyword}.
   *
   * @param tags element names of which at least one must be in a document for the query to match
   *     there (the leading name of each alternative), or empty when that cannot be told
   * @param subjects the names the selected elements carry, or null when that cannot be told
   * @param keys for each alternative, the classes and ids ({@link CssQuery#keys}) a document must hold for it
   *     to match there; null when some alternative needs none
   */
  record Css(String query, Evaluator evaluator, java.util.Set<String> tags, CssQuery.Subjects subjects,
      java.util.List<java.util.Set<String>> keys) implements Matcher {
    public Css(String query, Evaluator evaluator) {
      this(query, evaluator, CssQuery.leadingTags(query), CssQuery.subjects(query), CssQuery.keys(query));
    }

    public Css {
      tags = java.util.Set.copyOf(tags);
      keys = keys == null ? null : java.util.List.copyOf(keys);
    }

    /** Every match under {@code root}, by a walk of the whole tree. */
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

  /** Every URL of URL attributes and Markdown destinations, given to {@code rewriter}: a filter list's link rules. */
  record Links(UrlRewriter rewriter) implements Matcher {}

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
