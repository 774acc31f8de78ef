package dev.rinse.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rinse.api.Rinse;
import dev.rinse.changelog.ChangeLogJson;
import dev.rinse.cleaning.DocumentCleaner;
import dev.rinse.cleaning.DocumentCleaner.Document;
import dev.rinse.cleaning.DocumentCleaner.Source;
import dev.rinse.rules.Hosts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.TaskCompletionListener;
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

  /**
   * Cleans the HTML responses of the WARC files {@code input} names into JSON lines under {@code output}; returns
   * how many. Each WARC file is read a record at a time, so a crawl's file of tens of thousands of pages is
   * never held whole; the count is an accumulator, as caching the lines to count them would hold them all.
   */
  static long run(JavaSparkContext spark, String input, String output, JobRules rules) {
    LongAccumulator documents = spark.sc().longAccumulator("documents");
    spark.binaryFiles(input).flatMap(file -> records(file._2(), rules)).map(line -> {
      documents.add(1);
      return line;
    }).saveAsTextFile(output);
    return documents.value();
  }

  /**
   * The JSON lines of one WARC file's HTML responses, each read when it is asked for. A file that cannot be
   * read on (truncated, not WARC) ends with a line {@code {"warc", "error"}} naming it and where it broke;
   * the other files go on. The file is closed at its end, and when its task ends whatever happened.
   */
  static Iterator<String> records(PortableDataStream warc, JobRules rules) throws IOException {
    InputStream in = warc.open();
    WarcReader reader;
    try {
      reader = new WarcReader(in);
    } catch (IOException | RuntimeException e) {
      in.close();
      return List.of(failure(warc, e)).iterator();
    }
    TaskContext task = TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener((TaskCompletionListener) context -> close(reader)); // a task that fails or stops early
    }
    Iterator<WarcRecord> records = reader.iterator();
    Rinse rinse = rules.rinse(); // once: finding the executor's instance compares the rules' texts
    return new Iterator<>() {
      private boolean ended; // declared first: the line below reads it
      private String next = advance();

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public String next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        String line = next;
        next = advance();
        return line;
      }

      /** The next line; null at the end of the file, which is then closed. */
      private String advance() {
        if (ended) {
          return null;
        }
        try {
          while (records.hasNext()) {
            if (records.next() instanceof WarcResponse response) {
              String line = line(response, rinse);
              if (line != null) {
                return line;
              }
            }
          }
          ended = true;
          close(reader);
          return null;
        } catch (IOException | RuntimeException e) {
          ended = true;
          close(reader);
          return failure(warc, e);
        }
      }
    };
  }

  /** The line of a WARC file that cannot be read on. */
  private static String failure(PortableDataStream warc, Exception e) {
    Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    ObjectNode line = JSON.createObjectNode();
    line.put("warc", warc.getPath());
    line.put("error", "cannot read the WARC file on: " + cause.getClass().getSimpleName() + ": " + cause.getMessage());
    try {
      return JSON.writeValueAsString(line);
    } catch (IOException io) {
      throw new UncheckedIOException(io);
    }
  }

  private static void close(WarcReader reader) {
    try {
      reader.close();
    } catch (IOException e) {
      // the file was read; nothing is lost
    }
  }

  /** One response as a JSON line; null for a response that is not HTML. */
  static String line(WarcResponse response, Rinse rinse) throws IOException {
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
    DocumentCleaner.Result result = rinse
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
