package dev.rinse.rules;

import java.util.Optional;
import java.util.regex.Pattern;
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
   */
  record Css(String query, Evaluator evaluator, java.util.Set<String> tags) implements Matcher {
    public Css(String query, Evaluator evaluator) {
      this(query, evaluator, leadingTags(query));
    }

    public Css {
      tags = java.util.Set.copyOf(tags);
    }

    public Elements in(Element root) {
      return root.select(evaluator);
    }

    /** The leading element name of each comma-separated alternative; empty if one has none. */
    static java.util.Set<String> leadingTags(String query) {
      java.util.Set<String> tags = new java.util.HashSet<>();
      int depth = 0;
      int start = 0;
      char quote = 0;
      for (int i = 0; i <= query.length(); i++) {
        char c = i < query.length() ? query.charAt(i) : ',';
        if (c == '\\') {
          i++; // an escaped character never opens, closes or separates
        } else if (quote != 0) {
          quote = c == quote ? 0 : quote;
        } else if (c == '\'' || c == '"') {
          quote = c;
        } else if (c == '(' || c == '[') {
          depth++;
        } else if (c == ')' || c == ']') {
          depth--;
        } else if (c == ',' && depth == 0) {
          java.util.regex.Matcher tag = LEADING_TAG.matcher(query.substring(start, i).strip());
          if (!tag.lookingAt()) {
            return java.util.Set.of();
          }
          tags.add(tag.group().toLowerCase(java.util.Locale.ROOT));
          start = i + 1;
        }
      }
      return depth == 0 && quote == 0 ? tags : java.util.Set.of();
    }

    private static final java.util.regex.Pattern LEADING_TAG =
        java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9-]*(?![A-Za-z0-9-])(?!\\|)");
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
