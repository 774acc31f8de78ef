package dev.rinse.publish;

import dev.rinse.article.FrontMatter;
import dev.rinse.article.Generator;
import dev.rinse.article.MarkdownBody;
import dev.rinse.article.Target;
import dev.rinse.article.Where;
import dev.rinse.changelog.Change;
import dev.rinse.changelog.ChangeKind;
import dev.rinse.changelog.ChangeRecorder;
import dev.rinse.normalize.Entities;
import dev.rinse.policy.PolicyStage;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Writes a cleaned article so that its generator publishes it as rinse cleaned it: a body whose HTML no
 * Markdown renderer or template engine acts on, template code switched off where the generator has a
 * switch for it and escaped where it has not, and front-matter fields that themes print as HTML cleaned
 * to text. Every rewrite is a change or a warning. Immutable and thread-safe.
 */
public final class Publisher {
  public static final String TEMPLATE_RULE = "publish.template";
  public static final String MARKUP_RULE = "publish.markup";
  public static final String FRONT_MATTER_RULE = "publish.front-matter";
  private static final Pattern MARKUP = Pattern.compile("<[A-Za-z!/?]|&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9a-fA-F]+);");

  private final Target target;
  private final List<String> protocols;

  /** @param protocols the URL schemes the policy allows, which Markdown that some renderer reads as a link must keep to */
  public Publisher(Target target, List<String> protocols) {
    this.target = Objects.requireNonNull(target, "target");
    this.protocols = List.copyOf(protocols);
  }

  /** A body's output text, and where an offset of it stands in the input file. */
  public record Body(String text, IntFunction<Where> places) {}

  /**
   * The output of an HTML body. A generator renders a Markdown file's body as Markdown and runs its
   * template engine over it: the HTML is then written so that neither acts on it.
   *
   * @param markdownRendered whether the generator renders the file as Markdown (a {@code .md} file)
   */
  public String htmlBody(CharSequence markup, boolean markdownRendered) {
    String body = Entities.readable(markup).strip();
    if (target.generator() == Generator.NONE) {
      return body;
    }
    return markdownRendered ? Inert.html(body) : Inert.templates(body);
  }

  /** The output of a Markdown body: its Markdown as written (less edits), its HTML as written or as sanitized. */
  public Body markdownBody(MarkdownBody markdown, PolicyStage.AsRead asRead, CharSequence markup, ChangeRecorder recorder) {
    for (MarkdownBody.Tail tail : markdown.tails()) {
      Where where = markdown.where(tail.start());
      recorder.record(new Change(MARKUP_RULE, ChangeKind.ESCAPE, where.line(), where.column(), "markdown html",
          tail.text(), "", org.jsoup.nodes.Entities.escape(tail.text())));
    }
    MarkdownOutput.Written written = MarkdownOutput.write(markdown, asRead, markup, target.generator() != Generator.NONE);
    IntFunction<Where> places = offset -> markdown.where(written.places().bodyOffset(offset));
    List<SyntaxGuard.Escape> escapes =
        SyntaxGuard.escapes(written.text(), target.generator(), protocols, written.places()::inMarkdown);
    for (SyntaxGuard.Escape escape : escapes) {
      Where where = places.apply(escape.start());
      recorder.record(new Change(escape.template() ? TEMPLATE_RULE : MARKUP_RULE, ChangeKind.ESCAPE, where.line(),
          where.column(), "markdown " + escape.where(),
          written.text().substring(escape.start(), escape.end()), "", escape.after()));
    }
    return new Body(SyntaxGuard.apply(written.text(), escapes), places);
  }

  /**
   * The front matter as published: template code in the body switched off where the generator has a
   * switch for it, fields that themes print as HTML cleaned to text. Returns the block to write.
   *
   * @param body the body's output, where template code is looked for
   */
  public String frontMatter(FrontMatter frontMatter, Body body, ChangeRecorder recorder) {
    cleanFields(frontMatter, recorder);
    switchTemplatesOff(frontMatter, body, recorder);
    return frontMatter.render();
  }

