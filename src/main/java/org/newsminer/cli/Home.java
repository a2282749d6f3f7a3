package org.newsminer.cli;

import java.nio.file.Path;

/** Where the checkout is: {@code NEWSMINER_HOME} (set by the launcher), else the working directory. */
final class Home {
  private Home() {}

  static Path path(String child) {
    String home = System.getenv("NEWSMINER_HOME");
    return home == null || home.isEmpty() ? Path.of(child) : Path.of(home, child);
  }
}
