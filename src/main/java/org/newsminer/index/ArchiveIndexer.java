package org.newsminer.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.newsminer.MinedArticle;
import org.newsminer.MinedPage;
import org.newsminer.NewsMiner;
import org.newsminer.WindowedMiner;
import org.newsminer.entity.Entity;
import org.newsminer.entity.Money;
import org.newsminer.entity.Percent;
import org.newsminer.entity.PercentUnit;
import org.newsminer.entity.Place;
import org.newsminer.entity.Program;

/**
 * Writes pages into an archive index, one Lucene document per article with its entities as fields
 * (see {@link ArchiveFields}).
 *
 * <pre>{@code
 * try (ArchiveIndexer indexer = ArchiveIndexer.open(Path.of("idx"))) {
 *   indexer.indexFile(Path.of("corpus/000_43268a8e56779e13.txt"));
 * } // close() commits
 * }
 * }</pre>
 *
 * <p>All articles of one page are replaced in one atomic step (delete by source, add the page's
 * documents), so any commit holds every page wholly or not at all: a crash loses at most the pages
 * since the last {@link #commit()}, and re-running skips pages already committed with the same
 * content ({@link #isCurrent}). Indexing methods are thread-safe and may be called from several
 * threads at once; {@link #commit()} may run concurrently with them.
 */
public final class ArchiveIndexer implements Closeable {
  /** Bump when the document layout changes, so that re-running re-indexes every file. */
  static final String SCHEMA = "3"; // 2: bigrams span layout whitespace next to Chinese characters; 3: counties of the division list are words

  /** Words only rank (matching is by bigrams on TEXT): frequencies without positions suffice. */
  private static final FieldType WORDS_TYPE = new FieldType();

  static {
    WORDS_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    WORDS_TYPE.setTokenized(true);
    WORDS_TYPE.freeze();
  }

  private final Directory dir;
  private final IndexWriter writer;
  private final NewsMiner miner;
  private final FacetsConfig facets = ArchiveFields.facetsConfig();
  /** Commits take it exclusively; a page indexed in several steps holds it shared, so no commit sees half. */
  private final ReadWriteLock commitLock = new ReentrantReadWriteLock();
  /** The last commit before this run, to tell which files are already indexed; null for a new index. */
  private final DirectoryReader before;
  private final IndexSearcher beforeSearcher;

  private ArchiveIndexer(Path path, NewsMiner miner, double ramBufferMB) throws IOException {
    this.dir = ArchiveDirectory.forWriting(path);
    IndexWriterConfig cfg = new IndexWriterConfig(ArchiveFields.analyzer());
    cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    cfg.setRAMBufferSizeMB(ramBufferMB);
    IndexWriter w;
    try {
      w = new IndexWriter(dir, cfg);
    } catch (IOException e) {
      dir.close();
      throw ArchiveDirectory.writeFailure(path, e);
    } catch (RuntimeException e) {
      dir.close();
      throw e;
    }
    w.setLiveCommitData(ArchiveDirectory.mark().entrySet());
    this.writer = w;
    this.miner = miner;
    this.before = DirectoryReader.indexExists(dir) ? DirectoryReader.open(dir) : null;
    this.beforeSearcher = before == null ? null : new IndexSearcher(before);
  }

  /**
   * Opens (or creates) the index in {@code dir} with the full newsminer pipeline. IllegalArgumentException
   * (one line) when {@code dir} is a file, holds another application's index or other files, or cannot be
   * written.
   */
  public static ArchiveIndexer open(Path dir) throws IOException {
    return open(dir, NewsMiner.builder().checks(false).build());
  }

  /** Opens (or creates) the index in {@code dir}, mining pages with {@code miner}. */
  public static ArchiveIndexer open(Path dir, NewsMiner miner) throws IOException {
    return new ArchiveIndexer(dir, miner, 48);
  }

