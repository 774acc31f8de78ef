package dev.rinse.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;

/**
 * The comment that ends a post's excerpt: {@code <!-- more -->} for Hexo (a space inside either end or
 * not, any case), {@code <!--more-->} for Hugo. Cleaning keeps it where it stands: through the rules and
 * the sanitizer it travels as a token of private-use characters the body does not hold, and is written
 * back as it was. Stateless.
 */
public final class ExcerptMarker {
  private static final Pattern DATA = Pattern.compile("(?i) ?more ?");

  private ExcerptMarker() {}

  /** Whether a comment is an excerpt marker. */
  public static boolean is(Comment comment) {
    return DATA.matcher(comment.getData()).matches();
  }

  /** The token a marker travels as: {@code marker ~ data ~}. */
  public static String token(char marker, Comment comment) {
    return marker + "~" + comment.getData() + "~";
  }

  /** The text with each token written back as the comment it stands for. */
  public static String restore(String text, char marker) {
    if (text.indexOf(marker) < 0) {
      return text;
    }
    Matcher token = Pattern.compile(Pattern.quote(String.valueOf(marker)) + "~((?i) ?more ?)~").matcher(text);
    return token.replaceAll(found -> Matcher.quoteReplacement("<!--" + found.group(1) + "-->"));
  }
}
