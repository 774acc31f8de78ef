package dev.rinse.normalize;

import dev.rinse.article.Article;
import dev.rinse.article.Where;
import dev.rinse.changelog.Change;
import dev.rinse.changelog.Cited;
import dev.rinse.changelog.ChangeKind;
import dev.rinse.changelog.ChangeRecorder;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Gives lazy-loaded images their real source: for each {@code <img>} and {@code <source>} whose
 * {@code src} (or {@code srcset}) is missing, empty or a placeholder, the first usable URL a loader
 * kept in a {@code data-*} attribute ({@link LazySources}: the known loaders' attributes, then any other
 * named {@code data-*src}) is moved into it, and an image left without
 * a {@code src} gets the largest candidate of its {@code srcset}. The policy drops {@code data-*}
 * attributes and {@code data:} URLs, so without this step such an image would end with no source.
 *
 * <p>It runs before the rules, which then judge the image a reader sees (a beacon behind
 * {@code data-src} is still a beacon). Each change is recorded under {@value #RULE}: a replaced
 * placeholder as {@code strip-attribute}, a move as {@code rewrite-attribute}, with the attribute as
 * written and as it stands now. A moved attribute keeps its place in the source, so a later stage that
 * drops it cites the bytes it came from. Immutable and thread-safe.
 */
public final class LazyImages {
  public static final String RULE = "normalize.lazy-image";

  /** Normalizes every image of the article's body, in document order. */
  public void normalize(Article article, ChangeRecorder recorder) {
    for (Element element : article.document().body().select("img, source")) {
      normalize(article, element, recorder);
    }
  }

  private static void normalize(Article article, Element element, ChangeRecorder recorder) {
    Optional<Attribute> src = LazySources.wantsSrc(value(element, "src"))
        ? first(element, LazySources.SRC, LazySources::usable).or(() -> otherSrc(element)) : Optional.empty();
    Optional<Attribute> srcset = LazySources.wantsSrcset(value(element, "srcset"))
        ? first(element, LazySources.SRCSET, LazySources::usableSrcset) : Optional.empty();
    String srcsetNow = srcset.map(Attribute::getValue).orElse(value(element, "srcset"));
    // the largest usable candidate: the policy takes the others (a javascript: URL) out of the srcset
    Optional<String> largest = element.nameIs("img") && src.isEmpty() && srcsetNow != null
        && LazySources.wantsSrc(value(element, "src"))
        ? new Srcset(Srcset.parse(srcsetNow).candidates().stream().filter(c -> LazySources.usable(c.url())).toList())
            .largest().map(Srcset.Candidate::url)
        : Optional.empty();
    if (src.isEmpty() && srcset.isEmpty() && largest.isEmpty()) {
      return;
    }
    Changes changes = new Changes(article, element, recorder);
    if (src.isPresent() || largest.isPresent()) {
      changes.removePlaceholder("src");
    }
    src.ifPresent(attribute -> changes.move(attribute, "src", ""));
    String srcAdded = largest.map(url -> " " + new Attribute("src", url).html()).orElse("");
    if (srcset.isPresent()) {
      changes.removePlaceholder("srcset");
      changes.move(srcset.get(), "srcset", srcAdded);
    } else if (largest.isPresent()) {
      changes.rewrite(element.attribute("srcset"), srcAdded);
    }
    largest.ifPresent(url -> element.attr("src", url));
  }

  /** An attribute's value, or null when the element has none. */
  private static String value(Element element, String name) {
    return element.hasAttr(name) ? element.attr(name) : null;
  }

  private static Optional<Attribute> first(Element element, List<String> names, Predicate<String> usable) {
    for (String name : names) {
      Attribute attribute = element.attribute(name);
      if (attribute != null && usable.test(attribute.getValue())) {
        return Optional.of(attribute);
      }
    }
    return Optional.empty();
  }

  /** The first attribute in the order written that is named as sources are and holds a usable URL. */
  private static Optional<Attribute> otherSrc(Element element) {
    for (Attribute attribute : element.attributes()) {
      if (LazySources.isOtherSrc(attribute.getKey()) && LazySources.usable(attribute.getValue())) {
        return Optional.of(element.attribute(attribute.getKey()));
      }
    }
    return Optional.empty();
  }

  /** The changes made to one element, each recorded as it is made. */
  private record Changes(Article article, Element element, ChangeRecorder recorder) {

    /** Removes what stands in an attribute that is about to be given a real source. */
    void removePlaceholder(String name) {
      Attribute placeholder = element.attribute(name);
      if (placeholder != null) {
        recorder.record(new Change.AttributeStrip(RULE, article.where(element, name), article.pathOf(element),
            Cited.of(article.source(element, placeholder))));
        element.removeAttr(name);
      }
    }

    /** Renames a loader's attribute to {@code target}, its value stripped of surrounding white space. */
    void move(Attribute lazy, String target, String added) {
      String url = lazy.getValue().strip();
      rewritten(lazy, new Attribute(target, url).html() + added);
      lazy.setKey(target); // keeps the attribute's place in the source
      element.attr(target, url);
    }

    /** Records an attribute that stays as it is, with what is added beside it. */
    void rewrite(Attribute kept, String added) {
      rewritten(kept, kept.html() + added);
    }

    private void rewritten(Attribute attribute, String after) {
      recorder.record(new Change.AttributeRewrite(RULE, article.where(element, attribute.getKey()),
          article.pathOf(element), Cited.of(article.source(element, attribute)), after));
    }
  }
}
