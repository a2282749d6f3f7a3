package org.newsminer.index;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Where an archive index lives, checked before Lucene touches it: an index path that is a file, a
 * missing index (searching never creates directories), another application's Lucene index or a
 * non-empty folder without an index, a locked or unwritable index each end in an
 * {@link IllegalArgumentException} whose message is one line a user can act on. Stateless.
 *
 * <p>An archive index is recognized by the commit data {@value #MARK} that the indexer writes, or
 * (indexes written before the mark) by the fields of {@link ArchiveFields}.
 */
public final class ArchiveDirectory {
  private ArchiveDirectory() {}

  /** Commit user-data key of an archive index; its value is the document schema version. */
  public static final String MARK = "newsminer.schema";

  /** Opens {@code path} for searching: it must hold an archive index. Never creates anything. */
  public static Directory forReading(Path path) throws IOException {
    if (Files.isRegularFile(path)) {
      throw new IllegalArgumentException(path + ": a file, not an index directory");
    }
    if (!Files.isDirectory(path)) {
      throw new IllegalArgumentException("no index in " + path + " (build one with: newsminer index --index "
          + path + " PATH...)");
    }
    Directory dir = FSDirectory.open(path);
    try {
      if (!DirectoryReader.indexExists(dir)) {
        throw new IllegalArgumentException("no index in " + path + " (build one with: newsminer index --index "
            + path + " PATH...)");
      }
      requireArchive(dir, path);
      return dir;
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /**
   * Opens {@code path} for indexing: a new or empty directory, or one holding an archive index. The
   * caller opens the writer on it and reports its failures through {@link #writeFailure}.
   */
  public static Directory forWriting(Path path) throws IOException {
    if (Files.exists(path) && !Files.isDirectory(path)) {
      throw new IllegalArgumentException(path + ": a file, not an index directory");
    }
    try {
      Files.createDirectories(path);
    } catch (AccessDeniedException e) {
      throw new IllegalArgumentException("cannot create the index directory " + path + ": permission denied");
    }
    Directory dir = FSDirectory.open(path);
    try {
      if (DirectoryReader.indexExists(dir)) {
        requireArchive(dir, path);
      } else if (hasEntries(path)) {
        throw new IllegalArgumentException(path + " holds files but no index: name a new or empty directory");
      }
      return dir;
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /** The one-line reason a writer could not be opened on {@code path}, as an IllegalArgumentException. */
  public static IllegalArgumentException writeFailure(Path path, Exception e) {
    if (e instanceof LockObtainFailedException) {
      return new IllegalArgumentException("the index " + path + " is being written by another process (its "
          + "write.lock is held); wait for it to finish");
    }
    if (e instanceof AccessDeniedException) {
      return new IllegalArgumentException("cannot write the index " + path + ": permission denied ("
          + e.getMessage() + ")");
    }
    return new IllegalArgumentException("cannot write the index " + path + ": " + e.getMessage(), e);
  }

  /** The commit data that marks an archive index. */
  static Map<String, String> mark() {
    return Map.of(MARK, ArchiveIndexer.SCHEMA);
  }

  private static void requireArchive(Directory dir, Path path) throws IOException {
    Map<String, String> data;
    try {
      data = SegmentInfos.readLatestCommit(dir).getUserData();
    } catch (IndexFormatTooOldException | IndexFormatTooNewException e) {
      throw new IllegalArgumentException(path + " holds a Lucene index of another version, not a newsminer archive");
    }
    if (data.containsKey(MARK)) {
      return;
    }
    try (DirectoryReader r = DirectoryReader.open(dir)) {
      FieldInfos f = FieldInfos.getMergedFieldInfos(r);
      if (f.fieldInfo(ArchiveFields.SOURCE) != null && f.fieldInfo(ArchiveFields.SIGNATURE) != null
          && f.fieldInfo(ArchiveFields.TEXT) != null) {
        return; // written before the mark
      }
    }
    throw new IllegalArgumentException(path + " holds another application's Lucene index, not a newsminer archive; "
        + "name another directory");
  }

  private static boolean hasEntries(Path path) throws IOException {
    try (Stream<Path> s = Files.list(path)) {
      // Lucene's own lock file may be left by an earlier failed run.
      return s.anyMatch(p -> !p.getFileName().toString().equals("write.lock"));
    }
  }
}
