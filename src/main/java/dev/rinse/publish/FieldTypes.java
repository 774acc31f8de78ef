package dev.rinse.publish;

import dev.rinse.article.FrontMatter;
import dev.rinse.article.Generator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The front-matter fields a generator reads as values of a kind of its own, where a value of another
 * kind stops the whole site's build or silently drops the post (as the generators were seen to do:
 * Jekyll 4.3, Hugo 0.111, Hexo 8). A post with such a value fails alone, saying which field and what
 * to write. Stateless.
 */
final class FieldTypes {
  /**
   * A date every generator reads: {@code YYYY-MM-DD} (or with {@code /}), then a time ({@code HH:MM},
   * seconds and a fraction optional), then a zone ({@code Z}, {@code +08:00}).
   */
  private static final Pattern DATE = Pattern.compile(
      "(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})(?:(?:[Tt]|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?"
          + "(?:\\s*(?:Z|[-+](\\d{1,2})(?::?(\\d{2}))?))?");
  /**
   * A date as mail and feeds write it, which Ruby parses too: {@code Tue, 28 Dec 2021 03:54:01 GMT},
   * {@code Jan 5, 2020}, {@code 5 January 2020 10:00}.
   */
  private static final Pattern NAMED_MONTH_DATE = Pattern.compile("(?i)(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?"
      + "(?:(\\d{1,2})\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?"
      + "|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?)\\s+\\d{4}"
      + "(?:,?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?(?:\\s*(?:gmt|utc|ut|z|[-+]\\d{2}:?\\d{2}|[a-z]{3,4}))?");
  /** Plain scalars that YAML 1.1 (Jekyll's Psych) reads as no string: null, booleans, numbers. */
  private static final Pattern YAML11_NOT_TEXT = Pattern.compile("(?i)~|null|y|n|yes|no|true|false|on|off"
      + "|[-+]?(?:0|[1-9][0-9_]*|0[0-7_]+|0x[0-9a-f_]+|0b[01_]+|[1-9][0-9_]*(?::[0-5]?[0-9])+)"
      + "|[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*(?:e[-+][0-9]+)?|[-+]?\\.inf|\\.nan");
  /** Plain scalars that YAML 1.2's core schema (Hexo's js-yaml, Hugo's go-yaml) reads as no string. */
  private static final Pattern CORE_NOT_TEXT = Pattern.compile("~|null|Null|NULL|true|True|TRUE|false|False|FALSE"
      + "|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
      + "|[-+]?\\.(?:inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN");
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
  /** Hugo's built-in output formats; a site may define more, which rinse cannot see. */
  private static final Set<String> HUGO_OUTPUTS =
      Set.of("amp", "calendar", "css", "csv", "html", "json", "markdown", "robots", "rss", "sitemap", "webappmanifest");

  private FieldTypes() {}

  /** Throws a {@link PublishException} for the first field whose value would stop the build or drop the post. */
  static void check(Generator generator, FrontMatter frontMatter) {
    switch (generator) {
      case JEKYLL -> jekyll(frontMatter);
      case HUGO -> hugo(frontMatter);
      case HEXO -> hexo(frontMatter);
      default -> { }
    }
  }

  /**
   * Jekyll stops the build on a date Ruby cannot parse (null, a number, words), and on a permalink or
   * slug that is no string; it throws away the whole front matter of a post whose categories are a
   * mapping, a number or a boolean; a blank permalink publishes the post as the site's home page.
   */
  private static void jekyll(FrontMatter frontMatter) {
    for (FrontMatter.Field date : frontMatter.occurrences("date")) {
      String value = date.shape() == FrontMatter.Shape.PLAIN || date.shape() == FrontMatter.Shape.TEXT
          ? date.values().get(0).strip() : "";
      if (!valid(value)) {
        throw refused("jekyll stops the whole site's build on a date it cannot read", date, "is '" + shown(date)
            + "'; write it as YYYY-MM-DD or YYYY-MM-DD HH:MM:SS, with a zone (+08:00) if need be");
      }
    }
    for (String name : List.of("permalink", "slug")) {
      for (FrontMatter.Field field : frontMatter.occurrences(name)) {
        if (!text(field, YAML11_NOT_TEXT) && !isNull(field, YAML11_NOT_TEXT)) {
          throw refused("jekyll stops the whole site's build on a " + name + " that is no string", field,
              "is " + described(field) + "; write it as a quoted string");
        }
      }
    }
    for (FrontMatter.Field field : frontMatter.occurrences("permalink")) {
      String value = text(field, YAML11_NOT_TEXT) ? field.values().get(0).strip() : "/";
      if (value.isEmpty() || value.equals("/") || value.equals("/index.html")) {
        throw refused("jekyll would publish this post as the site's home page", field, "is '" + value + "'; remove it");
      }
    }
    for (String name : List.of("categories", "category")) {
      for (FrontMatter.Field field : frontMatter.occurrences(name)) {
        boolean names = field.shape() == FrontMatter.Shape.LIST || text(field, YAML11_NOT_TEXT) || isNull(field, YAML11_NOT_TEXT);
        if (!names) {
          throw refused("jekyll drops the whole front matter of a post whose " + name + " are not names", field,
              "is " + described(field) + "; write a name or a list of names");
        }
      }
    }
  }

