package dev.rinse.report;

import java.util.Map;

/**
 * Why the steps that are not rules from a pack change what they change: the policy stage, the rewrites
 * for the generator and the steps around the rules log under ids of their own, which no rule file
 * describes. The wording follows the README's account of each. Stateless.
 */
final class BuiltInRules {
  private static final Map<String, String> WHY = Map.ofEntries(
      Map.entry("policy.element", "The sanitizer policy does not allow this element; its text is kept unless the element is one whose content cannot be shown."),
      Map.entry("policy.attribute", "The sanitizer policy does not allow this attribute, or its value, on this element."),
      Map.entry("policy.text", "Text inside an element whose content the sanitizer policy drops, or characters HTML forbids."),
      Map.entry("policy.comment", "A comment the rules left: the sanitizer policy keeps none."),
      Map.entry("policy.head", "An item of the page's head that the policy's head list does not allow."),
      Map.entry("policy.nesting", "Markup nested deeper than the sanitizer reads, flattened so that no text goes with it."),
      Map.entry("policy.url", "A Markdown URL whose scheme the sanitizer policy does not allow."),
      Map.entry("publish.template", "Template syntax the site generator would run (Nunjucks, Liquid, Hugo shortcodes), made to show as written."),
      Map.entry("publish.markup", "Renderer syntax that would make markup (kramdown attribute lists and extensions, Hugo heading attributes), escaped."),
      Map.entry("publish.front-matter", "Front matter rewritten so that the generator reads it as rinse does."),
      Map.entry("normalize.lazy-image", "An image loaded as the reader scrolls: the real URL moved from its data-* attribute into src, the placeholder dropped."),
      Map.entry("normalize.empty", "An element that a rule's removal left showing nothing, and the containers left holding nothing else."));

  private BuiltInRules() {}

  /** Why a built-in step changes what it does, or null for an id that is not one. */
  static String why(String rule) {
    return WHY.get(rule);
  }
}
