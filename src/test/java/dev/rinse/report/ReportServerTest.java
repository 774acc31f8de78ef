package dev.rinse.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rinse.SharedData;
import dev.rinse.changelog.RunConfig;
import dev.rinse.run.CorpusCleaner;
import dev.rinse.run.OutputFolder;
import dev.rinse.run.RunListener;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportServerTest {
  private static final String POST = "---\ntitle: A post\n---\n<p>The text of the post, long enough to stay.</p>\n"
      + "<!-- a comment -->\n<p>More <font color=\"red\">text</font> of it.</p>\n";

  @TempDir
  Path temp;

  private Path out;
  private ReportServer server;
  private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

  @BeforeEach
  void serve() throws IOException {
    Path in = Files.createDirectories(temp.resolve("in"));
    for (int i = 0; i < ReportWriter.FIRST_PAGES + 5; i++) {
      Files.writeString(Files.createDirectories(in.resolve("d" + i % 2)).resolve("post " + i + ".md"), POST);
    }
    Files.writeString(temp.resolve("secret.txt"), "not for the browser");
    out = temp.resolve("out");
    RunConfig config = new RunConfig(List.of(in.toString()), List.of(), List.of(), 0.3, 200, 32L << 20, "test");
    new CorpusCleaner(SharedData.defaultRinse()).run(List.of(in), out, config, false, RunListener.NONE);
    server = ReportServer.start(out, 0, OutputFolder.open(out)::filePage);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void itServesTheStaticPagesWithThePagesPolicy() throws Exception {
    HttpResponse<String> index = get("/" + ReportWriter.INDEX);
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.body()).isEqualTo(Files.readString(out.resolve(ReportWriter.INDEX)));
    assertThat(index.headers().firstValue("Content-Security-Policy")).hasValue(Csp.PAGE);
    assertThat(index.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(index.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
    assertThat(get("/").body()).as("the root leads to the index").isEqualTo(index.body());

    HttpResponse<String> rule = get("/" + ReportWriter.FOLDER + "/" + RulePages.path("core.comments"));
    assertThat(rule.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(rule.body()).select("#places tr")).hasSize(1 + RulePages.PLACES);
  }

  @Test
  void itMakesThePageOfAFileTheRunDidNotPage() throws Exception {
    String source = unpaged();
    String path = "/" + ReportWriter.FOLDER + "/" + Html.url(FilePage.path(source));

    HttpResponse<String> page = get(path);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(Csp.PAGE);
    Document dom = Jsoup.parse(page.body());
    assertThat(dom.selectFirst("h1").text()).isEqualTo(source);
    assertThat(dom.select("mark[data-rule=core.comments]").text()).isEqualTo("<!-- a comment -->");
    assertThat(ReportCheck.page(out, source)).as("made, not written").doesNotExist();

    HttpResponse<String> viaList = get("/" + ReportWriter.FOLDER + "/" + ReportWriter.UNWRITTEN + "?file="
        + URLEncoder.encode(source, StandardCharsets.UTF_8));
    assertThat(viaList.uri().getPath()).isEqualTo(URI.create(path).getPath());
    assertThat(viaList.body()).isEqualTo(page.body());
    assertThat(get("/" + ReportWriter.FOLDER + "/files/no/such.md.html").statusCode()).isEqualTo(404);
  }

  @Test
  void itIsReadOnly() throws Exception {
    HttpResponse<String> post = client.send(HttpRequest.newBuilder(server.uri())
        .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");

    HttpResponse<String> head = client.send(HttpRequest.newBuilder(server.uri())
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
  }

  @Test
  void itServesNothingOutsideTheReport() throws Exception {
    for (String path : List.of("/" + ReportWriter.FOLDER + "/../secret.txt", "/../secret.txt",
        "/" + ReportWriter.FOLDER + "/%2e%2e/%2e%2e/secret.txt", "/" + ReportWriter.FOLDER + "/files/..%2f..%2f..%2fsecret.txt",
        "/" + ReportWriter.FOLDER + "/files/../../d0/post%200.md.changes.json")) {
      int status = raw(path);
      assertThat(status).as(path).isIn(403, 404);
    }
    URI dotted = URI.create("http://127.0.0.1:" + server.uri().getPort() + "/" + ReportWriter.FOLDER + "/../secret.txt");
    assertThat(client.send(HttpRequest.newBuilder(dotted).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
        .isIn(403, 404);
    assertThat(get("/d0/post%200.md").statusCode()).as("a cleaned file is not part of the report").isEqualTo(404);
    assertThat(get("/" + CorpusCleaner.SUMMARY).statusCode()).isEqualTo(404);
  }

  private String unpaged() throws IOException {
    Document list = Jsoup.parse(out.resolve(ReportWriter.FOLDER).resolve("files-1.html").toFile());
    return list.selectFirst("#files a[href^=" + ReportWriter.UNWRITTEN + "]").text();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aRequestForAnotherHostIsRefusedSoThatAReboundNameCannotReadTheReport() throws Exception {
    assertThat(raw("/" + ReportWriter.INDEX, "attacker.example:" + server.uri().getPort())).isEqualTo(403);
    assertThat(raw("/" + ReportWriter.INDEX, "localhost:" + server.uri().getPort())).isEqualTo(200);
  }

  @Test
  void theHowToPageLeadsOnlyToFilesOfTheCorpus() throws Exception {
    HttpResponse<String> page = get("/" + ReportWriter.FOLDER + "/" + ReportWriter.UNWRITTEN + "?file="
        + URLEncoder.encode("../../etc/passwd", StandardCharsets.UTF_8));

    assertThat(page.uri().getPath()).as("not redirected").endsWith(ReportWriter.UNWRITTEN);
  }

  @Test
  void aPageThatCannotBeMadeIsAnErrorTheClientIsTold() throws Exception {
    String source = unpaged();
    Files.writeString(out.resolve(source + ".changes.json"), "{\"format\": 3}");

    HttpResponse<String> page = get("/" + ReportWriter.FOLDER + "/" + Html.url(FilePage.path(source)));

    assertThat(page.statusCode()).isEqualTo(500);
    assertThat(page.body()).contains("format 3 is newer");
  }

  /** The status of a request sent as written: an HTTP client would resolve the dots before sending. */
  private int raw(String path) throws IOException {
    return raw(path, "127.0.0.1");
  }

  private int raw(String path, String host) throws IOException {
    try (Socket socket = new Socket(server.uri().getHost(), server.uri().getPort())) {
      socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
      return Integer.parseInt(status.substring(9, 12));
    }
  }
}
