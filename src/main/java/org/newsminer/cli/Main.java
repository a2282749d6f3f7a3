package org.newsminer.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsminer} command line. */
@Command(name = "newsminer", mixinStandardHelpOptions = true, version = "newsminer 0.1.0",
    description = "Mines Chinese-language newspaper pages: extract, check, index, search, evaluate, benchmark.",
    subcommands = {ExtractCommand.class, CheckCommand.class, IndexCommand.class, SearchCommand.class,
        EvalCommand.class, BenchCommand.class, ServeCommand.class})
public final class Main {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line on the process's streams and returns its exit status; never throws. */
  static int run(String... args) {
    // Standard output bypasses System.out, which would hide write errors (a full disk, a closed pipe).
    return run(Output.of(new FileOutputStream(FileDescriptor.out)),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args);
  }

  /** Runs the command line writing to {@code out} and {@code err}; never throws. */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof Output.WriteFailed w && w.brokenPipe()) {
        return 141; // the reader went away (| head): like a shell tool ended by SIGPIPE, without a word
      }
      // A user sees one line, never a stack trace.
      cmd.getErr().println("newsminer: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      return 2;
    });
    int status = cl.execute(args);
    out.flush();
    err.flush();
    return status;
  }
}
