package org.newsminer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsminer.JsonCodec;
import org.newsminer.MinedArticle;
import org.newsminer.NewsMiner;
import org.newsminer.eval.AnnotationScore;
import org.newsminer.eval.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsminer eval}: precision, recall and F1 per type against gold annotations. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Score extraction against gold annotations: newsminer's own (NAME.json and NAME.*.json per page",
        "NAME.txt, with \"annotates\") or the ANNOTATE.md format of ../shared/dev-news/gold (\"file\" per article),",
        "scored as ../shared/tools/score_extract.py scores it."})
final class EvalCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Directory of gold annotations.")
  Path goldDir;

  @Option(names = "--errors", description = "List every disagreement (false positive, false negative, wrong value).")
  boolean showErrors;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Pages (files or directories of .txt); pages found in a directory without "
      + "annotations in the gold directory are listed and not scored.")
  List<String> paths;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Inputs inputs = new Inputs(spec.commandLine().getErr(), System.in);
    if (!Files.isDirectory(goldDir)) {
      inputs.fail(goldDir.toString(), "gold directory not found");
      return 2;
    }
    NewsMiner miner = NewsMiner.builder().build();
    if (AnnotationScore.isAnnotationGold(goldDir)) {
      return scoreAnnotations(out, inputs, miner);
    }
    Evaluation eval = new Evaluation();
    int pages = 0;
    List<String> unannotated = new ArrayList<>();
    for (Inputs.Input in : inputs.read(paths)) {
      Evaluation.Gold gold;
      try {
        if (!in.named() && !Evaluation.hasGold(goldDir, Path.of(in.source()))) {
          unannotated.add(in.source()); // found in a directory, annotated elsewhere (or not at all)
          continue;
        }
        gold = Evaluation.readGold(goldDir, Path.of(in.source()));
      } catch (IllegalArgumentException e) {
        inputs.fail(in.source(), e.getMessage());
        continue;
      }
      eval.add(in.source(), miner.process(in.text()), gold);
      pages++;
    }
    if (showErrors) {
      eval.errors().forEach(e -> out.printf(Locale.ROOT, "%-22s %s [%d,%d) %s  %s%n", e.kind(), e.source(), e.start(), e.end(),
          e.text(), e.detail()));
      out.println();
    }
    if (!unannotated.isEmpty()) {
      inputs.note(goldDir.toString(), "no annotations for " + unannotated.size() + " page"
          + (unannotated.size() == 1 ? "" : "s") + " found in the directories, not scored: " + String.join(", ", unannotated));
    }
    out.printf(Locale.ROOT, "%d pages%n", pages);
    out.print(eval.table());
    Output.flush(out);
    return inputs.failed() ? 1 : 0;
  }

  /** Gold in the ANNOTATE.md format (one file per article): the reference scorer's table. */
  private int scoreAnnotations(PrintWriter out, Inputs inputs, NewsMiner miner) throws IOException {
    Map<String, List<JsonNode>> predicted = new HashMap<>();
    for (Inputs.Input in : inputs.read(paths)) {
      String base = Path.of(in.source()).getFileName().toString();
      for (MinedArticle a : miner.process(in.text()).articles()) {
        predicted.computeIfAbsent(base, k -> new ArrayList<>()).add(JsonCodec.article(in.source(), a));
      }
    }
    AnnotationScore score = new AnnotationScore();
    try {
      score.score(goldDir, predicted);
    } catch (IllegalArgumentException e) {
      inputs.fail(goldDir.toString(), e.getMessage());
      return 2;
    }
    out.print(score.table());
    if (showErrors) {
      score.details().forEach(out::println);
    }
    Output.flush(out);
    return inputs.failed() ? 1 : 0;
  }
}
