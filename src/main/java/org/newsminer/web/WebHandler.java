package org.newsminer.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.newsminer.JsonCodec;

/**
 * Routes requests to the pages, the assets and the {@link Api}, and turns every outcome into a
 * response: JSON errors with a status and one line, never a stack trace (those go to the server's
 * stderr). Thread-safe.
 */
final class WebHandler extends Handler.Abstract {
  /**
   * Pages may run only their own scripts and load nothing from elsewhere, so even text that escaped
   * escaping could not run.
   */
  private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
      + "form-action 'self'";
  private static final String JSON = "application/json; charset=utf-8";

  private final Api api;
  private final StaticFiles files = new StaticFiles();
  private final PrintStream log;

  WebHandler(Api api, PrintStream log) {
    this.api = api;
    this.log = log;
  }

  /** A response: status, media type, body, and extra headers. */
  private record Reply(int status, String type, byte[] body, Map<String, String> headers) {
    static Reply json(int status, JsonNode node) {
      return new Reply(status, JSON, JsonCodec.line(node).getBytes(StandardCharsets.UTF_8), Map.of());
    }

    static Reply error(int status, String message) {
      return json(status, JsonCodec.object().put("status", status).put("error", message));
    }

    static Reply redirect(String to) {
      return new Reply(302, "text/plain; charset=utf-8", new byte[0], Map.of("Location", to));
    }
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String method = request.getMethod();
    String path = Request.getPathInContext(request);
    Reply reply;
    try {
      reply = route(request, method, path);
    } catch (ApiException e) {
      reply = Reply.error(e.status(), e.getMessage());
    } catch (IllegalArgumentException e) {
      // Malformed queries, amounts and parameters: the message is one line for the user.
      reply = Reply.error(400, oneLine(e.getMessage()));
    } catch (Exception | StackOverflowError e) {
      // A bug, or a query nested deeper than the parser's stack: logged here, one line to the client.
      log.println("newsminer serve: internal error on " + method + " " + path + ": " + e);
      e.printStackTrace(log);
      reply = Reply.error(500, "internal error (the server's log has the details)");
    }
    send(response, reply, method.equals("HEAD"), callback);
    return true;
  }

  private Reply route(Request request, String method, String path) throws Exception {
    if (path.startsWith("/api/")) {
      return routeApi(request, method, path);
    }
    if (!method.equals("GET") && !method.equals("HEAD")) {
      throw new ApiException(405, "method not allowed: " + method + " " + path);
    }
    if (path.startsWith("/assets/")) {
      StaticFiles.File f = files.get(path.substring("/assets/".length()));
      if (f == null) {
        throw new ApiException(404, "no such asset: " + Api.abbreviate(path));
      }
      return new Reply(200, f.type(), f.bytes(), Map.of("Cache-Control", "max-age=600"));
    }
    String page = switch (path) {
      case "/" -> api.hasIndex() ? "search.html" : null;
      case "/check" -> "check.html";
      case "/extract" -> "extract.html";
      default -> path.startsWith("/article/") && api.hasIndex() ? "article.html" : null;
    };
    if (page == null) {
      if (path.equals("/") || path.startsWith("/article/")) {
        return Reply.redirect("/check");
      }
      throw new ApiException(404, "no such page: " + Api.abbreviate(path));
    }
    StaticFiles.File f = files.get(page);
    return new Reply(200, f.type(), f.bytes(), Map.of("Cache-Control", "no-cache"));
  }

  private Reply routeApi(Request request, String method, String path) throws Exception {
    switch (path) {
      case "/api/extract", "/api/check" -> {
        requireMethod(method, "POST", path);
        byte[] body = RequestText.read(Request.asInputStream(request), request.getLength());
        String text = RequestText.decode(body, request.getHeaders().get(HttpHeader.CONTENT_TYPE));
        return Reply.json(200, path.equals("/api/check") ? api.check(text) : api.extract(text));
      }
      case "/api/search" -> {
        requireMethod(method, "GET", path);
        return Reply.json(200, api.search(params(request)));
      }
      case "/api/search.csv" -> {
        requireMethod(method, "GET", path);
        return new Reply(200, "text/csv; charset=utf-8", api.csv(params(request)).getBytes(StandardCharsets.UTF_8),
            Map.of("Content-Disposition", "attachment; filename=\"newsminer-search.csv\""));
      }
      default -> {
        if (path.startsWith("/api/articles/")) {
          requireMethod(method, "GET", path);
          return Reply.json(200, api.article(path.substring("/api/articles/".length())));
        }
        throw new ApiException(404, "no such API endpoint: " + Api.abbreviate(path));
      }
    }
  }

  private static void requireMethod(String method, String expected, String path) {
    if (!method.equals(expected)) {
      throw new ApiException(405, path + " takes " + expected + ", not " + method);
    }
  }

  /** The query parameters, first value of each. */
  private static Map<String, String> params(Request request) {
    Fields fields;
    try {
      fields = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
    } catch (RuntimeException e) {
      throw new ApiException(400, "malformed query string");
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Fields.Field f : fields) {
      out.putIfAbsent(f.getName(), f.getValue());
    }
    return out;
  }

  private static void send(Response response, Reply reply, boolean head, Callback callback) {
    response.setStatus(reply.status());
    var h = response.getHeaders();
    h.put(HttpHeader.CONTENT_TYPE, reply.type());
    h.put("X-Content-Type-Options", "nosniff");
    h.put("Referrer-Policy", "no-referrer");
    h.put("Content-Security-Policy", CSP);
    if (!reply.headers().containsKey("Cache-Control")) {
      h.put(HttpHeader.CACHE_CONTROL, "no-store");
    }
    reply.headers().forEach(h::put);
    h.put(HttpHeader.CONTENT_LENGTH, reply.body().length);
    response.write(true, ByteBuffer.wrap(head ? new byte[0] : reply.body()), callback);
  }

  private static String oneLine(String message) {
    if (message == null) {
      return "bad request";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
