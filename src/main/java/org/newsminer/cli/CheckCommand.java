package org.newsminer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsminer.JsonCodec;
import org.newsminer.MinedArticle;
import org.newsminer.MinedPage;
import org.newsminer.NewsMiner;
import org.newsminer.check.Check;
import org.newsminer.check.Verdict;
import org.newsminer.entity.EntityType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsminer check}: the arithmetic each article states, with its verdict, for an editor. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Check the arithmetic stated in each article (sums, ratios, shares, products) of pages "
        + "(files, directories of .txt, or - for stdin).")
final class CheckCommand implements Callable<Integer> {

  enum Format { text, jsonl }

  @Spec
  CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", description = "text (default) or jsonl: ${COMPLETION-CANDIDATES}")
  Format format;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories of .txt files, or - for stdin.")
  List<String> paths;

  @Override
  public Integer call() throws JsonProcessingException {
    PrintWriter out = spec.commandLine().getOut();
    Inputs inputs = new Inputs(spec.commandLine().getErr(), System.in);
    // The checker reads MONEY and PERCENT entities only: places and programs would be wasted work.
    NewsMiner miner = NewsMiner.builder().types(EnumSet.of(EntityType.MONEY, EntityType.PERCENT)).build();
    int consistent = 0;
    int inconsistent = 0;
    List<String> toLookAt = new java.util.ArrayList<>();
    for (Inputs.Input in : inputs.read(paths)) {
      MinedPage page = miner.process(in.text());
      for (MinedArticle a : page.articles()) {
        if (a.checks().isEmpty()) {
          continue;
        }
        if (format == Format.text) {
          out.printf("== %s #%d  %s%n", in.source(), a.number(), a.title());
        }
        for (Check c : a.checks()) {
          String sentence = CheckMarkup.sentence(in.text(), c);
          if (c.verdict() == Verdict.CONSISTENT) {
            consistent++;
          } else {
            inconsistent++;
            toLookAt.add(String.format("  ✗ %s #%d %s %s", in.source(), a.number(), c.kind(), CheckMarkup.arithmetic(c)));
          }
          if (format == Format.jsonl) {
            ObjectNode o = JsonCodec.object();
            o.put("source", in.source());
            o.put("article", a.number());
            o.put("title", a.title());
            o.setAll(JsonCodec.check(c));
            o.put("sentence", sentence);
            out.println(JsonCodec.line(o));
          } else {
            out.printf("  %s %-12s %-7s %s%n", c.verdict() == Verdict.CONSISTENT ? "✓" : "✗", c.verdict(), c.kind(),
                CheckMarkup.arithmetic(c));
            out.printf("      %s%n", sentence);
          }
        }
      }
      out.flush();
    }
    if (format == Format.text) {
      out.printf("%d checks: %d consistent ✓, %d inconsistent ✗%n", consistent + inconsistent, consistent, inconsistent);
      toLookAt.forEach(out::println);
    }
    out.flush();
    return inputs.failed() ? 1 : 0;
  }
}
