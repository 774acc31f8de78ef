package dev.rinse.article;

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
  private static final Pattern LEADING_BLANK_LINES = Pattern.compile("(?:[ \\t]*\\r?\\n)*");
  private static final Pattern DOCUMENT_START = Pattern.compile(
      "^\\s*(?:<!--.*?-->\\s*)*<(?:!doctype|html|head|body)[\\s>]",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /**
   * Reads one file.
   *
   * @param name the file's path relative to its input root, used in messages
   * @param text the decoded text
   * @throws ArticleException when the front matter is opened but never closed
   */
  public Article parse(String name, String text) throws ArticleException {
    Matcher blank = LEADING_BLANK_LINES.matcher(text);
    int fenceStart = blank.lookingAt() ? blank.end() : 0;
    Matcher fence = FENCE.matcher(text).region(fenceStart, text.length());
    if (fence.lookingAt()) {
      return parsePost(name, text, fenceStart, fence.end());
    }
    boolean page = isPage(name, text);
    Document document = page ? parser().parseInput(text, "") : fragment(text);
    return new Article(name, page ? Container.PAGE : Container.FRAGMENT, null, text, 1, document);
  }

  private Article parsePost(String name, String text, int fenceStart, int yamlStart)
      throws ArticleException {
    Matcher closing = CLOSING_FENCE.matcher(text).region(yamlStart, text.length());
    int openingLine = lineOf(text, fenceStart);
    if (!closing.find()) {
      throw new ArticleException(new Where(openingLine, 1),
          "front matter opened here is never closed with '---'");
    }
    int bodyStart = closing.end() < text.length() ? closing.end() + 1 : text.length();
    String block = text.substring(0, bodyStart);
    FrontMatter frontMatter =
        FrontMatter.read(block, yamlStart, closing.start(), openingLine + 1);
    String body = text.substring(bodyStart);
    int bodyLine = lineOf(text, bodyStart);
    return new Article(name, Container.POST, frontMatter, body, bodyLine, fragment(body));
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
