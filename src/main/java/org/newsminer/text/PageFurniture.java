package org.newsminer.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines a page prints around its articles (bylines, datelines, photo captions and credits), one
 * rule set for the normalizer, which keeps such lines on their own, and the article splitter, which
 * bounds articles with them. The words come from {@code models/rules/text/page-furniture.tsv}.
 *
 * <p>The tests take a line's text with layout whitespace removed, except {@link #endsWithCredit}, for
 * which the space before 摄 is the evidence. Immutable and thread-safe; {@link #get()} loads once.
 */
public final class PageFurniture {
  /** Longest byline, in characters (ideographs): a longer line opening with 记者 is a sentence. */
  public static final int MAX_BYLINE = 40;

  private static final String RESOURCE = "rules/text/page-furniture.tsv";
  /** Most ideographs a dateline puts between the paper's name and 讯/电 (本报日喀则讯: 3). */
  private static final int MAX_DATELINE_PLACE = 6;

  private final List<String> ownPaper = new ArrayList<>();
  private final List<String> reporters = new ArrayList<>();
  private final StringBuilder datelineEnds = new StringBuilder();
  private final List<String> captionStarts = new ArrayList<>();
  private final List<String> creditStarts = new ArrayList<>();
  private final List<String> creditEnds = new ArrayList<>();

  private static final class Holder {
    static final PageFurniture INSTANCE = new PageFurniture();
  }

  public static PageFurniture get() {
    return Holder.INSTANCE;
  }

  private PageFurniture() {
    for (ModelFile.Row row : ModelFile.rows(RESOURCE, 2, 2)) {
      String w = row.field(1);
      switch (row.field(0)) {
        case "OWN_PAPER" -> ownPaper.add(w);
        case "REPORTER" -> reporters.add(w);
        case "DATELINE_END" -> datelineEnds.append(w);
        case "CAPTION_START" -> captionStarts.add(w);
        case "CREDIT_START" -> creditStarts.add(w);
        case "CREDIT_END" -> creditEnds.add(w);
        default -> throw row.error("unknown kind " + row.field(0));
      }
    }
    if (ownPaper.isEmpty() || reporters.isEmpty() || datelineEnds.length() == 0) {
      throw new IllegalArgumentException("models/" + RESOURCE + ": needs OWN_PAPER, REPORTER and DATELINE_END rows");
    }
  }

  /** The reporter word that starts {@code line}, after the paper's own name if any (本报记者), or null. */
  public String bylineReporter(String line) {
    String rest = line;
    for (String p : ownPaper) {
      if (rest.startsWith(p)) {
        rest = rest.substring(p.length());
        break;
      }
    }
    for (String r : reporters) {
      if (rest.startsWith(r)) {
        return r;
      }
    }
    return null;
  }

  /** Whether {@code s} ends with a reporter word (…记者), so that the name after it is a byline's. */
  public boolean endsWithReporter(CharSequence s) {
    for (String r : reporters) {
      if (endsWith(s, r)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWith(CharSequence s, String w) {
    int n = s.length() - w.length();
    if (n < 0) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (s.charAt(n + i) != w.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** 本报拉萨讯, 本报日喀则电: the paper's name, one to six ideographs, 讯 or 电. */
  public boolean isDateline(String line) {
    for (String p : ownPaper) {
      if (!line.startsWith(p)) {
        continue;
      }
      for (int k = p.length(); k < Math.min(line.length(), p.length() + MAX_DATELINE_PLACE + 1); k++) {
        char c = line.charAt(k);
        if (datelineEnds.indexOf(String.valueOf(c)) >= 0 && k > p.length()) {
          return true;
        }
        if (!CharClasses.isIdeographOrSurrogate(c)) {
          return false;
        }
      }
    }
    return false;
  }

  /** The start of a photo caption (图为…), which may run over several lines. */
  public boolean isCaptionStart(String line) {
    return captionStarts.stream().anyMatch(line::startsWith);
  }

  /** A one-line picture credit by its start (图片由…提供). */
  public boolean isCreditStart(String line) {
    return creditStarts.stream().anyMatch(line::startsWith);
  }

  /** A photo credit: a line ending in a space and 摄 (本报记者 裴聪 摄). */
  public boolean endsWithCredit(CharSequence line) {
    for (String e : creditEnds) {
      int n = line.length() - e.length();
      if (n >= 1 && CharClasses.isSpace(line.charAt(n - 1)) && endsWith(line, e)) {
        return true;
      }
    }
    return false;
  }
}
