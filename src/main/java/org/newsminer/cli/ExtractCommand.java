package org.newsminer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsminer.JsonCodec;
import org.newsminer.MinedArticle;
import org.newsminer.NewsMiner;
import org.newsminer.WindowedMiner;
import org.newsminer.check.Verdict;
import org.newsminer.entity.Entity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsminer extract}: articles and entities as JSON lines, a JSON array, or a table. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract articles, entities and checks from pages (files, directories of .txt, or - for stdin).")
final class ExtractCommand implements Callable<Integer> {

  enum Format { jsonl, json, text }

  @Mixin
  PageArguments pages;

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default), json or text: ${COMPLETION-CANDIDATES}")
  Format format;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = pages.out();
    Inputs inputs = pages.inputs();
    NewsMiner miner = NewsMiner.builder().build();
    // The JSON array is written element by element, so it streams like the other formats.
    boolean[] first = {true};
    if (format == Format.json) {
      out.print("[");
    }
    new PageStream(inputs, miner, WindowedMiner.WINDOW, System.console() != null).mine(pages.paths, new PageStream.Sink() {
      @Override
      public void article(PageStream.Window w, MinedArticle a) throws IOException {
        switch (format) {
          case jsonl -> out.println(JsonCodec.line(JsonCodec.article(w.source(), a)));
          case json -> {
            out.print(first[0] ? "\n" : ",\n");
            out.print(JsonCodec.pretty(JsonCodec.article(w.source(), a)).indent(2).stripTrailing());
            first[0] = false;
          }
          case text -> printTable(out, w.source(), a);
        }
      }

      @Override
      public void windowDone() {
        Output.flush(out);
      }
    });
    if (format == Format.json) {
      out.println(first[0] ? "]" : "\n]");
    }
    Output.flush(out);
    return inputs.failed() ? 1 : 0;
  }

  private static void printTable(PrintWriter out, String source, MinedArticle a) {
    out.printf(Locale.ROOT, "== %s #%d  %s  [%d, %d)%n", source, a.number(), a.title(), a.start(), a.end());
    for (Entity e : a.entities()) {
      out.printf(Locale.ROOT, "  %-8s %-24s %6d-%-6d %s%n", e.type(), e.text(), e.start(), e.end(), TextTable.describe(e));
    }
    a.checks().forEach(c -> out.printf(Locale.ROOT, "  CHECK    %-8s %s stated %s computed %s  %s%n", c.kind(),
        c.verdict() == Verdict.CONSISTENT ? "✓" : "✗", c.stated().toPlainString(),
        c.computed().toPlainString(), String.join(" ", c.numbers())));
    out.println();
  }
}
