package dev.rinse.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

/**
 * Splits a decoded file into its container parts as the target generator reads them, reads the body as
 * Markdown or HTML, and parses its HTML with source positions on. Immutable and thread-safe.
 */
public final class ArticleParser {
  private static final Pattern DOCUMENT_START = Pattern.compile(
      "^\\s*(?:<!--.*?-->\\s*)*<(?:!doctype|html|head|body)[\\s>]",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /** A line that some generator would take for a fence: in data written with plain fences, it would end them. */
  private static final Pattern FENCE_LINE = Pattern.compile("^(?:---|;;;|\\+\\+\\+|\\.\\.\\.[ \\t]*\\r?$)", Pattern.MULTILINE);

  private final Target target;
  private final MarkdownReader markdown;

  /** A parser for the default target (Hexo, bodies read per file). */
  public ArticleParser() {
    this(Target.DEFAULT);
  }

  public ArticleParser(Target target) {
    this.target = Objects.requireNonNull(target, "target");
    this.markdown = new MarkdownReader(target.generator());
  }

  public Target target() {
    return target;
  }

  /**
   * Reads one file.
   *
   * @param name the file's path relative to its input root, used in messages
   * @param text the decoded text
   */
  public Article parse(String name, String text) {
    var settled = Fences.read(text, target.generator());
    if (settled.isPresent()) {
      return parsePost(name, text, settled.get());
    }
    if (isPage(name, text)) {
      return new Article(name, Container.PAGE, null, text, 1, parser().parseInput(text, ""), List.of());
    }
    return body(name, Container.FRAGMENT, null, text, 1, new ArrayList<>());
  }

  /**
   * Where the content of {@code text} starts as {@link #parse} splits it for {@code generator}: after a
   * post's front matter, or 0 when the text has none. Reads the fences only, nothing else.
   */
  public static int contentStart(String text, Generator generator) {
    return Fences.read(text, generator).map(settled -> settled.reading().contentStart()).orElse(0);
  }

  private Article parsePost(String name, String text, Fences.Settled settled) {
    Fences.Reading reading = settled.reading();
    List<String> problems = new ArrayList<>();
    int openingLine = Fences.lineOf(text, reading.dataStart()) - 1;
    int dataLine = Fences.lineOf(text, reading.dataStart());
    String addedFence = "";
    if (reading.cutAtHtml()) {
      addedFence = "---\n";
      problems.add("front matter opened at line " + openingLine + (reading.closed() ? " swallows HTML" : " is never closed")
          + "; taken to end before line " + Fences.lineOf(text, reading.dataEnd()) + ", where the HTML starts (the output adds '---')");
    } else if (!reading.closed()) {
      addedFence = text.endsWith("\n") || text.isEmpty() ? "---\n" : "\n---\n";
      problems.add("front matter opened at line " + openingLine + " is never closed and no HTML follows; "
          + "the file is all front matter (the output adds '---')");
    }
    FrontMatter frontMatter;
    boolean hexo = target.generator() == Generator.HEXO;
    String data = text.substring(reading.dataStart(), reading.dataEnd());
    FrontMatter rewritten = settled.rewrite().isPresent() && !FENCE_LINE.matcher(data).find()
        ? canonical(text, reading, dataLine, hexo) : null;
    if (rewritten != null && !rewritten.original().equals(rewritten.rewrittenFrom().orElse(""))) {
      problems.add("front matter fences rewritten: " + settled.rewrite().get() + "; the output writes plain fences so that both read it alike");
      frontMatter = rewritten;
    } else {
      if (settled.rewrite().isPresent() && rewritten == null) {
        problems.add("front matter fences kept as written although " + settled.rewrite().get()
            + ": a line of its data would end plain fences");
      }
      String block = text.substring(0, reading.contentStart());
      frontMatter = FrontMatter.read(block, reading.format(), reading.dataStart(), reading.dataEnd(), dataLine, addedFence, hexo);
    }
    String body = text.substring(reading.contentStart());
    return body(name, Container.POST, frontMatter, body, Fences.lineOf(text, reading.contentStart()), problems);
  }

  /** The front matter written with plain fences at the file's start, its data as read. */
  private static FrontMatter canonical(String text, Fences.Reading reading, int dataLine, boolean hexo) {
    String data = text.substring(reading.dataStart(), reading.dataEnd());
    String open;
    String close;
    Fences.Format format = reading.format();
    switch (format) {
      case TOML -> {
        open = "+++\n";
        close = "+++\n";
      }
      case JSON -> {
        if (data.startsWith("{")) { // Hugo's own JSON front matter needs no fences
          open = "";
          close = "";
        } else { // Hexo's JSON without braces, ended by ';;;': a YAML flow mapping reads the same
          data = "{" + data + "}";
          format = Fences.Format.YAML;
          open = "---\n";
          close = "---\n";
        }
      }
      default -> {
        open = "---\n";
        close = "---\n";
      }
    }
    String newline = data.endsWith("\n") ? "" : "\n";
    String block = open + data + newline + close;
    String original = text.substring(0, reading.contentStart());
    return FrontMatter.read(block, format, open.length(), open.length() + data.length(), dataLine, "", hexo)
        .rewrittenFrom(original);
  }

  private Article body(String name, Container container, FrontMatter frontMatter, String body, int bodyLine,
      List<String> problems) {
    Article article = read(name, container, frontMatter, body, bodyLine, problems);
    return target.generator() == Generator.NONE ? article : article.keepingExcerptMarkers();
  }

  private Article read(String name, Container container, FrontMatter frontMatter, String body, int bodyLine,
      List<String> problems) {
    if (!readsAsMarkdown(name, body)) {
      return new Article(name, container, frontMatter, body, bodyLine, fragment(body), problems);
    }
    MarkdownBody read = markdown.read(body, bodyLine);
    if (read == null) {
      problems.add("the body's Markdown nests more than " + MarkdownReader.MAX_DEPTH
          + " levels deep, which stops renderers: read and written as HTML");
      return new Article(name, container, frontMatter, body, bodyLine, fragment(body), problems);
    }
    problems.addAll(read.problems());
    Document document = fragment(read.html());
    read.attach(document);
    return new Article(name, container, frontMatter, body, bodyLine, document, problems, read);
  }

  /**
   * Whether a body is read as Markdown: as told, or, by default, unless the file is HTML or its body
   * holds nothing but HTML (as posts made from scraped pages do), so that such bodies are cleaned as HTML.
   */
  private boolean readsAsMarkdown(String name, String body) {
    String lower = name.toLowerCase(Locale.ROOT);
    return switch (target.body()) {
      case MARKDOWN -> true;
      case HTML -> false;
      case AUTO -> !(lower.endsWith(".html") || lower.endsWith(".htm")) && !BodyKinds.isHtml(body);
    };
  }

  private static boolean isPage(String name, String text) {
    String lower = name.toLowerCase(Locale.ROOT);
    boolean htmlFile = lower.endsWith(".html") || lower.endsWith(".htm");
    return htmlFile && DOCUMENT_START.matcher(text).lookingAt();
  }

  private static Document fragment(String html) {
    Document shell = Document.createShell("");
    List<Node> nodes = parser().parseFragmentInput(html, shell.body(), "");
    shell.body().appendChildren(nodes);
    return shell;
  }

  private static Parser parser() {
    return Parser.htmlParser().setTrackPosition(true);
  }
}
