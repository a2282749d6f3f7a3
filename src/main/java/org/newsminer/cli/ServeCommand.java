package org.newsminer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsminer.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsminer serve}: the web workbench (search, article, check and extract pages) and the JSON API. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the web workbench and the JSON API; models load once.",
        "Without --index only the check and extract pages (and /api/check, /api/extract) are served."})
final class ServeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--index", paramLabel = "DIR", description = "Archive index to search (read-only), built by `newsminer index`.")
  Path index;

  @Option(names = "--port", defaultValue = "8080", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only; 0.0.0.0 opens it to the network).")
  String host;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be between 0 and 65535, got " + port);
    }
    out.println("newsminer serve: loading models ...");
    out.flush();
    try (WebServer server = WebServer.start(host, port, index, System.err)) {
      out.printf(Locale.ROOT, "newsminer serve: %s%s  (Ctrl-C stops)%n", server.uri(),
          index == null ? "  check and extract pages only (no --index)" : "  searching " + index);
      out.flush();
      server.join();
    }
    return 0;
  }
}
