package dev.rinse.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

/**
 * Splits a decoded file into its container parts and parses the body with source positions on.
 * Stateless and thread-safe.
 */
public final class ArticleParser {
  private static final Pattern FENCE = Pattern.compile("---[ \\t]*\\r?(?:\\n|$)");
  private static final Pattern CLOSING_FENCE =
      Pattern.compile("^(?:---|\\.\\.\\.)[ \\t]*\\r?$", Pattern.MULTILINE);
  private static final Pattern HTML_LINE = Pattern.compile("^[ \\t]*<[A-Za-z!/]", Pattern.MULTILINE);
  private static final Pattern LEADING_BLANK_LINES = Pattern.compile("(?:[ \\t]*\\r?\\n)*");
  private static final Pattern DOCUMENT_START = Pattern.compile(
      "^\\s*(?:<!--.*?-->\\s*)*<(?:!doctype|html|head|body)[\\s>]",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /**
   * Reads one file.
   *
   * @param name the file's path relative to its input root, used in messages
   * @param text the decoded text
   */
  public Article parse(String name, String text) {
    Matcher blank = LEADING_BLANK_LINES.matcher(text);
    int fenceStart = blank.lookingAt() ? blank.end() : 0;
    Matcher fence = FENCE.matcher(text).region(fenceStart, text.length());
    if (fence.lookingAt()) {
      return parsePost(name, text, fenceStart, fence.end());
    }
    boolean page = isPage(name, text);
    Document document = page ? parser().parseInput(text, "") : fragment(text);
    return new Article(name, page ? Container.PAGE : Container.FRAGMENT, null, text, 1, document, List.of());
  }

  private Article parsePost(String name, String text, int fenceStart, int yamlStart) {
    int openingLine = lineOf(text, fenceStart);
    Matcher closing = CLOSING_FENCE.matcher(text).region(yamlStart, text.length());
    boolean closed = closing.find();
    int yamlEnd = closed ? closing.start() : text.length();
    Matcher html = HTML_LINE.matcher(text).region(yamlStart, yamlEnd);
    List<String> problems = new ArrayList<>();
    int bodyStart;
    String addedFence = "";
    if (html.find()) {
      // HTML inside the block: the fence is missing or far below; the front matter must not swallow the body.
      yamlEnd = html.start();
      bodyStart = html.start();
      addedFence = "---\n";
      problems.add("front matter opened at line " + openingLine + (closed ? " swallows HTML" : " is never closed")
          + "; taken to end before line " + lineOf(text, html.start()) + ", where the HTML starts (the output adds '---')");
    } else if (!closed) {
      bodyStart = text.length();
      addedFence = text.endsWith("\n") || text.isEmpty() ? "---\n" : "\n---\n";
      problems.add("front matter opened at line " + openingLine + " is never closed and no HTML follows; "
          + "the file is all front matter (the output adds '---')");
    } else {
      bodyStart = closing.end() < text.length() ? closing.end() + 1 : text.length();
    }
    String block = text.substring(0, bodyStart);
    FrontMatter frontMatter = FrontMatter.read(block, yamlStart, yamlEnd, openingLine + 1, addedFence);
    String body = text.substring(bodyStart);
    int bodyLine = lineOf(text, bodyStart);
    return new Article(name, Container.POST, frontMatter, body, bodyLine, fragment(body), problems);
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

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
