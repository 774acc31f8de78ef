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
  private final FrontMatterGuard frontMatters;

  /** @param protocols the URL schemes the policy allows, which Markdown that some renderer reads as a link must keep to */
  public Publisher(Target target, List<String> protocols) {
    this.target = Objects.requireNonNull(target, "target");
    this.protocols = List.copyOf(protocols);
    this.frontMatters = new FrontMatterGuard(target);
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
