package org.newsminer.cli;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.newsminer.NewsMiner;
import org.newsminer.entity.EntityExtractor;
import org.newsminer.entity.EntityType;
import org.newsminer.index.ArchiveFields;
import org.newsminer.text.Normalizer;
import org.newsminer.web.ServeBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsminer bench}: throughput of each extraction stage on the corpus repeated to a given size,
 * beside HanLP's segmenters, and of the index analysis chain beside Lucene's SmartChineseAnalyzer and
 * CJKAnalyzer (what a Solr/OpenSearch user picks instead), on the same text in the same run, reported as ratios (the machine is shared
 * and noisy; only ratios measured together mean anything). Every stage runs on one thread, so its thread
 * CPU time is what it costs whatever else the machine is doing; the ratios use it.
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

  @Option(names = "--archive", paramLabel = "N",
      description = "Instead: build a synthetic archive of N articles from corpus paragraphs, index it, and report "
          + "indexing vs extraction throughput, index size, query latency and peak heap.")
  Integer archive;

  @Option(names = "--scaling",
      description = "Instead: time mining one file of 2 MB and of 16 MB (the corpus repeated) as extract reads "
          + "it, window by window; report the ratio (linear time) and the peak heap.")
  boolean scaling;

  @Option(names = "--work", paramLabel = "DIR",
      description = "With --archive: where the synthetic pages and index go (default: a new temporary directory).")
  Path work;

  @Option(names = "--serve",
      description = "Instead: serve an archive index (--index DIR, or the one --archive N builds) and drive the web API "
          + "with --clients concurrent clients; report throughput and latency p50/p99 per endpoint.")
  boolean serve;

  @Option(names = "--index", paramLabel = "DIR", description = "With --serve: the archive index to serve.")
  Path index;

  @Option(names = "--clients", defaultValue = "8", description = "With --serve: concurrent clients (default ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--seconds", defaultValue = "20", description = "With --serve: measured seconds per endpoint (default ${DEFAULT-VALUE}).")
  double seconds;

  @Option(names = "--rounds", defaultValue = "3", description = "Measured passes per stage; the median counts (default ${DEFAULT-VALUE}).")
  int rounds;

  /** One measured stage: its name, its input pages and what it does to one page. */
  private record Stage(String name, List<String> input, Consumer<String> run) {}

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    if (serve && index == null && archive == null) {
      throw new IllegalArgumentException("--serve needs --index DIR or --archive N (to build a synthetic archive first)");
    }
    if (archive != null) {
      Path dir = work != null ? work : Files.createTempDirectory("newsminer-bench");
      out.print(ArchiveBenchmark.run(archive, corpusDir(), dir, System.err).format());
      out.flush();
      if (!serve) {
        return 0;
      }
      index = dir.resolve("synthetic-index");
    }
    if (serve) {
      out.print(ServeBenchmark.run(index, corpusDir(), clients, seconds, System.err).format());
      out.flush();
      return 0;
    }
    if (scaling) {
      ScalingBenchmark.run(corpusPages(), out);
      Output.flush(out);
      return 0;
    }
    if (megabytes <= 0) {
      throw new IllegalArgumentException("--mb must be positive, got " + megabytes);
    }
    if (rounds < 1) {
      throw new IllegalArgumentException("--rounds must be at least 1, got " + rounds);
    }
    List<String> corpusPages = corpusPages();
    List<String> pages = repeated(corpusPages, megabytes);
    long chars = pages.stream().mapToLong(String::length).sum();
    long bytes = pages.stream().mapToLong(p -> p.getBytes(StandardCharsets.UTF_8).length).sum();
    out.printf(Locale.ROOT, "bench text: %d pages, %.1f MB UTF-8, %d chars (corpus repeated)%n", pages.size(), bytes / 1e6, chars);
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
    // What a Lucene/Solr/OpenSearch user picks instead of the newsminer analysis chain, on the same raw
    // pages: the chain as the index runs it (normalize once, then words and bigrams, two fields).
    Analyzer index = ArchiveFields.analyzer();
    Analyzer smart = new SmartChineseAnalyzer();
    Analyzer cjk = new CJKAnalyzer();
    Stage chain = new Stage("newsminer index analysis (normalize, words + grams)", pages, p -> {
      String t = normalizer.normalize(p).text();
      tokens(index, ArchiveFields.WORDS, t);
      tokens(index, ArchiveFields.TEXT, t);
    });
    Stage smartcn = new Stage("Lucene SmartChineseAnalyzer", pages, p -> tokens(smart, "f", p));
    Stage bigrams = new Stage("Lucene CJKAnalyzer (bigrams)", pages, p -> tokens(cjk, "f", p));
    List<Stage> stages = List.of(normalize, moneyPercent,
        new Stage("PLACE only (normalized input)", normalized, places::extract),
        new Stage("PROGRAM only (normalized input)", normalized, programs::extract),
        all, full, hanlp, hanlpPlaces, chain, smartcn, bigrams);
    for (Stage s : stages) {
      warmUp(s, corpusPages.size());
    }
    // Rounds interleave the stages, so a change in the machine's load hits all of them alike.
    Map<Stage, double[]> cpu = new HashMap<>();
    Map<Stage, double[]> wall = new HashMap<>();
    for (int round = 0; round < rounds; round++) {
      for (Stage s : stages) {
        long[] t = pass(s);
        cpu.computeIfAbsent(s, k -> new double[rounds])[round] = chars / (t[0] / 1e9);
        wall.computeIfAbsent(s, k -> new double[rounds])[round] = chars / (t[1] / 1e9);
      }
    }
    Map<Stage, Double> rate = new HashMap<>();
    out.printf(Locale.ROOT, "%-44s %14s %10s %14s%n", "stage (median of " + rounds + " rounds)", "chars/CPU-s", "MB/CPU-s", "chars/s wall");
    for (Stage s : stages) {
      rate.put(s, median(cpu.get(s)));
      out.printf(Locale.ROOT, "%-44s %14.0f %10.2f %14.0f%n", s.name(), rate.get(s), rate.get(s) * bytes / chars / 1e6,
          median(wall.get(s)));
    }
    out.println();
    out.printf(Locale.ROOT, "normalize + MONEY/PERCENT vs HanLP standard segmenter:     %6.1fx (target >= 10x)%n",
        rate.get(moneyPercent) / rate.get(hanlp));
    out.printf(Locale.ROOT, "all extraction vs HanLP segmenter with place recognition: %6.1fx (target >= 2x)%n",
        rate.get(all) / rate.get(hanlpPlaces));
    out.printf(Locale.ROOT, "full pipeline vs HanLP segmenter with place recognition:  %6.1fx%n",
        rate.get(full) / rate.get(hanlpPlaces));
    out.printf(Locale.ROOT, "newsminer index analysis vs SmartChineseAnalyzer:         %6.1fx (target >= 1x)%n",
        rate.get(chain) / rate.get(smartcn));
    out.printf(Locale.ROOT, "newsminer index analysis vs CJKAnalyzer (bigrams):        %6.1fx%n", rate.get(chain) / rate.get(bigrams));
    out.println();
    out.printf(Locale.ROOT, "tokens per 1000 chars: newsminer words %.0f + grams %.0f; SmartChineseAnalyzer %.0f; CJKAnalyzer %.0f%n",
        perThousand(corpusPages, p -> tokens(index, ArchiveFields.WORDS, normalizer.normalize(p).text())),
        perThousand(corpusPages, p -> tokens(index, ArchiveFields.TEXT, normalizer.normalize(p).text())),
        perThousand(corpusPages, p -> tokens(smart, "f", p)), perThousand(corpusPages, p -> tokens(cjk, "f", p)));
    out.flush();
    return 0;
  }

  /**
   * Runs {@code stage} until the JIT has compiled its hot paths: at least two seconds and one pass over
   * the {@code distinct} corpus pages the benchmark text repeats.
   */
  private static void warmUp(Stage stage, int distinct) {
    long until = System.nanoTime() + 2_000_000_000L;
    int i = 0;
    while (System.nanoTime() < until || i < distinct) {
      stage.run().accept(stage.input().get(i % stage.input().size()));
      i++;
    }
  }

  /** One pass of {@code stage} over its whole input: {CPU nanoseconds of this thread, wall nanoseconds}. */
  private static long[] pass(Stage stage) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    for (String page : stage.input()) {
      stage.run().accept(page);
    }
    return new long[] {threads.getCurrentThreadCpuTime() - cpu0, System.nanoTime() - wall0};
  }

  /** The number of tokens {@code a} makes of {@code text} in {@code field}. */
  private static long tokens(Analyzer a, String field, String text) {
    try (TokenStream ts = a.tokenStream(field, text)) {
      ts.reset();
      long n = 0;
      while (ts.incrementToken()) {
        n++;
      }
      ts.end();
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double perThousand(List<String> pages, ToLongFunction<String> count) {
    long n = 0;
    long chars = 0;
    for (String p : pages) {
      n += count.applyAsLong(p);
      chars += p.length();
    }
    return n * 1000.0 / chars;
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private Path corpusDir() {
    return corpus != null ? corpus : Home.path("corpus");
  }

  /** The .txt pages of the corpus directory, in name order. */
  private List<String> corpusPages() throws IOException {
    Path dir = corpusDir();
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
    return base;
  }

  /** {@code base} repeated whole until it holds at least {@code mb} MB of UTF-8. */
  private static List<String> repeated(List<String> base, double mb) {
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
