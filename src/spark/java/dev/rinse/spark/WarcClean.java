package dev.rinse.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rinse.changelog.ChangeLogJson;
import dev.rinse.cleaning.DocumentCleaner;
import dev.rinse.cleaning.DocumentCleaner.Document;
import dev.rinse.cleaning.DocumentCleaner.Source;
import dev.rinse.rules.Hosts;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC files (a web crawl's, as Common Crawl writes them) cleaned: each HTML response a document, named by
 * its target URI, written as one JSON line of sharded text files: {@code {"uri", "document", "log"}}, or
 * {@code {"uri", "error"}} for a record that cannot be read, which fails alone. Other records are passed over.
 */
final class WarcClean {
  private static final ObjectMapper JSON = new ObjectMapper();

  private WarcClean() {}

  /** Cleans the HTML responses of the WARC files {@code input} names into JSON lines under {@code output}; returns how many. */
  static long run(JavaSparkContext spark, String input, String output, JobRules rules) {
    var lines = spark.binaryFiles(input).flatMap(file -> records(file._2(), rules).iterator()).cache();
    lines.saveAsTextFile(output);
    long count = lines.count();
    lines.unpersist();
    return count;
  }

  /** The JSON lines of one WARC file's HTML responses. */
  static List<String> records(PortableDataStream warc, JobRules rules) throws IOException {
    List<String> lines = new ArrayList<>();
    try (InputStream in = warc.open(); WarcReader reader = new WarcReader(in)) {
      for (WarcRecord record : reader) {
        if (record instanceof WarcResponse response) {
          String line = line(response, rules);
          if (line != null) {
            lines.add(line);
          }
        }
      }
    }
    return lines;
  }

  /** One response as a JSON line; null for a response that is not HTML. */
  static String line(WarcResponse response, JobRules rules) throws IOException {
    ObjectNode line = JSON.createObjectNode();
    String uri = response.target();
    line.put("uri", uri);
    byte[] body;
    try {
      MediaType type = response.http().contentType();
      if (!type.base().equals(MediaType.HTML)) {
        return null;
      }
      body = response.http().body().stream().readAllBytes();
    } catch (IOException | RuntimeException e) {
      line.put("error", "cannot read the record's HTTP response: " + e.getMessage());
      return JSON.writeValueAsString(line);
    }
    String name = name(uri);
    DocumentCleaner.Result result = rules.rinse()
        .clean(new Document(name, uri, Source.of(body), Hosts.ofUrl(uri).orElse(null)));
    if (result.output() != null) {
      line.put("document", result.output());
    }
    line.set("log", JSON.readTree(ChangeLogJson.toBytes(result.log())));
    return JSON.writeValueAsString(line);
  }

  /** The document's name: the URI's host and path, read as a page. */
  static String name(String uri) {
    try {
      URI parsed = URI.create(uri);
      String host = parsed.getHost() == null ? "unknown" : parsed.getHost().toLowerCase(Locale.ROOT);
      String path = parsed.getPath() == null || parsed.getPath().isEmpty() ? "/" : parsed.getPath();
      String name = host + (path.endsWith("/") ? path + "index" : path);
      return name.matches("(?i).*\\.html?") ? name : name + ".html";
    } catch (IllegalArgumentException e) {
      return "unknown/index.html";
    }
  }
}
