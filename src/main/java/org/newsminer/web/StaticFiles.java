package org.newsminer.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The page assets (HTML, JS, CSS) from the classpath folder {@code org/newsminer/web/assets/}, and
 * ECharts from its WebJar, read once and kept in memory. Only plain file names are served, so no path
 * can reach anything else on the classpath. Thread-safe.
 */
final class StaticFiles {
  private static final String FOLDER = "org/newsminer/web/assets/";
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*\\.(html|js|css|png|svg)");
  /** The name the pages load ECharts by. */
  static final String ECHARTS = "echarts.min.js";

  /** A file's bytes and media type. */
  record File(byte[] bytes, String type) {}

  private final Map<String, File> cache = new ConcurrentHashMap<>();

  /** The asset {@code name}, or null when there is none. */
  File get(String name) {
    if (!name.equals(ECHARTS) && !NAME.matcher(name).matches()) {
      return null;
    }
    return cache.computeIfAbsent(name, n -> {
      String path = n.equals(ECHARTS) ? echartsPath() : FOLDER + n;
      byte[] bytes = read(path);
      return bytes == null ? null : new File(bytes, type(n));
    });
  }

  /** The minified bundle in the ECharts WebJar, whose version its Maven metadata gives. */
  private static String echartsPath() {
    Properties p = new Properties();
    try (InputStream in = resource("META-INF/maven/org.webjars.npm/echarts/pom.properties")) {
      if (in == null) {
        return null;
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "META-INF/resources/webjars/echarts/" + p.getProperty("version") + "/dist/echarts.min.js";
  }

  private static byte[] read(String path) {
    if (path == null) {
      return null;
    }
    try (InputStream in = resource(path)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String path) {
    return StaticFiles.class.getClassLoader().getResourceAsStream(path);
  }

  private static String type(String name) {
    String ext = name.substring(name.lastIndexOf('.') + 1);
    return switch (ext) {
      case "html" -> "text/html; charset=utf-8";
      case "js" -> "text/javascript; charset=utf-8";
      case "css" -> "text/css; charset=utf-8";
      case "png" -> "image/png";
      default -> "image/svg+xml";
    };
  }
}
