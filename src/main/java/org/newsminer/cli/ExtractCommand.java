package org.newsminer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsminer.JsonCodec;
import org.newsminer.MinedArticle;
import org.newsminer.NewsMiner;
import org.newsminer.check.Verdict;
import org.newsminer.entity.Entity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsminer extract}: articles and entities as JSON lines, a JSON array, or a table. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract articles, entities and checks from pages (files, directories of .txt, or - for stdin).")
final class ExtractCommand implements Callable<Integer> {

  enum Format { jsonl, json, text }

  @Spec
  CommandSpec spec;

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default), json or text: ${COMPLETION-CANDIDATES}")
  Format format;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories of .txt files, or - for stdin.")
  List<String> paths;

  @Override
  public Integer call() throws JsonProcessingException {
    PrintWriter out = spec.commandLine().getOut();
    Inputs inputs = new Inputs(spec.commandLine().getErr(), System.in);
    NewsMiner miner = NewsMiner.builder().build();
    ArrayNode all = JsonCodec.array();
    for (Inputs.Input in : inputs.read(paths)) {
      for (MinedArticle a : miner.process(in.text()).articles()) {
        switch (format) {
          case jsonl -> out.println(JsonCodec.line(JsonCodec.article(in.source(), a)));
          case json -> all.add(JsonCodec.article(in.source(), a));
          case text -> printTable(out, in.source(), a);
        }
      }
      out.flush();
    }
    if (format == Format.json) {
      out.println(JsonCodec.pretty(all));
    }
    out.flush();
    return inputs.failed() ? 1 : 0;
  }

  private static void printTable(PrintWriter out, String source, MinedArticle a) {
    out.printf("== %s #%d  %s  [%d, %d)%n", source, a.number(), a.title(), a.start(), a.end());
    for (Entity e : a.entities()) {
      out.printf("  %-8s %-24s %6d-%-6d %s%n", e.type(), e.text(), e.start(), e.end(), TextTable.describe(e));
    }
    a.checks().forEach(c -> out.printf("  CHECK    %-8s %s stated %s computed %s  %s%n", c.kind(),
        c.verdict() == Verdict.CONSISTENT ? "✓" : "✗", c.stated().toPlainString(),
        c.computed().toPlainString(), String.join(" ", c.numbers())));
    out.println();
  }
}
