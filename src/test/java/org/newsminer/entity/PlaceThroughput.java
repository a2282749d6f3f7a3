package org.newsminer.entity;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Throughput of the PLACE recognizer against HanLP's place-recognizing segmenter on corpus/ (PDF
 * whitespace stripped). A benchmark, not a test: run with
 * {@code java -cp target/classes:target/test-classes:<hanlp.jar> org.newsminer.entity.PlaceThroughput}.
 */
public final class PlaceThroughput {
  private PlaceThroughput() {}

  public static void main(String[] args) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (var files = Files.list(Path.of(args.length > 0 ? args[0] : "corpus"))) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".txt")).sorted()::iterator) {
        sb.append(Files.readString(f, StandardCharsets.UTF_8).replaceAll("\\s+", ""));
      }
    }
    String text = sb.toString();
    PlaceRecognizer places = new PlaceRecognizer();
    Segment hanlp = HanLP.newSegment().enablePlaceRecognize(true);
    List<Double> ratios = new ArrayList<>();
    for (int round = 0; round < 8; round++) {
      long t0 = System.nanoTime();
      int n = 0;
      for (int k = 0; k < 10; k++) {
        List<Entity> out = new ArrayList<>();
        places.recognize(text, 0, text.length(), out);
        n += out.size();
      }
      double ours = text.length() * 10 / ((System.nanoTime() - t0) / 1e9);
      t0 = System.nanoTime();
      for (int k = 0; k < 10; k++) {
        n += hanlp.seg(text).size();
      }
      double theirs = text.length() * 10 / ((System.nanoTime() - t0) / 1e9);
      System.out.printf("round %d: PlaceRecognizer %.0f chars/s, HanLP place segmenter %.0f chars/s, ratio %.2f (%d)%n",
          round, ours, theirs, ours / theirs, n);
      if (round >= 3) {
        ratios.add(ours / theirs);
      }
    }
    ratios.sort(null);
    System.out.printf("median ratio after warm-up: %.2f%n", ratios.get(ratios.size() / 2));
  }
}
