package dev.rinse.publish;

import dev.rinse.article.FrontMatter;
import dev.rinse.article.Generator;
import dev.rinse.article.Target;
import dev.rinse.article.Where;
import dev.rinse.changelog.Change;
import dev.rinse.changelog.Cited;
import dev.rinse.changelog.ChangeKind;
import dev.rinse.changelog.ChangeRecorder;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Front matter as the generator will use it: data it can read (one post it cannot read stops Hugo's and
 * Jekyll's whole build), the template engine switched off where the body holds template syntax, the
 * renderer that reads the body as rinse read it, and the fields themes print as HTML cleaned to text.
 * A post whose front matter cannot be made so fails alone, with the reason. Immutable and thread-safe.
 */
final class FrontMatterGuard {
  private static final Pattern MARKUP = Pattern.compile("<[A-Za-z!/?]|&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9a-fA-F]+);");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t]]|[\\p{Cf}&&[\\uFFF0-\\uFFFF\\uFEFF]]");
  /** A plain value that Jekyll's safe YAML loader (Psych) reads as a Ruby symbol and refuses. */
  private static final Pattern SYMBOL = Pattern.compile("(?m)^\\s*(?:- +|[^\\s:#][^:]*: +):[^\\s:]");
  private static final Set<String> MARKDOWN_ENGINES = Set.of("md", "markdown", "mkd", "mkdn", "mdwn", "mdtxt", "mdtext", "goldmark");
  private static final Set<String> HTML_ENGINES = Set.of("html", "htm");

  private final Target target;

  FrontMatterGuard(Target target) {
    this.target = target;
  }

  /**
   * The block to write for a post.
   *
   * @param markdownBody whether the body was read as Markdown (else as HTML)
   */
  String publish(FrontMatter frontMatter, Publisher.Body body, boolean markdownBody, ChangeRecorder recorder) {
    Generator generator = target.generator();
    if (generator == Generator.HUGO && frontMatter.problem().isPresent()) {
      throw new PublishException("hugo stops the whole site's build on front matter it cannot read: " + frontMatter.problem().get());
    }
    if (generator == Generator.JEKYLL && frontMatter.problem().filter(p -> p.contains("not a mapping")).isPresent()) {
      throw new PublishException("jekyll cannot read this post: its front matter is not a mapping of fields");
    }
    if (generator == Generator.HEXO && frontMatter.problem().isPresent() && !frontMatter.problem().get().contains("not a mapping")) {
      throw new PublishException("hexo drops a post whose front matter it cannot read: " + frontMatter.problem().get());
    }
    if (generator == Generator.HEXO && !frontMatter.duplicateNames().isEmpty()) {
      throw new PublishException("hexo refuses front matter that writes a field twice (" + String.join(", ", frontMatter.duplicateNames())
          + "): it would not publish this post; write each field once");
    }
    FieldTypes.check(generator, frontMatter);
    renderer(frontMatter, markdownBody, recorder);
    cleanFields(frontMatter, recorder);
    switchTemplatesOff(frontMatter, body, recorder);
    return frontMatter.render();
  }

  /**
   * The block a Markdown file without front matter needs, or "": Hexo and Jekyll run their template
   * engines over such a post too, and only front matter switches them off; Hugo takes a file that
   * starts with {@code -}, {@code +}, <code>{</code>, {@code #+} or {@code <} for front matter or for an
   * HTML document, and stops the whole build.
   */
  String forFragment(Publisher.Body body, ChangeRecorder recorder) {
    Switch templates = Switch.of(target.generator());
    if (templates == null) {
      String start = body.text().stripLeading();
      boolean misread = target.generator() == Generator.HUGO && !start.isEmpty()
          && ("-+{<".indexOf(start.charAt(0)) >= 0 || start.startsWith("#+"));
      if (!misread) {
        return "";
      }
      recorder.record(new Change.FenceRewrite(Publisher.FRONT_MATTER_RULE, Cited.NOTHING, "---\n---\n"));
      recorder.warn("hugo reads a file that starts with '" + start.charAt(0) + "' as front matter or as an HTML document "
          + "and stops the whole build: an empty front matter is added");
      return "---\n---\n";
    }
    int at = templates.firstOpener(body.text());
    if (at < 0) {
      return "";
    }
    String line = templates.field() + ": " + templates.value();
    recorder.record(new Change.FieldSet(Publisher.TEMPLATE_RULE, new Where(1, 1), templates.field(), Cited.NOTHING, line));
    recorder.warn(templates.warning(body.places().apply(at), body.text(), at) + "; front matter added for it");
    return "---\n" + line + "\n---\n";
  }

  /**
   * Hexo's {@code engine} and Hugo's {@code markup} choose the renderer for one post: a template engine
   * there would run the body's text, HTML would take Markdown's code for markup. The body is rendered as
   * it was read.
   */
  private void renderer(FrontMatter frontMatter, boolean markdownBody, ChangeRecorder recorder) {
    String name = switch (target.generator()) {
      case HEXO -> "engine";
      case HUGO -> "markup";
      default -> null;
    };
    if (name == null) {
      return;
    }
    for (FrontMatter.Field field : frontMatter.occurrences(name)) {
      String value = field.values().isEmpty() ? "" : field.values().get(0).trim().toLowerCase(Locale.ROOT);
      if (MARKDOWN_ENGINES.contains(value) || !markdownBody && HTML_ENGINES.contains(value)) {
        continue;
      }
      if (!frontMatter.set(name, "markdown")) {
        throw new PublishException("front-matter field '" + name + "' at line " + field.where().line() + " renders this post with '"
            + value + "', and the front matter cannot be edited to render it as read (" + frontMatter.problem().orElse("TOML") + ")");
      }
      recorder.record(new Change.FieldSet(Publisher.FRONT_MATTER_RULE, field.where(), name,
          Cited.of(field.written(frontMatter.original())), "markdown"));
      recorder.warn("line " + field.where().line() + ": '" + name + ": " + value + "' would render this post otherwise than as "
          + (markdownBody ? "Markdown" : "HTML") + " (a template engine runs its text); set to markdown");
      return;
    }
  }

  private void switchTemplatesOff(FrontMatter frontMatter, Publisher.Body body, ChangeRecorder recorder) {
    Switch templates = Switch.of(target.generator());
    int at = templates == null ? -1 : templates.firstOpener(body.text());
    if (at < 0) {
      return;
    }
    List<FrontMatter.Field> occurrences = frontMatter.occurrences(templates.field());
    boolean off = !occurrences.isEmpty()
        && occurrences.stream().allMatch(f -> f.written(frontMatter.original()).equals(templates.value()));
    if (off && frontMatter.editable()) {
      return; // switched off already, as a plain boolean every reader takes
    }
    String why = templates.warning(body.places().apply(at), body.text(), at);
    if (target.generator() == Generator.JEKYLL && SYMBOL.matcher(frontMatter.original()).find()) {
      throw new PublishException(why + ", but Jekyll's YAML reader refuses this front matter (a value starting with ':'), "
          + "so no switch in it would count");
    }
    if (!frontMatter.set(templates.field(), templates.value())) {
      throw new PublishException(why + ", but the front matter cannot be edited to switch it off ("
          + frontMatter.problem().orElse("it has a merge key or is TOML") + ")");
    }
    FrontMatter.Field first = occurrences.isEmpty() ? null : occurrences.get(0);
    Where where = first == null ? frontMatter.end() : first.where();
    String before = first == null ? "" : first.written(frontMatter.original());
    recorder.record(new Change.FieldSet(Publisher.TEMPLATE_RULE, where, templates.field(), Cited.of(before),
        templates.value()));
    recorder.warn(why);
  }

  /**
   * Every occurrence of each field themes print as HTML (Jekyll prints the last of several, Hugo reads
   * names in any case), whatever its shape: a scalar, a list (Liquid prints its items), anything else
   * (printed as its text). One that holds markup is written as its text, a list as a list of texts.
   */
  private void cleanFields(FrontMatter frontMatter, ChangeRecorder recorder) {
    for (String name : target.htmlFields()) {
      List<FrontMatter.Field> occurrences = target.generator() == Generator.HUGO
          ? frontMatter.occurrencesInAnyCase(name) : frontMatter.occurrences(name);
      for (FrontMatter.Field field : occurrences) {
        cleanField(frontMatter, field, recorder);
      }
    }
  }

  private void cleanField(FrontMatter frontMatter, FrontMatter.Field field, ChangeRecorder recorder) {
    String name = field.name();
    Where where = field.where();
    if (field.texts().stream().noneMatch(text -> MARKUP.matcher(text).find())) {
      if (field.texts().stream().anyMatch(text -> target.generator().templateOpeners().stream().anyMatch(text::contains))) {
        recorder.warn("line " + where.line() + ": front-matter field '" + name + "' holds template syntax; "
            + target.generator().id() + " prints field values as text and runs none of it, so it is kept");
      }
      return;
    }
    String written = field.written(frontMatter.original());
    String anchor = written.startsWith("&") && written.indexOf(' ') > 0 ? written.substring(0, written.indexOf(' ') + 1) : "";
    String cleaned = anchor + switch (field.shape()) {
      case PLAIN, TEXT -> frontMatter.quoted(text(field.texts().get(0)));
      case LIST -> "[" + String.join(", ", field.texts().stream().map(t -> frontMatter.quoted(text(t))).toList()) + "]";
      case OTHER -> frontMatter.quoted(text(String.join(" ", field.texts())));
    };
    if (frontMatter.replace(field, cleaned)) {
      recorder.record(new Change.FieldSet(Publisher.FRONT_MATTER_RULE, where, name, Cited.of(written), cleaned));
      recorder.warn("line " + where.line() + ": front-matter field '" + name + "' holds markup, which themes print as HTML; cleaned to its text");
    } else {
      throw new PublishException("front-matter field '" + name + "' (line " + where.line() + ") holds markup, which themes "
          + "print as HTML, and " + (field.start() < 0 && frontMatter.editable() ? "it comes from a merge key ('<<')"
          : "this front matter cannot be rewritten (" + frontMatter.problem().orElse("TOML, or a merge key") + ")")
          + ": clean it by hand");
    }
  }

  /** Markup's text, without the control characters a YAML scalar cannot hold. */
  private static String text(String markup) {
    return CONTROL.matcher(Jsoup.parseBodyFragment(markup).body().text()).replaceAll("");
  }

  /** A front-matter field that switches a generator's template engine off for one post. */
  record Switch(String field, String value, List<String> openers, String engine) {
    static Switch of(Generator generator) {
      return switch (generator) {
        case HEXO -> new Switch("disableNunjucks", "true", generator.templateOpeners(), "Nunjucks");
        case JEKYLL -> new Switch("render_with_liquid", "false", generator.templateOpeners(), "Liquid");
        default -> null;
      };
    }

    /**
     * Where the first opener stands, or -1. Hexo runs Nunjucks over the rendered post, so a Markdown
     * escape ({@code {\%}) that the renderer turns back into an opener counts as one.
     */
    int firstOpener(String text) {
      int first = -1;
      for (String opener : openers) {
        int at = text.indexOf(opener);
        if (engine.equals("Nunjucks") && text.indexOf('\\') >= 0) {
          int escaped = escapedOpener(text, opener);
          at = at < 0 ? escaped : escaped < 0 ? at : Math.min(at, escaped);
        }
        if (at >= 0 && (first < 0 || at < first)) {
          first = at;
        }
      }
      return first;
    }

    /** Where an opener written with backslash escapes ({@code \{\{}, {@code {\%}) starts, or -1. */
    private static int escapedOpener(String text, String opener) {
      StringBuilder pattern = new StringBuilder();
      for (char c : opener.toCharArray()) {
        pattern.append("\\\\?").append(Pattern.quote(String.valueOf(c)));
      }
      java.util.regex.Matcher matcher = Pattern.compile(pattern.toString()).matcher(text);
      return matcher.find() ? matcher.start() : -1;
    }

    String warning(Where where, String text, int at) {
      String shown = text.substring(at, Math.min(text.length(), at + 24)).replaceAll("\\s+", " ");
      return "line " + where.line() + ", column " + where.column() + ": '" + shown + "' would run as " + engine
          + " template code; " + field + ": " + value + " in the front matter switches " + engine + " off for this post";
    }
  }
}
