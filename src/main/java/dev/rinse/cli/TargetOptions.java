package dev.rinse.cli;

import dev.rinse.article.BodyMode;
import dev.rinse.article.Generator;
import dev.rinse.article.Target;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that say what the output is for: the generator, how bodies are read, the fields themes print as HTML. */
final class TargetOptions {
  @Option(names = "--generator", paramLabel = "NAME", defaultValue = "hexo",
      description = "The site generator that publishes the output: hexo, jekyll, hugo or none (default: ${DEFAULT-VALUE}). "
          + "Front matter is read as it reads it; template code it would run is switched off or escaped.")
  String generator;

  @Option(names = "--body", paramLabel = "MODE", defaultValue = "auto",
      description = "How post bodies are read: markdown, html, or auto (default: ${DEFAULT-VALUE}: .html files and "
          + "Markdown files that hold only HTML are HTML).")
  String body;

  @Option(names = "--html-fields", paramLabel = "FIELD", split = ",",
      description = "Front-matter fields that themes print as HTML; markup in them is cleaned to text "
          + "(default: title,description,excerpt,summary).")
  List<String> htmlFields;

  /** The target these options name; an IllegalArgumentException names a bad value. */
  Target target() {
    return new Target(Generator.of(generator), BodyMode.of(body),
        htmlFields == null ? Target.DEFAULT.htmlFields() : htmlFields);
  }
}
