/**
 * {@code newsminer serve}: the web workbench (search, article, check and extract pages) and its JSON
 * API, on an embedded Jetty 12 server, on top of the pipeline and the archive searcher (the same layer
 * as the command line). Pages live in {@code src/main/resources/org/newsminer/web/assets/}; they put
 * every piece of article or user text into the page as text, never as HTML.
 *
 * <pre>{@code
 * try (WebServer server = WebServer.start("127.0.0.1", 8080, Path.of("idx"), System.err)) {
 *   server.join();
 * }
 * }</pre>
 */
package org.newsminer.web;
