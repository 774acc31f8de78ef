package dev.rinse.report;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the report of an output folder on the loopback address: the pages a run wrote, from disk, and
 * the page of any other file made when it is asked for ({@link FilePages}). Read-only: GET and HEAD,
 * nothing else; only the index and what is under the report folder, nothing else of the output folder
 * (no path with {@code .} or {@code ..} segments, nothing reached through a link out of it). Every
 * response carries the pages' own Content-Security-Policy. Thread-safe; {@link #close} stops it.
 */
public final class ReportServer implements AutoCloseable {
  /** Makes the page of a logged file on demand. */
  @FunctionalInterface
  public interface FilePages {
    /** The page of the file logged as {@code source}, empty when no change log has that name. */
    Optional<String> page(String source) throws IOException;
  }

  private static final String FILES = ReportWriter.FOLDER + "/files/";
  private static final String HTML = ".html";

  private final Path out;
  private final FilePages pages;
  private final HttpServer server;
  private final ExecutorService workers = Executors.newFixedThreadPool(4);

  private ReportServer(Path out, int port, FilePages pages) throws IOException {
    this.out = out.toRealPath();
    this.pages = pages;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/", this::handle);
    server.setExecutor(workers);
  }

  /**
   * Starts serving the report in {@code out}.
   *
   * @param port the port to listen on, 0 for any free one
   */
  public static ReportServer start(Path out, int port, FilePages pages) throws IOException {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("the port must be 0 (any free one) to 65535, not " + port);
    }
    if (!Files.isRegularFile(out.resolve(ReportWriter.INDEX))) {
      throw new IllegalArgumentException(out + ": holds no report; run 'rinse report' on the folder to write it");
    }
    ReportServer server = new ReportServer(out, port, pages);
    server.server.start();
    return server;
  }

  /** The index's address. */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + ReportWriter.INDEX);
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }

  private void handle(HttpExchange exchange) {
    try (exchange) {
      respond(exchange);
    } catch (IOException e) {
      // the client went; the connection is closed either way
    } catch (RuntimeException e) {
      // try-with-resources has closed the exchange: the client sees the connection end, the cause goes here
      System.err.println("rinse: error: " + exchange.getRequestURI().getPath() + ": " + e.getMessage());
    }
  }

  private void respond(HttpExchange exchange) throws IOException {
    try {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        send(exchange, 405, "read-only: only GET and HEAD");
        return;
      }
      if (!local(exchange.getRequestHeaders().getFirst("Host"))) { // a rebound DNS name must not read the report
        send(exchange, 403, "only for 127.0.0.1 and localhost");
        return;
      }
      URI uri = exchange.getRequestURI();
      String path = uri.getPath();
      if (path == null || path.equals("/")) {
        redirect(exchange, "/" + ReportWriter.INDEX);
        return;
      }
      String rel = path.substring(1);
      for (String segment : rel.split("/", -1)) {
        if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.indexOf('\\') >= 0
            || segment.indexOf('\0') >= 0) {
          send(exchange, 403, "not a path of the report");
          return;
        }
      }
      if (!rel.equals(ReportWriter.INDEX) && !rel.startsWith(ReportWriter.FOLDER + "/")) {
        send(exchange, 404, "not part of the report");
        return;
      }
      if (rel.equals(ReportWriter.FOLDER + "/" + ReportWriter.UNWRITTEN) && uri.getRawQuery() != null) {
        Optional<String> file = fileParameter(uri.getRawQuery())
            .filter(f -> Arrays.stream(f.split("/", -1)).noneMatch(s -> s.isEmpty() || s.equals(".") || s.equals("..")));
        if (file.isPresent()) {
          redirect(exchange, "/" + ReportWriter.FOLDER + "/" + Html.url(FilePage.path(file.get())));
          return;
        }
      }
      Path file = out.resolve(rel).normalize();
      if (!file.startsWith(out) || !rel.endsWith(HTML)) {
        send(exchange, 404, "not part of the report");
      } else if (Files.isRegularFile(file)) {
        if (!file.toRealPath().startsWith(out)) {
          send(exchange, 403, "not a path of the report");
        } else {
          sendPage(exchange, Files.readAllBytes(file));
        }
      } else if (rel.startsWith(FILES)) {
        Optional<String> page = pages.page(rel.substring(FILES.length(), rel.length() - HTML.length()));
        if (page.isPresent()) {
          sendPage(exchange, page.get().getBytes(StandardCharsets.UTF_8));
        } else {
          send(exchange, 404, "no change log for this file");
        }
      } else {
        send(exchange, 404, "no such page");
      }
    } catch (RuntimeException e) { // an unreadable change log, say: a page cannot be made, and the client is told
      System.err.println("rinse: error: " + exchange.getRequestURI().getPath() + ": " + e.getMessage());
      send(exchange, 500, "cannot make this page: " + e.getMessage());
    }
  }

  /** Whether a request's Host header names this machine's loopback, as the URL the server prints does. */
  private boolean local(String host) {
    int port = server.getAddress().getPort();
    String name = host == null ? "" : host.endsWith(":" + port) ? host.substring(0, host.length() - 1 - String.valueOf(port).length()) : host;
    return name.equals("127.0.0.1") || name.equalsIgnoreCase("localhost");
  }

  private static Optional<String> fileParameter(String query) {
    for (String pair : query.split("&")) {
      if (pair.startsWith("file=")) {
        String file = URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8);
        return file.isEmpty() ? Optional.empty() : Optional.of(file);
      }
    }
    return Optional.empty();
  }

  private static void headers(HttpExchange exchange, String type) {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Content-Security-Policy", Csp.PAGE);
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
  }

  private static void sendPage(HttpExchange exchange, byte[] page) throws IOException {
    headers(exchange, "text/html; charset=utf-8");
    body(exchange, 200, page);
  }

  private static void send(HttpExchange exchange, int status, String message) throws IOException {
    headers(exchange, "text/plain; charset=utf-8");
    body(exchange, status, (message + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    send(exchange, 303, "see " + location);
  }

  private static void body(HttpExchange exchange, int status, byte[] body) throws IOException {
    if (exchange.getRequestMethod().equals("HEAD")) {
      exchange.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream stream = exchange.getResponseBody()) {
      stream.write(body);
    }
  }
}