  /**
   * Hugo stops the build on an output format it does not know, on a URL or alias with a scheme, and on
   * build options that are no mapping.
   */
  private static void hugo(FrontMatter frontMatter) {
    for (FrontMatter.Field field : frontMatter.occurrencesInAnyCase("outputs")) {
      boolean names = field.shape() == FrontMatter.Shape.LIST || text(field, CORE_NOT_TEXT);
      for (String format : field.texts()) {
        if (!names || !HUGO_OUTPUTS.contains(format.toLowerCase(Locale.ROOT))) {
          throw refused("hugo stops the whole site's build on an output format it does not know", field, "names '" + format
              + "', which is not one of Hugo's own formats (" + String.join(", ", HUGO_OUTPUTS.stream().sorted().toList()) + ")");
        }
      }
    }
    for (String name : List.of("url", "aliases")) {
      for (FrontMatter.Field field : frontMatter.occurrencesInAnyCase(name)) {
        for (String url : field.texts()) {
          if (SCHEME.matcher(url.strip()).find()) {
            throw refused("hugo stops the whole site's build on a " + name + " with a scheme", field,
                "holds '" + url + "'; write a path on the site (/a/b/)");
          }
        }
      }
    }
    for (FrontMatter.Field field : frontMatter.occurrencesInAnyCase("_build")) {
      if (field.shape() != FrontMatter.Shape.OTHER) {
        throw refused("hugo stops the whole site's build on build options that are no mapping", field,
            "is " + (field.shape() == FrontMatter.Shape.LIST ? "a list" : "'" + shown(field) + "'")
            + "; write a mapping (render: always) or remove it");
      }
    }
  }

  /**
   * Hexo drops a post whose permalink is no string or whose {@code _id} is no CUID, and publishes a
   * {@code content} field in place of the post's body.
   */
  private static void hexo(FrontMatter frontMatter) {
    for (FrontMatter.Field field : frontMatter.occurrences("permalink")) {
      if (!text(field, CORE_NOT_TEXT) && !isNull(field, CORE_NOT_TEXT)) {
        throw refused("hexo drops a post whose permalink is no string", field,
            "is " + described(field) + "; write it as a quoted string");
      }
    }
    for (FrontMatter.Field field : frontMatter.occurrences("_id")) {
      String value = text(field, CORE_NOT_TEXT) ? field.values().get(0) : "";
      if (!value.startsWith("c") || value.length() != 25) {
        throw refused("hexo drops a post whose _id is no CUID of its database", field, "is '" + shown(field) + "'; remove it");
      }
    }
    for (FrontMatter.Field field : frontMatter.occurrences("content")) {
      throw refused("hexo publishes the front matter's content in place of the post's body", field, "is set; remove it");
    }
  }

  /** Whether a date is written in a form Ruby and the other generators read, each part in the range Ruby takes. */
  static boolean valid(String date) {
    Matcher parts = DATE.matcher(date);
    if (parts.matches()) {
      return within(parts.group(3), 1, 12) && within(parts.group(4), 1, 31) && within(parts.group(5), 0, 23)
          && within(parts.group(6), 0, 59) && within(parts.group(7), 0, 60) && within(parts.group(8), 0, 14)
          && within(parts.group(9), 0, 59);
    }
    Matcher named = NAMED_MONTH_DATE.matcher(date);
    return named.matches() && within(named.group(1), 1, 31) && within(named.group(4), 1, 31)
        && within(named.group(5), 0, 23) && within(named.group(6), 0, 59) && within(named.group(7), 0, 60);
  }

  private static boolean within(String number, int least, int most) {
    return number == null || Integer.parseInt(number) >= least && Integer.parseInt(number) <= most;
  }

  /** Whether a value is one string for a reader whose schema reads {@code notText} plain scalars otherwise. */
  private static boolean text(FrontMatter.Field field, Pattern notText) {
    return field.shape() == FrontMatter.Shape.TEXT
        || field.shape() == FrontMatter.Shape.PLAIN && !field.values().get(0).isEmpty()
            && !notText.matcher(field.values().get(0)).matches();
  }

  private static boolean isNull(FrontMatter.Field field, Pattern notText) {
    String value = field.shape() == FrontMatter.Shape.PLAIN ? field.values().get(0) : null;
    return value != null && (value.isEmpty() || value.equals("~") || value.equalsIgnoreCase("null"));
  }

  private static String described(FrontMatter.Field field) {
    return switch (field.shape()) {
      case LIST -> "a list";
      case OTHER -> "a mapping or nested list";
      default -> "'" + shown(field) + "', which reads as no string";
    };
  }

  private static PublishException refused(String why, FrontMatter.Field field, String what) {
    return new PublishException(why + ": the front matter's '" + field.name() + "' (line " + field.where().line() + ") " + what);
  }

  private static String shown(FrontMatter.Field field) {
    return String.join(", ", field.texts());
  }
}
