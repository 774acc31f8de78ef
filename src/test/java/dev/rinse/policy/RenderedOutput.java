package dev.rinse.policy;

import java.util.List;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * What a reader's browser gets from an output file: an HTML file as it is; a Markdown file's body
 * rendered by a CommonMark renderer that passes raw HTML and every URL through untouched, as the
 * generators' renderers do (the real renderers are run by the publishing tests). Bare URLs stay text:
 * the renderers link only http, https, ftp and www ones.
 */
public final class RenderedOutput {
  private static final List<org.commonmark.Extension> EXTENSIONS =
      List.of(TablesExtension.create(), StrikethroughExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();

  private RenderedOutput() {}

  public static String html(String fileName, String output) {
    if (!fileName.endsWith(".md")) {
      return output;
    }
    String body = output;
    if (body.startsWith("---\n")) {
      int close = body.indexOf("\n---\n", 3);
      body = close < 0 ? body : body.substring(close + 5);
    }
    return RENDERER.render(PARSER.parse(body));
  }
}
