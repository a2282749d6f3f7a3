package org.newsminer.web;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.newsminer.JsonCodec;
import org.newsminer.search.ArchiveSearcher;

/**
 * The web workbench and JSON API of {@code newsminer serve}: one embedded Jetty server, the models
 * loaded once, an archive index opened read-only (or none: then only the check and extract pages).
 *
 * <pre>{@code
 * try (WebServer server = WebServer.start("127.0.0.1", 8080, Path.of("idx"), System.err)) {
 *   System.out.println(server.uri());
 *   server.join();
 * }
 * }</pre>
 *
 * <p>Thread-safe; requests are served concurrently from a bounded thread pool.
 */
public final class WebServer implements AutoCloseable {
  /** Request threads: enough to keep both cores busy while some requests wait on the disk. */
  private static final int MAX_THREADS = 32;

  private final Server server;
  private final ArchiveSearcher searcher;
  private final URI uri;

  private WebServer(Server server, ArchiveSearcher searcher, URI uri) {
    this.server = server;
    this.searcher = searcher;
    this.uri = uri;
  }

  /**
   * Loads the models, opens {@code index} (null for none) and starts serving on {@code host:port}
   * ({@code port} 0 picks a free one). Internal errors are logged to {@code log}.
   *
   * @throws IllegalArgumentException when {@code index} holds no index
   * @throws IOException when the port cannot be bound
   */
  public static WebServer start(String host, int port, Path index, PrintStream log) throws IOException {
    ArchiveSearcher searcher = index == null ? null : ArchiveSearcher.open(index);
    try {
      Api api = new Api(searcher);
      api.warmUp();
      QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 4);
      threads.setName("newsminer-serve");
      Server server = new Server(threads);
      HttpConfiguration http = new HttpConfiguration();
      http.setSendServerVersion(false);
      http.setSendXPoweredBy(false);
      http.setRequestHeaderSize(16 * 1024);
      ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
      connector.setHost(host);
      connector.setPort(port);
      connector.setIdleTimeout(30_000);
      server.addConnector(connector);
      server.setHandler(new WebHandler(api, log));
      server.setErrorHandler(new JsonErrors());
      // Ctrl-C closes connections cleanly; the index is only read, so nothing else needs saving.
      server.setStopAtShutdown(true);
      try {
        server.start();
      } catch (IOException e) {
        stopQuietly(server);
        throw new IOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
      } catch (Exception e) {
        stopQuietly(server);
        throw new IOException("cannot start the server: " + e, e);
      }
      String shownHost = host.contains(":") ? "[" + host + "]" : host;
      return new WebServer(server, searcher, URI.create("http://" + shownHost + ":" + connector.getLocalPort() + "/"));
    } catch (IOException | RuntimeException e) {
      if (searcher != null) {
        searcher.close();
      }
      throw e;
    }
  }

  /** Where the server listens, e.g. {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    return uri;
  }

  /** Blocks until the server stops. */
  public void join() throws InterruptedException {
    server.join();
  }

  @Override
  public void close() throws IOException {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IOException("stopping the server: " + e.getMessage(), e);
    } finally {
      if (searcher != null) {
        searcher.close();
      }
    }
  }

  private static void stopQuietly(Server server) {
    try {
      server.stop();
    } catch (Exception ignored) {
      // Already failing to start: the start error is the one to report.
    }
  }

  /** Errors Jetty itself answers (bad URIs, headers too large): JSON with the status, no stack, no page. */
  private static final class JsonErrors extends ErrorHandler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      Object s = request.getAttribute(ERROR_STATUS);
      int status = s instanceof Integer i ? i : response.getStatus();
      String reason = org.eclipse.jetty.http.HttpStatus.getMessage(status);
      byte[] body = JsonCodec.object().put("status", status).put("error", reason)
          .toString().getBytes(StandardCharsets.UTF_8);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
      response.write(true, ByteBuffer.wrap(body), callback);
      return true;
    }
  }
}
