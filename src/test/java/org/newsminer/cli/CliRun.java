package org.newsminer.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** One run of the command line in this JVM, as a user meets it: exit status, standard output and error. */
record CliRun(int status, String out, String err) {

  /** Runs {@code newsminer args…} through {@link Main#run}, capturing both streams. */
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(status, out.toString(), err.toString());
  }

  List<String> errLines() {
    return err.lines().toList();
  }
}
