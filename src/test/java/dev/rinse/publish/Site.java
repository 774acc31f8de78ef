package dev.rinse.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rinse.article.Generator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real site generator, run on posts: a fresh copy of the site in {@code src/test/sites/NAME} gets the
 * posts, the generator builds it, and each post's rendered content is read back (Hexo's from the posts
 * it loaded, Jekyll's and Hugo's from pages whose layout is the content), with what a theme prints
 * unescaped from its front matter and excerpt: its title, excerpt, description and summary.
 */
abstract class Site {
  static final Path SITES = Path.of("src/test/sites");
  /** A build that has not ended by then is stuck; not a measure of speed. */
  private static final long TIMEOUT_MINUTES = 15;

  /** Where a layout starts what it prints from a post's front matter and excerpt, after the post's content. */
  static final String THEME = "<rinse-theme hidden>";

  /**
   * What a build gave: whether it succeeded, what it printed, and by post id each post's rendered
   * content and what the theme printed of its fields.
   */
  record Built(boolean succeeded, String log, Map<String, String> content, Map<String, String> theme, Path root) {}

  abstract Generator generator();

  /** Why the generator cannot run here, or null when it can. */
  abstract String missing();

  /**
   * Builds {@code posts} (file name, {@code ID.md} or {@code ID.html}, to its text) in a fresh site under
   * {@code work}; the content is by id.
   */
  Built build(Path work, Map<String, String> posts) throws IOException, InterruptedException {
    Path root = Files.createDirectories(work);
    copyTree(SITES.resolve(generator().id()), root);
    prepare(root);
    for (Map.Entry<String, String> post : posts.entrySet()) {
      Path file = root.resolve(postPath(post.getKey()));
      Files.createDirectories(file.getParent());
      Files.writeString(file, post.getValue(), StandardCharsets.UTF_8);
    }
    Run run = run(root, command(root));
    if (run.exit() != 0) {
      return new Built(false, run.output(), Map.of(), Map.of(), root);
    }
    List<String> ids = posts.keySet().stream().map(name -> name.substring(0, name.lastIndexOf('.'))).toList();
    Map<String, String> content = new LinkedHashMap<>();
    Map<String, String> theme = new LinkedHashMap<>();
    pages(root, ids, run.stdout()).forEach((id, page) -> {
      int at = page.lastIndexOf(THEME);
      content.put(id, at < 0 ? page : page.substring(0, at));
      theme.put(id, at < 0 ? "" : page.substring(at));
    });
    return new Built(true, run.output(), content, theme, root);
  }

  /** Readies a fresh copy of the site before posts go in. */
  void prepare(Path root) throws IOException {}

  /** Where a post named {@code ID.EXT} goes in the site. */
  abstract Path postPath(String name);

  abstract List<String> command(Path root);

  /** Each post's page by id: its content, then from {@link #THEME} on what the theme printed. */
  abstract Map<String, String> pages(Path root, Iterable<String> ids, String stdout) throws IOException;

  static Site of(Generator generator) {
    return switch (generator) {
      case HEXO -> new Hexo();
      case JEKYLL -> new Jekyll();
      case HUGO -> new Hugo();
      case NONE -> throw new IllegalArgumentException("no site for " + generator);
    };
  }

  /** Hexo 8 with hexo-renderer-marked, as pinned in the site's package.json (npm ci installs it). */
  static final class Hexo extends Site {
    private static final Path MODULES = SITES.resolve("hexo/node_modules").toAbsolutePath();

    @Override
    Generator generator() {
      return Generator.HEXO;
    }

    @Override
    String missing() {
      if (!onPath("node")) {
        return "node is not installed";
      }
      return Files.isDirectory(MODULES.resolve("hexo")) ? null : "Hexo is not installed (npm ci --prefix src/test/sites/hexo)";
    }

    @Override
    void prepare(Path root) throws IOException {
      deleteTree(root.resolve("node_modules"));
      Files.createSymbolicLink(root.resolve("node_modules"), MODULES);
    }