  /** The signature of a file's content: what decides whether it must be indexed again. */
  public static String signature(byte[] content) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return SCHEMA + ":" + HexFormat.of().formatHex(md.digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The signature of a file's content read as a stream (equal to {@link #signature(byte[])} of its bytes). */
  public static String signature(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int r; (r = in.read(buf)) > 0; ) {
        md.update(buf, 0, r);
      }
      return SCHEMA + ":" + HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The key a file is indexed under: its absolute, normalized path. */
  public static String sourceOf(Path file) {
    return file.toAbsolutePath().normalize().toString();
  }

  /**
   * True when the index, as last committed before this indexer was opened, holds {@code source} with
   * this {@code signature}.
   */
  public boolean isCurrent(String source, String signature) throws IOException {
    if (beforeSearcher == null) {
      return false;
    }
    TopDocs td = beforeSearcher.search(new TermQuery(new Term(ArchiveFields.SOURCE, source)), 1);
    if (td.scoreDocs.length == 0) {
      return false;
    }
    StoredFields sf = before.storedFields();
    return signature.equals(sf.document(td.scoreDocs[0].doc).get(ArchiveFields.SIGNATURE));
  }

  /**
   * Indexes one UTF-8 page file, replacing what the index held for it, and returns the number of
   * articles. Not committed yet. Throws IllegalArgumentException for a file that is not UTF-8 text.
   */
  public Stats indexFile(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(file + ": not UTF-8 text");
    }
    return indexPage(sourceOf(file), text, signature(bytes));
  }

  /** Mines one page and replaces what the index held for {@code source} with its articles. */
  public Stats indexPage(String source, String text, String signature) throws IOException {
    return replace(source, signature, miner.process(text));
  }

  /** What indexing a page added. */
  public record Stats(int articles, int entities) {}

  /** Replaces what the index held for {@code source} with the articles of an already mined page. */
  public Stats replace(String source, String signature, MinedPage page) throws IOException {
    List<Document> docs = new ArrayList<>(page.articles().size());
    int entities = 0;
    for (MinedArticle a : page.articles()) {
      docs.add(document(source, signature, a));
      entities += a.entities().size();
    }
    // One atomic delete-and-add: a commit never sees half a page or a page twice.
    writer.updateDocuments(new Term(ArchiveFields.SOURCE, source), docs);
    return new Stats(docs.size(), entities);
  }

  /**
   * Mines a text of any length from {@code text} window by window ({@link WindowedMiner}) and replaces
   * what the index held for {@code source} with its articles; memory holds one window, not the text.
   * Still atomic for commits: {@link #commit()} waits until it is done. IllegalArgumentException for
   * binary data; on any failure nothing of {@code source} may be committed, so the caller must not
   * commit before re-indexing it (a failed page's earlier articles are rolled into the next replace).
   */
  public Stats indexStream(String source, String signature, Reader text, int window) throws IOException {
    Lock lock = commitLock.readLock();
    lock.lock();
    try {
      writer.deleteDocuments(new Term(ArchiveFields.SOURCE, source));
      int[] entities = {0};
      int articles = new WindowedMiner(miner, window).mine(text, (w, a) -> {
        writer.addDocument(document(source, signature, a));
        entities[0] += a.entities().size();
      });
      return new Stats(articles, entities[0]);
    } catch (IOException | RuntimeException e) {
      writer.deleteDocuments(new Term(ArchiveFields.SOURCE, source)); // no half page in a later commit
      throw e;
    } finally {
      lock.unlock();
    }
  }

  /** Removes every article of {@code source}. */
  public void delete(String source) throws IOException {
    writer.deleteDocuments(new Term(ArchiveFields.SOURCE, source));
  }

