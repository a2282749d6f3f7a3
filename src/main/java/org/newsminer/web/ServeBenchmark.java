package org.newsminer.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.newsminer.JsonCodec;
import org.newsminer.search.QueryMix;
import org.newsminer.search.SearchRequest;

/**
 * {@code newsminer bench --serve}: starts the server on an archive index and drives its API with N
 * concurrent clients over loopback HTTP, one endpoint at a time (search with the archive benchmark's
 * query mix, with facets and amount bands as the search page asks, and hits alone as paging asks; article pages, check and extract of 3,000-character articles made of corpus paragraphs),
 * and reports throughput and latency p50/p99 per endpoint with the server's CPU time per request.
 * Clients run in the same process as the server, on the same cores, as a local user's browser would.
 * Stateless; each run starts and stops its own server.
 */
public final class ServeBenchmark {
  /** Characters of each posted article: a long news article. */
  static final int ARTICLE_CHARS = 3000;

  private ServeBenchmark() {}

  /** The figures of one endpoint. */
  public record Endpoint(String name, int clients, int requests, int errors, double seconds, double p50Millis,
      double p99Millis, double maxMillis, double cpuMillisPerRequest) {
    public double throughput() {
      return requests / seconds;
    }
  }

  /** The whole run. */
  public record Report(long articles, int clients, int cores, List<Endpoint> endpoints, double loadAverage) {
    public String format() {
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
          "serve benchmark: %d articles in the index, %d concurrent clients, %d cores (clients and server share them)%n"
              + "  %-22s %9s %9s %9s %9s %9s %12s %7s%n",
          articles, clients, cores, "endpoint", "requests", "req/s", "p50 ms", "p99 ms", "max ms", "CPU ms/req", "errors"));
      for (Endpoint e : endpoints) {
        sb.append(String.format(Locale.ROOT, "  %-22s %9d %9.1f %9.2f %9.2f %9.2f %12.2f %7d%n", e.name(), e.requests(),
            e.throughput(), e.p50Millis(), e.p99Millis(), e.maxMillis(), e.cpuMillisPerRequest(), e.errors()));
      }
      sb.append(String.format(Locale.ROOT, "  (CPU ms/req: this process's CPU time, clients' share included, per request; "
          + "machine load average at the end: %.1f)%n", loadAverage));
      return sb.toString();
    }
  }

  /**
   * Serves {@code index} and measures each endpoint for {@code seconds} (after a warm-up of a third of
   * that) with {@code clients} clients; paragraphs for queries and posted articles come from {@code corpus}.
   */
  public static Report run(Path index, Path corpus, int clients, double seconds, PrintStream log)
      throws IOException, InterruptedException {
    if (clients < 1 || seconds <= 0) {
      throw new IllegalArgumentException("--clients and --seconds must be positive");
    }
    List<String> paragraphs = QueryMix.paragraphs(corpus);
    Random rnd = new Random(11);
    try (WebServer server = WebServer.start("127.0.0.1", 0, index, log)) {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10)).build();
      URI base = server.uri();
      List<HttpRequest> searches = new ArrayList<>();
      List<HttpRequest> hitsOnly = new ArrayList<>();
      for (SearchRequest r : QueryMix.of(paragraphs, rnd)) {
        searches.add(HttpRequest.newBuilder(base.resolve("/api/search?" + query(r))).build());
        hitsOnly.add(HttpRequest.newBuilder(base.resolve("/api/search?facets=0&" + query(r))).build());
      }
      List<HttpRequest> articlePages = articleRequests(http, base, searches);
      List<HttpRequest> checks = new ArrayList<>();
      List<HttpRequest> extracts = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        String text = article(paragraphs, rnd);
        checks.add(post(base.resolve("/api/check"), text));
        extracts.add(post(base.resolve("/api/extract"), text));
      }
      long articles = total(http, base);
      List<Endpoint> out = new ArrayList<>();
      out.add(measure("GET /api/search", searches, http, clients, seconds, log));
      out.add(measure("  same, facets=0", hitsOnly, http, clients, seconds, log));
      out.add(measure("GET /api/articles/{id}", articlePages, http, clients, seconds, log));
      out.add(measure("POST /api/check", checks, http, clients, seconds, log));
      out.add(measure("POST /api/extract", extracts, http, clients, seconds, log));
      return new Report(articles, clients, Runtime.getRuntime().availableProcessors(), out,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  /** The URL query of a search request, with the API's parameter names. */
  static String query(SearchRequest r) {
    StringJoiner j = new StringJoiner("&");
    add(j, "q", r.query());
    add(j, "place", r.place());
    add(j, "program", r.program());
    add(j, "moneyMin", r.moneyMin() == null ? null : r.moneyMin().toPlainString());
    add(j, "moneyMax", r.moneyMax() == null ? null : r.moneyMax().toPlainString());
    add(j, "limit", String.valueOf(r.limit()));
    return j.toString();
  }

  private static void add(StringJoiner j, String name, String value) {
    if (value != null) {
      j.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }

  /** Article pages of the first hits of the searches. */
  private static List<HttpRequest> articleRequests(HttpClient http, URI base, List<HttpRequest> searches)
      throws IOException, InterruptedException {
    List<HttpRequest> out = new ArrayList<>();
    for (HttpRequest s : searches.subList(0, Math.min(60, searches.size()))) {
      JsonNode r = JsonCodec.parse(http.send(s, HttpResponse.BodyHandlers.ofString()).body());
      for (JsonNode h : r.path("hits")) {
        out.add(HttpRequest.newBuilder(base.resolve("/api/articles/" + h.get("id").asText())).build());
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("the index has no article the benchmark's searches find");
    }
    return out;
  }

  private static long total(HttpClient http, URI base) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/search?limit=0&bands=0")).build(),
        HttpResponse.BodyHandlers.ofString());
    return JsonCodec.parse(r.body()).path("total").asLong();
  }

  /** Whole corpus paragraphs in random order, cut to {@link #ARTICLE_CHARS}. */
  private static String article(List<String> paragraphs, Random rnd) {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < ARTICLE_CHARS) {
      sb.append(paragraphs.get(rnd.nextInt(paragraphs.size()))).append("\n\n");
    }
    return sb.substring(0, ARTICLE_CHARS);
  }

  private static HttpRequest post(URI uri, String text) {
    return HttpRequest.newBuilder(uri).header("Content-Type", "text/plain; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build();
  }

  private static Endpoint measure(String name, List<HttpRequest> requests, HttpClient http, int clients,
      double seconds, PrintStream log) throws InterruptedException {
    log.printf(Locale.ROOT, "%s: warming up ...%n", name);
    drive(requests, http, clients, seconds / 3, null);
    log.printf(Locale.ROOT, "%s: %d clients for %.1f s ...%n", name, clients, seconds);
    List<double[]> lat = new ArrayList<>();
    long cpu0 = processCpuNanos();
    long t0 = System.nanoTime();
    int errors = drive(requests, http, clients, seconds, lat);
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = (processCpuNanos() - cpu0) / 1e6;
    double[] all = lat.stream().flatMapToDouble(Arrays::stream).filter(v -> v >= 0).sorted().toArray();
    int n = all.length;
    return new Endpoint(name, clients, n, errors, wall, percentile(all, 50), percentile(all, 99),
        n == 0 ? 0 : all[n - 1], n == 0 ? 0 : cpu / n);
  }

  /**
   * {@code clients} threads send requests in turn for {@code seconds}; each thread's latencies (ms) go
   * into {@code latencies} when given. Returns the number of failed requests.
   */
  private static int drive(List<HttpRequest> requests, HttpClient http, int clients, double seconds,
      List<double[]> latencies) throws InterruptedException {
    long until = System.nanoTime() + (long) (seconds * 1e9);
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicLong sink = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      double[] mine = new double[1 << 20];
      Arrays.fill(mine, -1);
      if (latencies != null) {
        latencies.add(mine);
      }
      Thread t = new Thread(() -> {
        int k = 0;
        while (System.nanoTime() < until && k < mine.length) {
          HttpRequest r = requests.get(Math.floorMod(next.getAndIncrement(), requests.size()));
          long q0 = System.nanoTime();
          try {
            HttpResponse<byte[]> resp = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
            sink.addAndGet(resp.body().length);
            if (resp.statusCode() != 200) {
              errors.incrementAndGet();
              continue;
            }
          } catch (IOException e) {
            errors.incrementAndGet();
            continue;
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          mine[k++] = (System.nanoTime() - q0) / 1e6;
        }
      }, "bench-client-" + c);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    return errors.get();
  }

  private static double percentile(double[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }
}
