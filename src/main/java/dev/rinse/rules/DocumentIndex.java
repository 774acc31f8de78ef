package dev.rinse.rules;

import com.google.re2j.Pattern;
import dev.rinse.article.VisibleText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * One walk over a document as read: its elements in document order, which carry each element name and
 * each attribute name, and its comments. Rules only take nodes and attributes away (unwrapping keeps
 * the order of what stays), so the index stays a superset of the document in the same order: lookups
 * hand back what is still attached. Not thread-safe.
 */
final class DocumentIndex {
  private final Document document;
  private final List<Element> elements = new ArrayList<>();
  private final Map<String, Ordinals> byTag = new HashMap<>();
  private final Map<String, Ordinals> byAttribute = new HashMap<>();
  private final List<Comment> comments = new ArrayList<>();
  /** What {@link #elementsAsRead} found, by the names asked for. */
  private final Map<List<List<String>>, int[]> found = new HashMap<>();
  /** The elements as read by their classes ({@code .name}) and ids ({@code #name}), lower-cased; made on first use. */
  private Map<String, Ordinals> byKey;
  private int visibleText;

  DocumentIndex(Document document) {
    this.document = document;
    Element body = document.body();
    NodeTraversor.traverse(new NodeVisitor() {
      private boolean inBody;

      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element element) {
          inBody |= element == body;
          int ordinal = elements.size();
          elements.add(element);
          byTag.computeIfAbsent(element.normalName(), k -> new Ordinals()).add(ordinal);
          if (element.attributesSize() > 0) {
            element.attributes().forEach(a -> byAttribute.computeIfAbsent(a.getKey(), k -> new Ordinals()).add(ordinal));
          }
        } else if (node instanceof Comment comment) {
          comments.add(comment);
        } else if (node instanceof TextNode text && inBody) {
          visibleText += VisibleText.count(text.getWholeText());
        }
      }

      @Override
      public void tail(Node node, int depth) {
        inBody &= node != body;
      }
    }, document);
  }

  /** Characters of text in the body as read, white space aside. */
  int visibleText() {
    return visibleText;
  }

  boolean hasTag(String name) {
    return byTag.containsKey(name);
  }

  /** Whether an element as read had this class ({@code .name}) or id ({@code #name}), in any case. */
  boolean hasKey(String key) {
    return keys().contains(key);
  }

  /** The classes and ids of the elements as read, as {@link CssQuery#keys} writes them. */
  Set<String> keys() {
    if (byKey == null) {
      byKey = new HashMap<>();
      addKeys(byAttribute.get("class"), '.');
      addKeys(byAttribute.get("id"), '#');
    }
    return byKey.keySet();
  }

  /** The elements as read that had one of these classes or ids, removed ones too, in document order. */
  List<Element> elementsAsReadWithKeys(Set<String> wanted) {
    keys();
    Ordinals all = new Ordinals();
    wanted.forEach(key -> all.addAll(byKey.get(key)));
    List<Element> asRead = new ArrayList<>();
    for (int ordinal : all.sortedDistinct()) {
      asRead.add(elements.get(ordinal));
    }
    return asRead;
  }

  private void addKeys(Ordinals carriers, char kind) {
    if (carriers == null) {
      return;
    }
    String attribute = kind == '.' ? "class" : "id";
    for (int i = 0; i < carriers.size; i++) {
      String value = elements.get(carriers.values[i]).attr(attribute);
      int start = -1;
      for (int at = 0; at <= value.length(); at++) {
        boolean space = at == value.length() || Character.isWhitespace(value.charAt(at));
        if (!space && start < 0) {
          start = at;
        } else if (space && start >= 0) {
          byKey.computeIfAbsent(kind + value.substring(start, at).toLowerCase(java.util.Locale.ROOT), k -> new Ordinals())
              .add(carriers.values[i]);
          start = -1;
        }
      }
    }
  }

  Set<String> attributesMatching(Pattern names) {
    com.google.re2j.Matcher name = names.matcher("");
    return byAttribute.keySet().stream().filter(a -> name.reset(a).matches()).collect(Collectors.toSet());
  }

  /** The attached elements that had one of the names or one of the attributes, in document order. */
  List<Element> elements(Collection<String> tags, Collection<String> attributes) {
    List<Element> asRead = elementsAsRead(tags, attributes);
    List<Element> attached = new ArrayList<>(asRead.size());
    for (Element element : asRead) {
      if (element.ownerDocument() == document) {
        attached.add(element);
      }
    }
    return attached;
  }

  /**
   * The elements that had one of the names or one of the attributes when the document was read, removed
   * ones too, in document order. Asked for by rule after rule with the same names, so each answer is kept.
   */
  List<Element> elementsAsRead(Collection<String> tags, Collection<String> attributes) {
    int[] ordinals = found.computeIfAbsent(List.of(List.copyOf(tags), List.copyOf(attributes)), key -> {
      Ordinals all = new Ordinals();
      tags.forEach(tag -> all.addAll(byTag.get(tag)));
      attributes.forEach(attribute -> all.addAll(byAttribute.get(attribute)));
      return all.sortedDistinct();
    });
    List<Element> asRead = new ArrayList<>(ordinals.length);
    for (int ordinal : ordinals) {
      asRead.add(elements.get(ordinal));
    }
    return asRead;
  }

  List<Comment> comments() {
    List<Comment> attached = new ArrayList<>(comments.size());
    for (Comment comment : comments) {
      if (comment.ownerDocument() == document) {
        attached.add(comment);
      }
    }
    return attached;
  }

  /** A growable list of element ordinals, without boxing. */
  private static final class Ordinals {
    private int[] values = new int[4];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    void addAll(Ordinals other) {
      if (other != null) {
        for (int i = 0; i < other.size; i++) {
          add(other.values[i]);
        }
      }
    }

    int[] sortedDistinct() {
      return Arrays.stream(values, 0, size).sorted().distinct().toArray();
    }
  }
}
