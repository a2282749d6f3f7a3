package org.newsminer.cli;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.newsminer.NewsMiner;
import org.newsminer.entity.EntityExtractor;
import org.newsminer.entity.EntityType;
import org.newsminer.text.Normalizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsminer bench}: throughput of each extraction stage on the corpus repeated to a given size,
 * beside HanLP's segmenters on the same text in the same run, reported as ratios (the machine is shared
 * and noisy; only ratios measured together mean anything).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure extraction throughput against HanLP's segmenters on the corpus repeated to --mb MB.")
final class BenchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "Pages to repeat (default: the bundled corpus/ of this checkout).")
  Path corpus;

  @Option(names = "--mb", defaultValue = "10", description = "Size of the benchmark text in MB of UTF-8 (default ${DEFAULT-VALUE}).")
  double megabytes;

  /** One measured stage: its name, its input pages and what it does to one page. */
  private record Stage(String name, List<String> input, Consumer<String> run) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (megabytes <= 0) {
      throw new IllegalArgumentException("--mb must be positive, got " + megabytes);
    }
    List<String> pages = pages(megabytes);
    long chars = pages.stream().mapToLong(String::length).sum();
    long bytes = pages.stream().mapToLong(p -> p.getBytes(StandardCharsets.UTF_8).length).sum();
    out.printf("bench text: %d pages, %.1f MB UTF-8, %d chars (corpus repeated)%n", pages.size(), bytes / 1e6, chars);
    out.flush();

    Normalizer normalizer = new Normalizer();
    List<String> normalized = pages.stream().map(p -> normalizer.normalize(p).text()).toList();
    EntityExtractor numbers = EntityExtractor.of(EnumSet.of(EntityType.MONEY, EntityType.PERCENT));
    EntityExtractor places = EntityExtractor.of(EnumSet.of(EntityType.PLACE));
    EntityExtractor programs = EntityExtractor.of(EnumSet.of(EntityType.PROGRAM));
    NewsMiner extractAll = NewsMiner.builder().checks(false).build();
    NewsMiner pipeline = NewsMiner.builder().build();
    // HanLP baselines get the normalized text: the same words, without PDF spaces to trip on.
    Segment standard = HanLP.newSegment();
    Segment withPlaces = HanLP.newSegment().enablePlaceRecognize(true);

    Stage normalize = new Stage("normalize", pages, normalizer::normalize);
    Stage moneyPercent = new Stage("normalize + MONEY/PERCENT", pages, p -> numbers.extract(normalizer.normalize(p).text()));
    Stage all = new Stage("all extraction (normalize, split, 4 types)", pages, extractAll::process);
    Stage full = new Stage("full pipeline (+ checks)", pages, pipeline::process);
    Stage hanlp = new Stage("HanLP standard segmenter", normalized, standard::seg);
    Stage hanlpPlaces = new Stage("HanLP segmenter + place recognition", normalized, withPlaces::seg);
    List<Stage> stages = List.of(normalize, moneyPercent,
        new Stage("PLACE only (normalized input)", normalized, places::extract),
        new Stage("PROGRAM only (normalized input)", normalized, programs::extract),
        all, full, hanlp, hanlpPlaces);
    Map<Stage, Double> rate = new HashMap<>();
    for (Stage s : stages) {
      double r = measure(s.input(), s.run());
      rate.put(s, r);
      out.printf("%-44s %12.0f chars/s %8.2f MB/s%n", s.name(), r, r * bytes / chars / 1e6);
      out.flush();
    }
    out.println();
    out.printf("normalize + MONEY/PERCENT vs HanLP standard segmenter:     %6.1fx (target >= 10x)%n",
        rate.get(moneyPercent) / rate.get(hanlp));
    out.printf("all extraction vs HanLP segmenter with place recognition: %6.1fx (target >= 2x)%n",
        rate.get(all) / rate.get(hanlpPlaces));
    out.printf("full pipeline vs HanLP segmenter with place recognition:  %6.1fx%n",
        rate.get(full) / rate.get(hanlpPlaces));
    out.flush();
    return 0;
  }

  /** Chars per second of {@code run} over {@code input}, after a warm-up on part of it. */
  private static double measure(List<String> input, Consumer<String> run) {
    int warm = Math.max(1, input.size() / 5);
    for (int i = 0; i < warm; i++) {
      run.accept(input.get(i));
    }
    long chars = 0;
    long t0 = System.nanoTime();
    for (String page : input) {
      run.accept(page);
      chars += page.length();
    }
    return chars / ((System.nanoTime() - t0) / 1e9);
  }

  private List<String> pages(double mb) throws IOException {
    Path dir = corpus != null ? corpus : Home.path("corpus");
    List<String> base = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          base.add(Files.readString(f, StandardCharsets.UTF_8));
        }
      }
    }
    if (base.isEmpty()) {
      throw new IllegalArgumentException("no .txt pages in " + dir + " (use --corpus DIR)");
    }
    List<String> pages = new ArrayList<>();
    long target = (long) (mb * 1e6);
    for (long bytes = 0; bytes < target; ) {
      for (String p : base) {
        pages.add(p);
        bytes += p.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return pages;
  }
}
