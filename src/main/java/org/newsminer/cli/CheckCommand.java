package org.newsminer.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsminer.JsonCodec;
import org.newsminer.MinedArticle;
import org.newsminer.NewsMiner;
import org.newsminer.WindowedMiner;
import org.newsminer.check.Check;
import org.newsminer.check.Verdict;
import org.newsminer.entity.EntityType;
import org.newsminer.web.CheckMarkup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsminer check}: the arithmetic each article states, with its verdict, for an editor. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Check the arithmetic stated in each article (sums, ratios, shares, products) of pages "
        + "(files, directories of .txt, or - for stdin).")
final class CheckCommand implements Callable<Integer> {

  enum Format { text, jsonl }

  @Mixin
  PageArguments pages;

  @Option(names = "--format", defaultValue = "text", description = "text (default) or jsonl: ${COMPLETION-CANDIDATES}")
  Format format;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = pages.out();
    Inputs inputs = pages.inputs();
    // The checker reads MONEY and PERCENT entities only: places and programs would be wasted work.
    NewsMiner miner = NewsMiner.builder().types(EnumSet.of(EntityType.MONEY, EntityType.PERCENT)).build();
    int[] consistent = {0};
    int[] inconsistent = {0};
    List<String> toLookAt = new ArrayList<>();
    new PageStream(inputs, miner, WindowedMiner.WINDOW, System.console() != null).mine(pages.paths, new PageStream.Sink() {
      @Override
      public void article(PageStream.Window w, MinedArticle a) throws IOException {
        if (a.checks().isEmpty()) {
          return;
        }
        if (format == Format.text) {
          out.printf(Locale.ROOT, "== %s #%d  %s%n", w.source(), a.number(), a.title());
        }
        for (Check c : a.checks()) {
          String sentence = CheckMarkup.sentence(w.text(), c.withSpans(w::local, w::local));
          if (c.verdict() == Verdict.CONSISTENT) {
            consistent[0]++;
          } else {
            inconsistent[0]++;
            toLookAt.add(String.format(Locale.ROOT, "  ✗ %s #%d %s %s", w.source(), a.number(), c.kind(), CheckMarkup.arithmetic(c)));
          }
          if (format == Format.jsonl) {
            ObjectNode o = JsonCodec.object();
            o.put("source", w.source());
            o.put("article", a.number());
            o.put("title", a.title());
            o.setAll(JsonCodec.check(c));
            o.put("sentence", sentence);
            out.println(JsonCodec.line(o));
          } else {
            out.printf(Locale.ROOT, "  %s %-12s %-7s %s%n", c.verdict() == Verdict.CONSISTENT ? "✓" : "✗", c.verdict(), c.kind(),
                CheckMarkup.arithmetic(c));
            out.printf(Locale.ROOT, "      %s%n", sentence);
            if (!c.explanation().isEmpty()) {
              out.printf(Locale.ROOT, "      why: %s%n", c.explanation());
            }
          }
        }
      }

      @Override
      public void windowDone() {
        Output.flush(out);
      }
    });
    if (format == Format.text) {
      out.printf(Locale.ROOT, "%d checks: %d consistent ✓, %d inconsistent ✗%n", consistent[0] + inconsistent[0], consistent[0],
          inconsistent[0]);
      toLookAt.forEach(out::println);
    }
    Output.flush(out);
    return inputs.failed() ? 1 : 0;
  }
}