    @Override
    Path postPath(String name) {
      return Path.of("source", "_posts", name);
    }

    @Override
    List<String> command(Path root) {
      return List.of("node", "render.js");
    }

    @Override
    Map<String, String> pages(Path root, Iterable<String> ids, String stdout) throws IOException {
      Map<String, String> pages = new LinkedHashMap<>();
      for (JsonNode post : new ObjectMapper().readTree(stdout)) {
        String source = post.get("source").asText();
        String id = source.substring(source.lastIndexOf('/') + 1, source.lastIndexOf('.'));
        pages.put(id, post.get("content").asText() + THEME + post.get("theme").asText());
      }
      return pages;
    }
  }

  /** Jekyll 4 and kramdown, from Debian's packages. */
  static final class Jekyll extends Site {
    @Override
    Generator generator() {
      return Generator.JEKYLL;
    }

    @Override
    String missing() {
      return onPath("jekyll") ? null : "Jekyll is not installed (apt-get install jekyll)";
    }

    @Override
    Path postPath(String name) {
      return Path.of("_posts", "2021-01-01-" + name);
    }

    @Override
    List<String> command(Path root) {
      return List.of("jekyll", "build", "--quiet", "--safe", "--source", root.toString(),
          "--destination", root.resolve("_site").toString());
    }

    @Override
    Map<String, String> pages(Path root, Iterable<String> ids, String stdout) throws IOException {
      return files(ids, id -> root.resolve("_site").resolve(id + ".html"));
    }
  }

  /** Hugo, from Debian's packages, with raw HTML kept (HTML bodies need it). */
  static final class Hugo extends Site {
    @Override
    Generator generator() {
      return Generator.HUGO;
    }

    @Override
    String missing() {
      return onPath("hugo") ? null : "Hugo is not installed (apt-get install hugo)";
    }

    /** A whole HTML page is no Hugo content (Hugo refuses one): it is served as a static file, as Hugo sites do. */
    @Override
    Path postPath(String name) {
      return name.endsWith(".html") ? Path.of("static", name) : Path.of("content", "posts", name);
    }

    @Override
    List<String> command(Path root) {
      return List.of("hugo", "--quiet", "--source", root.toString(), "--destination", root.resolve("public").toString());
    }

    @Override
    Map<String, String> pages(Path root, Iterable<String> ids, String stdout) throws IOException {
      return files(ids, id -> {
        Path page = root.resolve("public").resolve("posts").resolve(id.toLowerCase()).resolve("index.html");
        return Files.exists(page) ? page : root.resolve("public").resolve(id + ".html");
      });
    }
  }

  private static Map<String, String> files(Iterable<String> ids, java.util.function.Function<String, Path> page)
      throws IOException {
    Map<String, String> content = new LinkedHashMap<>();
    for (String id : ids) {
      Path file = page.apply(id);
      if (Files.isRegularFile(file)) {
        content.put(id, new String(Files.readAllBytes(file), StandardCharsets.UTF_8)); // malformed bytes read as U+FFFD
      }
    }
    return content;
  }

  private record Run(int exit, String stdout, String output) {}

  private static Run run(Path directory, List<String> command) throws IOException, InterruptedException {
    Path out = Files.createTempFile(directory, "build", ".out");
    Path err = Files.createTempFile(directory, "build", ".err");
    Process process = new ProcessBuilder(command).directory(directory.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(command + " did not end in " + TIMEOUT_MINUTES + " minutes");
    }
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    return new Run(process.exitValue(), stdout, stderr + (stdout.length() > 4000 ? "" : stdout));
  }

  static boolean onPath(String program) {
    String path = System.getenv("PATH");
    return path != null && Stream.of(path.split(java.io.File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
  }

  /** Copies a folder, but for its node_modules, over what {@code to} holds. */
  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(f -> !f.toString().contains("node_modules")).toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteTree(Path path) throws IOException {
    if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      List<Path> all = new ArrayList<>(files.toList());
      java.util.Collections.reverse(all);
      for (Path file : all) {
        Files.delete(file);
      }
    }
  }
}
