package org.newsminer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsminer} command line. */
@Command(name = "newsminer", mixinStandardHelpOptions = true, version = "newsminer 0.1.0",
    description = "Mines Chinese-language newspaper pages: extract, evaluate, benchmark.",
    subcommands = {ExtractCommand.class, IndexCommand.class, SearchCommand.class})
public final class Main {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status; never throws. */
  static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      // A user sees one line, never a stack trace.
      cmd.getErr().println("newsminer: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      return 2;
    });
    return cl.execute(args);
  }
}
