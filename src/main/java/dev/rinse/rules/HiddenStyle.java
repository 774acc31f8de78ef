package dev.rinse.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.htmlunit.cssparser.dom.CSSValueImpl;
import org.htmlunit.cssparser.dom.Property;
import org.htmlunit.cssparser.parser.CSSErrorHandler;
import org.htmlunit.cssparser.parser.CSSOMParser;
import org.htmlunit.cssparser.parser.CSSParseException;
import org.htmlunit.cssparser.parser.LexicalUnit;
import org.jsoup.nodes.Element;
import org.jsoup.select.CombiningEvaluator;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The selector extension {@code :hidden-style}: elements whose inline {@code style} hides them from
 * readers ({@code display: none}, {@code visibility: hidden | collapse}, {@code content-visibility:
 * hidden}). The declarations are read by a CSS parser, as a browser reads them, so comments
 * ({@code display:/**}{@code /none}), escapes ({@code \6e one}) and case hide nothing from it; of two
 * declarations of a property the later wins unless only the earlier is {@code !important}.
 * Thread-safe; it remembers the answers for a few thousand short style texts.
 */
final class HiddenStyle extends Evaluator {
  static final String PSEUDO_CLASS = ":hidden-style";

  /** Per property, the keywords that hide the element. */
  private static final Map<String, Set<String>> HIDING = Map.of(
      "display", Set.of("none"),
      "visibility", Set.of("hidden", "collapse"),
      "content-visibility", Set.of("hidden"));

  /**
   * The answers for short declaration lists read lately: a page repeats its styles (a third as many
   * distinct ones as style attributes in the Readability pages). The answer is the text's alone.
   */
  private static final Map<String, Boolean> MEMO = new ConcurrentHashMap<>();
  private static final int MEMO_LIMIT = 4096;
  private static final int MEMO_LONGEST = 256;

  private static final CSSErrorHandler SILENT = new CSSErrorHandler() {
    @Override
    public void warning(CSSParseException e) {}

    @Override
    public void error(CSSParseException e) {}

    @Override
    public void fatalError(CSSParseException e) {}
  };

  /**
   * A jsoup evaluator for a query in which an alternative may end in {@code :hidden-style}; a query
   * without it is jsoup's own.
   *
   * @throws IllegalArgumentException when the query is not valid, or has the pseudo-class elsewhere
   */
  static Evaluator parse(String query) {
    if (!query.contains(PSEUDO_CLASS)) {
      return QueryParser.parse(query);
    }
    List<String> alternatives = CssQuery.alternatives(query);
    if (alternatives == null) {
      throw new IllegalArgumentException("unbalanced brackets or quotes");
    }
    List<Evaluator> any = new ArrayList<>();
    for (String alternative : alternatives) {
      int at = alternative.indexOf(PSEUDO_CLASS);
      if (at >= 0 && at != alternative.length() - PSEUDO_CLASS.length()) {
        throw new IllegalArgumentException(PSEUDO_CLASS + " may only end a selector, as in [style]" + PSEUDO_CLASS);
      }
      if (at < 0) {
        any.add(QueryParser.parse(alternative));
        continue;
      }
      String rest = alternative.substring(0, alternative.length() - PSEUDO_CLASS.length());
      if (rest.isEmpty() || " >+~,".indexOf(rest.charAt(rest.length() - 1)) >= 0) {
        rest += "*";
      }
      any.add(new CombiningEvaluator.And(List.of(QueryParser.parse(rest), new HiddenStyle())));
    }
    return any.size() == 1 ? any.get(0) : new CombiningEvaluator.Or(any);
  }

  @Override
  public boolean matches(Element root, Element element) {
    String style = element.attr("style");
    return !style.isBlank() && hides(style);
  }

  /** Whether a declaration list, as in a {@code style} attribute, hides its element. */
  static boolean hides(String declarations) {
    if (!mayName(declarations)) {
      return false;
    }
    if (declarations.length() > MEMO_LONGEST) {
      return parsedHides(declarations);
    }
    Boolean known = MEMO.get(declarations);
    if (known == null) {
      if (MEMO.size() >= MEMO_LIMIT) {
        MEMO.clear();
      }
      known = parsedHides(declarations);
      MEMO.put(declarations, known);
    }
    return known;
  }

  private static boolean parsedHides(String declarations) {
    Map<String, Property> winners = new HashMap<>();
    for (Property property : read(declarations)) {
      String name = property.getName().toLowerCase(Locale.ROOT);
      Property before = winners.get(name);
      if (HIDING.containsKey(name) && property.getValue() != null
          && (before == null || property.isImportant() || !before.isImportant())) {
        winners.put(name, property);
      }
    }
    return winners.entrySet().stream()
        .anyMatch(winner -> HIDING.get(winner.getKey()).contains(keyword(winner.getValue().getValue())));
  }

  /**
   * Whether the text may name a hiding property, so that it is worth parsing (a parse took a tenth of
   * a clean). A property name is written out unless it holds an escape; every hiding one ends in
   * {@code display} or {@code visibility}, in any case, which lowering each character as the names
   * are lowered keeps.
   */
  private static boolean mayName(String declarations) {
    if (declarations.indexOf('\\') >= 0) {
      return true;
    }
    String lower = declarations.toLowerCase(Locale.ROOT);
    return lower.contains("display") || lower.contains("visibility");
  }

  private static List<Property> read(String declarations) {
    CSSOMParser parser = new CSSOMParser();
    parser.setErrorHandler(SILENT);
    try {
      return parser.parseStyleDeclaration(declarations).getProperties();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // read from a String: cannot happen
    }
  }

  /** A value's keyword in lower case, or "" when it is not a single keyword. */
  private static String keyword(CSSValueImpl value) {
    return value.getLexicalUnitType() == LexicalUnit.LexicalUnitType.IDENT
        ? value.getCssText().toLowerCase(Locale.ROOT) : "";
  }

  @Override
  protected int cost() {
    return 10; // parses CSS: test it after cheaper parts of a compound
  }

  @Override
  public String toString() {
    return PSEUDO_CLASS;
  }
}
