package dev.rinse.rules;

import com.google.re2j.Pattern;
import dev.rinse.article.Article;
import dev.rinse.article.FrontMatter;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which documents a pack applies to: any one of its conditions holding is enough; within a condition,
 * every part must hold. No conditions means every document. Immutable.
 */
public record Scope(List<Condition> anyOf) {
  public static final Scope EVERYWHERE = new Scope(List.of());

  public Scope {
    anyOf = List.copyOf(anyOf);
  }

  /**
   * One condition.
   *
   * @param frontMatter field name to a pattern the whole value (or any item of a list) must match
   * @param host a host name; the document's source host must be it or one of its subdomains
   * @param pathGlob a glob the path relative to the input root must match, e.g. {@code news/**}
   */
  public record Condition(Map<String, Pattern> frontMatter, Optional<String> host,
      Optional<String> pathGlob) {
    public Condition {
      frontMatter = Map.copyOf(frontMatter);
      pathGlob.ifPresent(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob));
    }

    boolean holds(Article article, Optional<String> sourceHost) {
      for (Map.Entry<String, Pattern> wanted : frontMatter.entrySet()) {
        Optional<FrontMatter.Field> field =
            article.frontMatter().flatMap(block -> block.field(wanted.getKey()));
        if (field.isEmpty()
            || field.get().values().stream().noneMatch(v -> wanted.getValue().matcher(v).matches())) {
          return false;
        }
      }
      if (host.isPresent() && !sourceHost.map(h -> Hosts.within(h, host.get())).orElse(false)) {
        return false;
      }
      if (pathGlob.isPresent()) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pathGlob.get());
        return matcher.matches(Path.of(article.name()));
      }
      return true;
    }
  }

  /** A text that is equal for equal scopes, whatever order maps iterate in. */
  public String canonical() {
    StringBuilder out = new StringBuilder();
    for (Condition condition : anyOf) {
      out.append('{');
      new java.util.TreeMap<>(condition.frontMatter()).forEach((k, v) -> out.append(k).append('=').append(v.pattern()).append(';'));
      condition.host().ifPresent(h -> out.append("host=").append(h).append(';'));
      condition.pathGlob().ifPresent(g -> out.append("path=").append(g).append(';'));
      out.append('}');
    }
    return out.toString();
  }

  public boolean covers(Article article, Optional<String> sourceHost) {
    return anyOf.isEmpty() || anyOf.stream().anyMatch(c -> c.holds(article, sourceHost));
  }
}
