package dev.rinse.publish;

import dev.rinse.article.ExcerptMarker;
import dev.rinse.article.FrontMatter;
import dev.rinse.article.Generator;
import dev.rinse.article.MarkdownBody;
import dev.rinse.article.Target;
import dev.rinse.article.Where;
import dev.rinse.changelog.Change;
import dev.rinse.changelog.Cited;
import dev.rinse.changelog.ChangeKind;
import dev.rinse.changelog.ChangeRecorder;
import dev.rinse.policy.PolicyStage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

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

  private final Target target;
  private final List<String> protocols;
  /** The elements the policy keeps: code that must be written as HTML uses {@code code} and {@code pre} only if kept. */
  private final List<String> elements;
  private final FrontMatterGuard frontMatters;

  /**
   * @param protocols the URL schemes the policy allows, which Markdown that some renderer reads as a link must keep to
   * @param elements the elements the policy keeps
   */
  public Publisher(Target target, List<String> protocols, List<String> elements) {
    this.target = Objects.requireNonNull(target, "target");
    this.protocols = List.copyOf(protocols);
    this.elements = List.copyOf(elements);
    this.frontMatters = new FrontMatterGuard(target);
  }

  /** A body's output text, and where an offset of it stands in the input file. */
  public record Body(String text, IntFunction<Where> places) {}

  /**
   * The output of an HTML body. A generator renders a Markdown file's body as Markdown and runs its
   * template engine over it: the HTML is then written so that neither acts on it. A Markdown renderer
   * leaves HTML alone only in an HTML block: marked and Goldmark read one from a block-level tag to the
   * next blank line (and none is left), kramdown only to that tag's end, and reads the lines after it as
   * Markdown. So the body is wrapped in a {@code div} when it does not start with a block-level tag, and
   * always for Jekyll unless one {@code div} holds it all already.
   *
   * @param markdownRendered whether the generator renders the file as Markdown (a {@code .md} file)
   * @param marker the private-use character of the excerpt markers' tokens in the markup, 0 if none stand there
   */
  public String htmlBody(CharSequence markup, boolean markdownRendered, char marker, ChangeRecorder recorder) {
    String readable = markup.toString().strip();
    String body = marker == 0 ? readable : ExcerptMarker.restore(readable, marker);
    if (target.generator() == Generator.NONE) {
      return body;
    }
    hugoSafe(body);
    if (!markdownRendered) {
      return Inert.templates(body);
    }
    String inert = Inert.html(body);
    boolean wrap = !inert.isEmpty()
        && (target.generator() == Generator.JEKYLL ? !Inert.oneDiv(inert) : !Inert.startsAsBlock(inert));
    if (!wrap) {
      return inert;
    }
    recorder.record(new Change.Escape(MARKUP_RULE, new Where(1, 1), "html body", Cited.NOTHING, "", "<div>"));
    return "<div>\n" + inert + "\n</div>";
  }

  /**
   * The output of a Markdown body: its Markdown as written (less edits), its HTML as written or as sanitized.
   *
   * @param frontMatter the post's front matter, which may name where its excerpt ends; null if none
   */
  public Body markdownBody(MarkdownBody markdown, PolicyStage.AsRead asRead, CharSequence markup, FrontMatter frontMatter,
      ChangeRecorder recorder) {
    for (MarkdownBody.Tail tail : markdown.tails()) {
      recorder.record(new Change.Escape(MARKUP_RULE, markdown.where(tail.start()), "markdown html",
          Cited.of(tail.text()), "", org.jsoup.nodes.Entities.escape(tail.text())));
    }
    MarkdownOutput.Written written = MarkdownOutput.write(markdown, asRead, markup, target.generator() != Generator.NONE);
    for (MarkdownOutput.Rewrite rewrite : written.rewrites()) {
      recorder.record(new Change.HtmlRewrite(MARKUP_RULE, markdown.where(rewrite.start()), "markdown html",
          Cited.of(rewrite.raw()), rewrite.written()));
    }
    for (MarkdownOutput.Unindent unindent : written.unindents()) {
      recorder.record(new Change.Escape(MARKUP_RULE, markdown.where(unindent.start()), "markdown text",
          Cited.of(unindent.removed()), "", ""));
    }
    IntFunction<Where> places = offset -> markdown.where(written.places().bodyOffset(offset));
    List<SyntaxGuard.Escape> escapes =
        SyntaxGuard.escapes(written.text(), target.generator(), protocols, written.places()::inMarkdown, cut(frontMatter),
            elements::contains);
    for (SyntaxGuard.Escape escape : escapes) {
      recorder.record(new Change.Escape(escape.template() ? TEMPLATE_RULE : MARKUP_RULE, places.apply(escape.start()),
          "markdown " + escape.where(), Cited.of(written.text().substring(escape.start(), escape.end())), escape.text(),
          escape.after()));
    }
    return new Body(hugoSafe(SyntaxGuard.apply(written.text(), escapes)), places);
  }

  /**
   * Hugo marks the summary divider with the text {@code HUGOMORE42} while it renders, and cuts the post
   * at the first such text it finds: a post that holds it is published cut apart, the cut falling where
   * the text stands (in an attribute, say). No form of it escapes Hugo's search but one that changes the
   * text, so such a post fails.
   */
  private String hugoSafe(String body) {
    if (target.generator() == Generator.HUGO && body.contains("HUGOMORE42")) {
      throw new PublishException("hugo cuts a post at the text HUGOMORE42, its own summary marker, wherever it stands: "
          + "this post holds it; remove it");
    }
    return body;
  }

  /**
   * Where the generator cuts the post's text for an excerpt before rendering it: Hugo at each summary
   * divider, Jekyll at the first of the post's own separator or of a blank line (the default; a site's
   * configuration may name another). Hexo cuts the rendered HTML, where code is text.
   */
  private SyntaxGuard.Cut cut(FrontMatter frontMatter) {
    return switch (target.generator()) {
      case HUGO -> SyntaxGuard.Cut.HUGO_SUMMARY;
      case JEKYLL -> Optional.ofNullable(frontMatter).flatMap(f -> f.field("excerpt_separator"))
          .filter(field -> field.values().size() == 1 && !field.values().get(0).isEmpty())
          .map(field -> new SyntaxGuard.Cut(field.values().get(0), true))
          .orElse(SyntaxGuard.Cut.JEKYLL_DEFAULT);
      default -> null;
    };
  }

  /**
   * The front matter as published: data the generator can read, template code in the body switched off
   * where the generator has a switch for it, the renderer that reads the body as rinse did, fields that
   * themes print as HTML cleaned to text. Returns the block to write; a post that cannot be published
   * safely is a {@link PublishException}.
   *
   * @param body the body's output, where template code is looked for
   * @param markdownBody whether the body was read as Markdown
   */
  public String frontMatter(FrontMatter frontMatter, Body body, boolean markdownBody, ChangeRecorder recorder) {
    return frontMatters.publish(frontMatter, body, markdownBody, recorder);
  }

  /** The front matter a Markdown file without one needs so that its generator publishes it safely, or "". */
  public String frontMatterFor(Body body, ChangeRecorder recorder) {
    return frontMatters.forFragment(body, recorder);
  }

  /** A whole page as written: its head's items, like its body, hold no template syntax as written. */
  public String page(String page) {
    return target.generator() == Generator.NONE ? page : Inert.templates(page);
  }
}