  /**
   * The block a Markdown file without front matter needs: Hexo and Jekyll run their template engines
   * over such a post too, and only front matter can switch them off. Empty when none is needed.
   */
  public String frontMatterFor(Body body, ChangeRecorder recorder) {
    Switch templates = Switch.of(target.generator());
    int at = templates == null ? -1 : templates.firstOpener(body.text());
    if (at < 0) {
      return ""; // nothing to switch off, or (Hugo) no switch
    }
    String line = templates.field() + ": " + templates.value();
    recorder.record(new Change(TEMPLATE_RULE, ChangeKind.SET_FRONT_MATTER_FIELD, 1, 1, templates.field(), "", "",
        line));
    recorder.warn(templates.warning(body.places().apply(at), body.text(), at) + "; front matter added for it");
    return "---\n" + line + "\n---\n";
  }

  private void switchTemplatesOff(FrontMatter frontMatter, Body body, ChangeRecorder recorder) {
    Switch templates = Switch.of(target.generator());
    int at = templates == null ? -1 : templates.firstOpener(body.text());
    if (at < 0) {
      return;
    }
    var field = frontMatter.field(templates.field());
    if (field.isPresent() && field.get().values().equals(List.of(templates.value()))) {
      return; // switched off already
    }
    if (!frontMatter.set(templates.field(), templates.value())) {
      throw new PublishException(templates.warning(body.places().apply(at), body.text(), at)
          + ", but the front matter cannot be edited to switch it off (" + frontMatter.problem().orElse("TOML") + ")");
    }
    Where where = field.map(FrontMatter.Field::where).orElse(frontMatter.end());
    String before = field.map(f -> f.written(frontMatter.original())).orElse("");
    recorder.record(new Change(TEMPLATE_RULE, ChangeKind.SET_FRONT_MATTER_FIELD, where.line(), where.column(),
        templates.field(), before, "", templates.value()));
    recorder.warn(templates.warning(body.places().apply(at), body.text(), at));
  }

  private void cleanFields(FrontMatter frontMatter, ChangeRecorder recorder) {
    for (String name : target.htmlFields()) {
      var field = frontMatter.field(name);
      if (field.isEmpty() || field.get().values().size() != 1) {
        continue;
      }
      String value = field.get().values().get(0);
      Where where = field.get().where();
      if (MARKUP.matcher(value).find()) {
        String text = Jsoup.parseBodyFragment(value).body().text();
        String written = frontMatter.quoted(text);
        if (frontMatter.set(name, written)) {
          recorder.record(new Change(FRONT_MATTER_RULE, ChangeKind.SET_FRONT_MATTER_FIELD, where.line(), where.column(),
              name, field.get().written(frontMatter.original()), "", written));
          recorder.warn("line " + where.line() + ": front-matter field '" + name + "' holds markup, which themes print as HTML; cleaned to its text");
        } else {
          recorder.warn("line " + where.line() + ": front-matter field '" + name + "' holds markup, which themes print as HTML; "
              + "this front matter cannot be rewritten: clean it by hand");
        }
      } else if (target.generator().templateOpeners().stream().anyMatch(value::contains)) {
        recorder.warn("line " + where.line() + ": front-matter field '" + name + "' holds template syntax; "
            + target.generator().id() + " prints field values as text and runs none of it, so it is kept");
      }
    }
  }

  /** A front-matter field that switches a generator's template engine off for one post. */
  private record Switch(String field, String value, List<String> openers, String engine) {
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
        pattern.append("\\\\?").append(java.util.regex.Pattern.quote(String.valueOf(c)));
      }
      java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(pattern.toString()).matcher(text);
      return matcher.find() ? matcher.start() : -1;
    }

    String warning(Where where, String text, int at) {
      String shown = text.substring(at, Math.min(text.length(), at + 24)).replaceAll("\\s+", " ");
      return "line " + where.line() + ", column " + where.column() + ": '" + shown + "' would run as " + engine
          + " template code; " + field + ": " + value + " in the front matter switches " + engine + " off for this post";
    }
  }
}
