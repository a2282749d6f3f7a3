package org.newsminer.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The arguments and streams of a command that mines pages ({@code extract}, {@code check}): the PATH
 * list, with one definition of what it accepts, and the command's output and error streams. A picocli
 * mixin: one instance per command invocation.
 */
final class PageArguments {

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Files, directories of .txt files (walked by the rule in the README), or - for stdin.")
  List<String> paths;

  /** The command's standard output. */
  PrintWriter out() {
    return command.commandLine().getOut();
  }

  /** The inputs of this invocation, reporting bad ones on the command's error stream. */
  Inputs inputs() {
    return new Inputs(command.commandLine().getErr(), System.in);
  }
}
