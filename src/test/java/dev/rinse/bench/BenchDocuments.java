package dev.rinse.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The documents a JMH benchmark works on, chosen by a glob relative to the working folder, e.g.
 * {@code fixtures/*}{@code /input.*} (the default, always present) or
 * {@code ../shared/corpus/readability/*}{@code /source.html}.
 */
record BenchDocuments(List<Document> documents, long bytes) {
  record Document(String name, byte[] bytes) {}

  static BenchDocuments matching(String glob) {
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    int slash = glob.lastIndexOf('/', firstWildcard(glob));
    Path root = Path.of(slash < 0 ? "." : glob.substring(0, slash)); // the glob's fixed leading folders
    try (Stream<Path> walk = Files.walk(root)) {
      List<Document> documents = walk.filter(Files::isRegularFile).filter(matcher::matches).sorted()
          .map(BenchDocuments::read).toList();
      if (documents.isEmpty()) {
        throw new IllegalArgumentException("no documents match " + glob + " under " + Path.of("").toAbsolutePath());
      }
      long bytes = documents.stream().mapToLong(d -> d.bytes().length).sum();
      System.out.printf(Locale.ROOT, "%n%s: %,d documents, %.2f MB%n", glob, documents.size(), bytes / 1e6);
      return new BenchDocuments(documents, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int firstWildcard(String glob) {
    for (int i = 0; i < glob.length(); i++) {
      if ("*?[{".indexOf(glob.charAt(i)) >= 0) {
        return i;
      }
    }
    return glob.length();
  }

  private static Document read(Path file) {
    try {
      return new Document(file.toString(), Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
