package dev.rinse.policy;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a policy as a policy file that lists everything it allows, with nothing extended: what
 * {@code rinse policy show} prints, and what a policy's fingerprint is taken of. Stateless.
 */
public final class PolicyYaml {
  private static final Pattern PLAIN = Pattern.compile("[a-z0-9][a-z0-9_-]*");

  private PolicyYaml() {}

  public static String write(PolicySpec spec) {
    StringBuilder out = new StringBuilder();
    out.append(wrapped("elements: " + list(spec.elements()))).append('\n');
    out.append("attributes:\n");
    for (Map.Entry<String, List<String>> entry : spec.attributes().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      out.append("  ").append(value(entry.getKey())).append(": ").append(list(entry.getValue())).append('\n');
    }
    out.append("protocols: ").append(list(spec.protocols())).append('\n');
    out.append("head:\n");
    out.append("  meta-names: ").append(list(spec.metaNames())).append('\n');
    out.append("  meta-properties: ").append(list(spec.metaProperties())).append('\n');
    out.append("  link-rels: ").append(list(spec.linkRels())).append('\n');
    out.append("keep-empty: ").append(list(spec.keepEmpty())).append('\n');
    return out.toString();
  }

  /** A long line broken after commas, the lines after the first indented: still one YAML flow list. */
  private static String wrapped(String line) {
    StringBuilder out = new StringBuilder();
    int lineStart = 0;
    for (String part : line.split("(?<=, )")) {
      if (out.length() - lineStart + part.length() > 100) {
        out.setLength(out.length() - 1); // the space after the comma
        out.append("\n  ");
        lineStart = out.length() - 2;
      }
      out.append(part);
    }
    return out.toString();
  }

  private static String list(List<String> values) {
    return values.stream().map(PolicyYaml::value).reduce((a, b) -> a + ", " + b).map(s -> "[" + s + "]").orElse("[]");
  }

  private static String value(String text) {
    return PLAIN.matcher(text).matches() ? text : "'" + text.replace("'", "''") + "'";
  }
}
