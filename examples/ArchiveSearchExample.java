import java.nio.file.Path;
import org.newsminer.index.ArchiveIndexer;
import org.newsminer.search.ArchiveSearcher;
import org.newsminer.search.Hit;
import org.newsminer.search.SearchRequest;
import org.newsminer.search.SearchResult;

/**
 * Indexing and searching an archive from Java.
 *
 * <p>Run from the repository root after {@code mvn -B -q package -DskipTests}:
 * <pre>
 * java -cp target/newsminer.jar examples/ArchiveSearchExample.java /tmp/archive-index corpus/*.txt
 * </pre>
 */
public class ArchiveSearchExample {
  public static void main(String[] args) throws Exception {
    Path index = Path.of(args[0]);

    // Index: one Lucene document per article, entities as fields. Indexing a file again replaces it.
    try (ArchiveIndexer indexer = ArchiveIndexer.open(index)) {
      for (int i = 1; i < args.length; i++) {
        indexer.indexFile(Path.of(args[i]));
      }
    } // close() commits

    // Search: a string finds every article containing it; filters by place, program and amount.
    try (ArchiveSearcher searcher = ArchiveSearcher.open(index)) {
      SearchResult r = searcher.search(SearchRequest.builder()
          .query("乡村振兴 OR \"万企兴万村\"")
          .place("拉萨")          // 拉萨市 and every place under it
          .moneyMin("1亿")        // articles that mention at least 100,000,000 yuan
          .limit(5)
          .build());
      System.out.println(r.total() + " articles");
      for (Hit h : r.hits()) {
        System.out.println(h.source() + " #" + h.article() + "  " + h.title());
        System.out.println("  " + h.snippet().marked("[", "]"));
      }
      // Without filters:
      searcher.search(SearchRequest.of("两不愁三保障")).hits()
          .forEach(h -> System.out.println(h.title() + ": " + h.snippet().marked("[", "]")));
    }
  }
}