  private Document document(String source, String signature, MinedArticle a)
      throws IOException {
    Document d = new Document();
    d.add(new StringField(ArchiveFields.SOURCE, source, Field.Store.YES));
    d.add(new StoredField(ArchiveFields.SIGNATURE, signature));
    d.add(new StoredField(ArchiveFields.ARTICLE, a.number()));
    d.add(new StoredField(ArchiveFields.TITLE, a.title()));
    d.add(new StoredField(ArchiveFields.START, a.start()));
    d.add(new StoredField(ArchiveFields.END, a.end()));
    // The pipeline normalized the article already: index that, not the original again.
    String text = a.text();
    d.add(new TextField(ArchiveFields.TEXT, text, Field.Store.NO));
    // Stored already normalized and on one line, so search shows snippets without redoing that work.
    d.add(new StoredField(ArchiveFields.TEXT, ArchiveFields.display(a.text())));
    d.add(new Field(ArchiveFields.WORDS, text, WORDS_TYPE));
    Set<String> placeTerms = new LinkedHashSet<>();
    Set<String> pathTerms = new LinkedHashSet<>();
    Set<List<String>> placeFacets = new LinkedHashSet<>();
    Set<String> placeNames = new LinkedHashSet<>();
    Set<String> programs = new LinkedHashSet<>();
    Set<String> kinds = new LinkedHashSet<>();
    Set<List<String>> programFacets = new LinkedHashSet<>();
    Set<String> money = new LinkedHashSet<>();
    Set<String> percent = new LinkedHashSet<>();
    for (Entity e : a.entities()) {
      if (e instanceof Place p) {
        placeNames.add(p.name());
        placeTerms.add(p.name());
        placeTerms.addAll(p.path());
        List<String> path = p.path().isEmpty() ? List.of(p.name()) : p.path();
        for (int i = 1; i <= p.path().size(); i++) {
          pathTerms.add(String.join(ArchiveFields.PATH_SEPARATOR, p.path().subList(0, i)));
        }
        placeFacets.add(path);
      } else if (e instanceof Program p) {
        programs.add(p.name());
        kinds.add(p.kind().name());
        programFacets.add(List.of(p.kind().name(), p.name()));
      } else if (e instanceof Money m) {
        if (m.currency().equals("CNY")) {
          addNumber(d, ArchiveFields.MONEY, m.value(), money);
          if (m.isRange()) {
            addNumber(d, ArchiveFields.MONEY, m.max(), money);
          }
        }
      } else if (e instanceof Percent p) {
        if (p.unit() == PercentUnit.PERCENT) {
          addNumber(d, ArchiveFields.PERCENT, p.value(), percent);
          if (p.isRange()) {
            addNumber(d, ArchiveFields.PERCENT, p.max(), percent);
          }
        }
      }
    }
    placeTerms.forEach(t -> d.add(new StringField(ArchiveFields.PLACE, t, Field.Store.NO)));
    pathTerms.forEach(t -> d.add(new StringField(ArchiveFields.PLACE_PATH, t, Field.Store.NO)));
    placeNames.forEach(t -> d.add(new StoredField(ArchiveFields.PLACE_FACET, t)));
    placeFacets.forEach(p -> d.add(new SortedSetDocValuesFacetField(ArchiveFields.PLACE_FACET,
        p.toArray(String[]::new))));
    programs.forEach(t -> {
      d.add(new StringField(ArchiveFields.PROGRAM, t, Field.Store.NO));
      d.add(new StoredField(ArchiveFields.PROGRAM_FACET, t));
    });
    kinds.forEach(t -> d.add(new StringField(ArchiveFields.PROGRAM_KIND, t, Field.Store.NO)));
    programFacets.forEach(p -> d.add(new SortedSetDocValuesFacetField(ArchiveFields.PROGRAM_FACET,
        p.toArray(String[]::new))));
    money.forEach(v -> d.add(new StoredField(ArchiveFields.MONEY, v)));
    percent.forEach(v -> d.add(new StoredField(ArchiveFields.PERCENT, v)));
    return facets.build(d);
  }

  private static void addNumber(Document d, String field, BigDecimal v, Set<String> stored) {
    d.add(new DoublePoint(field, v.doubleValue()));
    stored.add(v.stripTrailingZeros().toPlainString());
  }

  /** Makes everything indexed so far durable and visible to searchers; whole pages only. */
  public void commit() throws IOException {
    Lock lock = commitLock.writeLock();
    lock.lock();
    try {
      writer.commit();
    } finally {
      lock.unlock();
    }
  }

  /** Number of articles in the index including uncommitted ones. */
  public int articleCount() {
    return writer.getDocStats().numDocs;
  }

  /** Commits what was indexed since the last commit, and closes. */
  @Override
  public void close() throws IOException {
    try {
      writer.close();
    } finally {
      try {
        if (before != null) {
          before.close();
        }
      } finally {
        dir.close();
      }
    }
  }

}
