package org.newsminer.text;

import java.util.Arrays;
import java.util.List;

/**
 * Repairs the artefacts PDF extraction leaves in newspaper text while keeping the map back to the
 * original offsets. Stateless and thread-safe.
 *
 * <p>What it repairs:
 *
 * <ul>
 *   <li><b>Inserted spaces.</b> A whitespace run next to a CJK character (ideograph or CJK
 *       punctuation) is dropped: {@code 恢 复 目 标} → {@code 恢复目标}, {@code 2022 年} → {@code
 *       2022年}. Letter-spaced single digits join ({@code 2 0 2 2} → {@code 2022}). A run between two
 *       Latin words or numbers stays as one space. Spaces that a reader sees as separators stay as one
 *       space: in bylines and photo credits ({@code 本报记者 达珍 洛桑旦增}, {@code 本报记者 裴聪 摄}), after
 *       {@code 记者} in a dateline ({@code （记者 刘琳琳）}), and between two phrases of at least two
 *       ideographs each in a line that is not letter-spaced ({@code 在一线挥汗 到基层建功}).
 *   <li><b>Wrapped lines.</b> The extractor emits every layout line followed by an empty line. Two
 *       lines separated by at least one empty line are joined (nothing in between) when the first is
 *       continued: it does not end in sentence-final punctuation and either ends in clause punctuation
 *       ({@code ，、；“《（}) or fills the column (its width, CJK = 2, ASCII = 1, is within a tolerance
 *       of the typical width of the lines around it) or shows body-text signs (ends in a function word
 *       like 的, has two clause marks, starts with a connective like 此外, or the next line starts with
 *       one ideograph and a comma). The next line must itself look like body text (ends in
 *       punctuation, fills the column, or continues in turn), so a full-width headline is not glued
 *       to a short headline after it. Bylines, sub-headlines ({@code ——…}), photo credits, captions
 *       ({@code 图为…}) and datelines ({@code 本报拉萨讯…}) always start a line of their own. Every line
 *       break that is kept becomes one {@code \n}; a single {@code \n} without an empty line is taken
 *       as an intended break and never joined, which makes the normalizer idempotent on its own
 *       output.
 *   <li><b>Character forms.</b> Full-width digits, Latin letters and ASCII signs (U+FF01–U+FF5E except
 *       the Chinese punctuation {@code ！（），：；？}) become ASCII, the ideographic space is a space.
 *       Brackets are unified to {@code （）}. A half-width {@code , : ; ! ?} becomes {@code ，：；！？}
 *       unless it sits between two ASCII letters or digits (1,234.5 and 12:30 stay); a full-width
 *       {@code ，} grouping digits ({@code １，２３４}) becomes {@code ,}.
 * </ul>
 *
 * <p>Every normalized character maps to the original span it came from: a kept or converted
 * character to itself, a collapsed whitespace run or a line break to the whole whitespace run.
 * Characters that were dropped (whitespace only) belong to no normalized character. The work is one
 * linear pass over the lines plus one over the characters: no regular expressions.
 */
public final class Normalizer {

  /** Lines on each side whose widths estimate the column width around a line. */
  private static final int WINDOW = 8;

  /** Line ends (ideographs) that cannot end a headline: a line ending in them continues. */
  private static final String FUNCTION_ENDS = ModelFile.chars("rules/text/function-ends.txt");

  /** Sentence-initial connectives: a line starting with one is body text, not a headline. */
  private static final List<String> CONNECTIVES = ModelFile.wordList("rules/text/connectives.txt", false);

  private static final PageFurniture FURNITURE = PageFurniture.get();

  /** Normalizes {@code original}. */
  public NormalizedText normalize(String original) {
    if (original == null) {
      throw new IllegalArgumentException("text must not be null");
    }
    Lines lines = Lines.of(original);
    boolean[] join = decideJoins(original, lines);
    NormalizedText.Builder b = new NormalizedText.Builder(original);
    int[] tokStart = new int[16];
    int[] tokEnd = new int[16];
    for (int i = 0; i < lines.n; i++) {
      if (i > 0 && !join[i - 1]) {
        b.append('\n', lines.end[i - 1], lines.start[i]);
      }
      int cs = lines.start[i];
      int ce = lines.end[i];
      // Tokens: the runs between whitespace inside the line.
      int nt = 0;
      int p = cs;
      while (p < ce) {
        while (p < ce && CharClasses.isSpace(original.charAt(p))) {
          p++;
        }
        if (p >= ce) {
          break;
        }
        int q = p;
        while (q < ce && !CharClasses.isSpace(original.charAt(q))) {
          q++;
        }
        if (nt == tokStart.length) {
          tokStart = Arrays.copyOf(tokStart, nt * 2);
          tokEnd = Arrays.copyOf(tokEnd, nt * 2);
        }
        tokStart[nt] = p;
        tokEnd[nt] = q;
        nt++;
        p = q;
      }
      // Letter-spaced CJK (恢 复 目 标): half or more of the tokens that hold ideographs are one ideograph
      // alone. Tokens without ideographs (digits, Latin) do not count either way, nor do they make a
      // mixed token (本Ｃ) a letter: so a line joined to its neighbour is judged as it was on its own,
      // and normalizing twice changes nothing.
      int cjkTokens = 0;
      int singles = 0;
      for (int t = 0; t < nt; t++) {
        int ideographs = ideographs(original, tokStart[t], tokEnd[t]);
        if (ideographs > 0) {
          cjkTokens++;
          if (ideographs == 1 && tokEnd[t] - tokStart[t] == 1) {
            singles++;
          }
        }
      }
      boolean letterSpaced = cjkTokens >= 3 && singles * 2 >= cjkTokens;
      boolean byline = (lines.flags[i] & Lines.BYLINE) != 0;
      char last = lastNonSpace(b); // the last non-space character written
      for (int t = 0; t < nt; t++) {
        if (t > 0) {
          emitGap(original, b, last, tokStart, tokEnd, t, letterSpaced, byline);
        }
        for (int k = tokStart[t]; k < tokEnd[t]; k++) {
          last = convert(original, k, last);
          b.append(last, k, k + 1);
        }
      }
    }
    return b.build();
  }

  /**
   * Appends the separator (one space or nothing) for the whitespace before token {@code t}; {@code
   * a} is the last non-space character written.
   */
  private static void emitGap(
      String s,
      NormalizedText.Builder b,
      char a,
      int[] tokStart,
      int[] tokEnd,
      int t,
      boolean letterSpaced,
      boolean byline) {
    int gapStart = tokEnd[t - 1];
    int gapEnd = tokStart[t];
    char c = convert(s, gapEnd, a);
    boolean keep;
    if (a < 128 && c < 128 && !CharClasses.isSpace(a) && !CharClasses.isSpace(c)) {
      // Letter-spaced digits (2 0 2 2) join; other Latin neighbours stay apart.
      keep =
          !(isDigit(a)
              && isDigit(c)
              && asciiRunBack(s, tokStart[t - 1], gapStart) == 1
              && asciiRunForward(s, gapEnd, tokEnd[t]) == 1);
    } else if (byline) {
      keep = true;
    } else if (CharClasses.isIdeographOrSurrogate(c) && FURNITURE.endsWithReporter(b)) {
      keep = true;
    } else {
      keep =
          !letterSpaced
              && (CharClasses.isIdeographOrSurrogate(a) || isCloser(a) && a >= 128)
              && (CharClasses.isIdeographOrSurrogate(c) || isOpener(c))
              && ideographs(s, tokStart[t - 1], tokEnd[t - 1]) >= 2
              && ideographs(s, tokStart[t], tokEnd[t]) >= 2;
    }
    if (keep) {
      b.append(' ', gapStart, gapEnd);
    }
  }

  /**
   * The normalized form of the original character at {@code k}, given the last non-space normalized
   * character before it. Decided only from characters whose normalized form is stable, so that
   * normalizing again decides the same.
   */
  private static char convert(String s, int k, char prev) {
    char c = s.charAt(k);
    switch (c) {
      case '(':
        return '（';
      case ')':
        return '）';
      case ',':
      case ':':
      case ';':
      case '!':
      case '?':
        // 1,234.5 and 12:30 keep their ASCII sign; next to anything else it is Chinese punctuation.
        return isAsciiAlnum(prev) && isAsciiAlnum(nextNonSpace(s, k + 1)) ? c : (char) (c + 0xFEE0);
      case '，':
        // A full-width comma grouping digits (１，２３４) is a thousands separator.
        return isDigit(prev) && groupOfThree(s, k + 1) ? ',' : c;
      default:
        return CharClasses.foldToNormalized(c);
    }
  }

  /**
   * Exactly three digits (any width) follow {@code from}, whitespace between them skipped as the
   * normalizer removes it (a group broken over lines is still a group): so the decision is the same
   * when the normalized text is normalized again.
   */
  private static boolean groupOfThree(String s, int from) {
    int i = from;
    for (int d = 0; d < 3; d++) {
      while (i < s.length() && CharClasses.isSpace(s.charAt(i))) {
        i++;
      }
      if (i == s.length() || !isDigit(CharClasses.foldToNormalized(s.charAt(i)))) {
        return false;
      }
      i++;
    }
    return !isDigit(nextNonSpace(s, i));
  }

  private static char lastNonSpace(NormalizedText.Builder b) {
    for (int i = b.length() - 1; i >= 0; i--) {
      char c = b.charAt(i);
      if (!CharClasses.isSpace(c)) {
        return c;
      }
    }
    return ' ';
  }

  private static char nextNonSpace(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!CharClasses.isSpace(c)) {
        return CharClasses.foldToNormalized(c);
      }
    }
    return ' ';
  }

  private static int asciiRunBack(String s, int tokenStart, int end) {
    int n = 0;
    for (int i = end - 1; i >= tokenStart && isAsciiAlnum(CharClasses.foldToNormalized(s.charAt(i))); i--) {
      n++;
    }
    return n;
  }

  private static int asciiRunForward(String s, int start, int tokenEnd) {
    int n = 0;
    for (int i = start; i < tokenEnd && isAsciiAlnum(CharClasses.foldToNormalized(s.charAt(i))); i++) {
      n++;
    }
    return n;
  }

  private static int ideographs(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (CharClasses.isIdeographOrSurrogate(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  // ---------------------------------------------------------------- line joining

  /** Inserts {@code v} into the sorted {@code a[0, m)}; returns the new length. */
  private static int insertSorted(int[] a, int m, int v) {
    int k = m;
    while (k > 0 && a[k - 1] > v) {
      a[k] = a[k - 1];
      k--;
    }
    a[k] = v;
    return m + 1;
  }

  /** Removes one {@code v} from the sorted {@code a[0, m)}, which holds it; returns the new length. */
  private static int removeSorted(int[] a, int m, int v) {
    int k = Arrays.binarySearch(a, 0, m, v);
    System.arraycopy(a, k + 1, a, k, m - k - 1);
    return m - 1;
  }

  /** {@code join[i]}: line {@code i} continues on line {@code i + 1} (no break between them). */
  private static boolean[] decideJoins(String s, Lines lines) {
    int n = lines.n;
    boolean[] join = new boolean[Math.max(0, n - 1)];
    if (n < 2) {
      return join;
    }
    boolean[] full = new boolean[n];
    // The widths of lines [from, to) around line i, kept sorted as the window slides.
    int[] window = new int[2 * WINDOW + 1];
    int m = 0;
    int from = 0;
    int to = 0;
    for (int i = 0; i < n; i++) {
      for (; from < i - WINDOW; from++) {
        m = removeSorted(window, m, lines.width[from]);
      }
      for (; to < Math.min(n, i + WINDOW + 1); to++) {
        m = insertSorted(window, m, lines.width[to]);
      }
      // A high quantile: most lines of a wrapped column are full, headlines and last lines are short.
      int col = window[(m - 1) * 2 / 3];
      int tol = Math.max(6, col / 6);
      full[i] = lines.width[i] >= col - tol;
    }
    for (int i = n - 2; i >= 0; i--) {
      int fi = lines.flags[i];
      int fn = lines.flags[i + 1];
      if (!lines.blankBetween[i]
          || (fi & (Lines.FINAL | Lines.STANDALONE)) != 0
          || (fn & (Lines.FORCE_BEFORE | Lines.STANDALONE)) != 0
          || ((fi & Lines.DASH) != 0 && (fi & Lines.SOFT_END) == 0)) {
        continue;
      }
      boolean nextOk =
          (fn & (Lines.FINAL | Lines.SOFT_END)) != 0 || full[i + 1] || (i + 1 < n - 1 && join[i + 1]);
      if (!nextOk) {
        continue;
      }
      join[i] =
          (fi & Lines.SOFT_END) != 0
              || full[i]
              || (fi & (Lines.FUNCTION_END | Lines.CLAUSES | Lines.CONNECTIVE | Lines.DATELINE)) != 0
              || (fn & Lines.CONTINUATION_START) != 0;
    }
    return join;
  }

  /** The non-blank lines of a text with the features the joining decision needs. */
  private static final class Lines {
    static final int FINAL = 1; // ends in sentence-final punctuation
    static final int SOFT_END = 2; // ends in clause punctuation or an opening mark
    static final int BYLINE = 4; // byline or photo credit: keeps its spaces
    static final int STANDALONE = 8; // byline, credit, sub-headline: a line of its own
    static final int FORCE_BEFORE = 16; // caption or dateline: starts a new line
    static final int FUNCTION_END = 32; // ends in a function word
    static final int CLAUSES = 64; // two or more clause marks
    static final int CONNECTIVE = 128; // starts with a connective
    static final int CONTINUATION_START = 256; // starts with closing punctuation or one ideograph + comma
    static final int DATELINE = 512; // starts with a dateline: the first line of a body paragraph
    static final int DASH = 1024; // ——: a sub-headline, or a dash-led list item when it ends in ，、

    int n;
    int[] start;
    int[] end;
    int[] width;
    int[] flags;
    boolean[] blankBetween;

    static Lines of(String s) {
      Lines l = new Lines();
      int cap = 16;
      l.start = new int[cap];
      l.end = new int[cap];
      l.blankBetween = new boolean[cap];
      int newlines = 0;
      int len = s.length();
      int ls = 0;
      while (ls <= len) {
        int le = s.indexOf('\n', ls);
        if (le < 0) {
          le = len;
        }
        int cs = ls;
        while (cs < le && CharClasses.isSpace(s.charAt(cs))) {
          cs++;
        }
        int ce = le;
        while (ce > cs && CharClasses.isSpace(s.charAt(ce - 1))) {
          ce--;
        }
        if (cs < ce) {
          if (l.n == l.start.length) {
            cap = l.n * 2;
            l.start = Arrays.copyOf(l.start, cap);
            l.end = Arrays.copyOf(l.end, cap);
            l.blankBetween = Arrays.copyOf(l.blankBetween, cap);
          }
          if (l.n > 0) {
            l.blankBetween[l.n - 1] = newlines >= 2;
          }
          l.start[l.n] = cs;
          l.end[l.n] = ce;
          l.n++;
          newlines = 0;
        }
        newlines++;
        ls = le + 1;
      }
      l.width = new int[l.n];
      l.flags = new int[l.n];
      for (int i = 0; i < l.n; i++) {
        l.analyse(s, i);
      }
      return l;
    }

    private void analyse(String s, int i) {
      int cs = start[i];
      int ce = end[i];
      int w = 0;
      int clauses = 0;
      // The first few non-space characters, folded: enough for every prefix test below.
      StringBuilder head = new StringBuilder(12);
      for (int k = cs; k < ce; k++) {
        char c = CharClasses.foldToNormalized(s.charAt(k));
        if (CharClasses.isSpace(c)) {
          continue;
        }
        w += s.charAt(k) < 128 ? 1 : 2; // as printed: full-width digits are as wide as ideographs
        if (c == '，' || c == '、' || c == '；' || c == ',' || c == ';') {
          clauses++;
        }
        if (head.length() < 12) {
          head.append(c);
        }
      }
      width[i] = w;
      int f = 0;
      // Last character, looking through closing quotes and brackets for the final mark.
      int k = ce - 1;
      char last = CharClasses.foldToNormalized(s.charAt(k));
      while (k > cs && isCloser(CharClasses.foldToNormalized(s.charAt(k)))) {
        k--;
      }
      char beforeClosers = CharClasses.foldToNormalized(s.charAt(k));
      if (isFinal(beforeClosers)) {
        f |= FINAL;
      } else if (isSoft(last)) {
        f |= SOFT_END;
      } else if (FUNCTION_ENDS.indexOf(last) >= 0) {
        f |= FUNCTION_END;
      }
      if (clauses >= 2) {
        f |= CLAUSES;
      }
      String h = head.toString();
      for (String c : CONNECTIVES) {
        if (h.startsWith(c)) {
          f |= CONNECTIVE;
          break;
        }
      }
      char h0 = h.charAt(0);
      if (isCloser(h0) && h0 != '”' && h0 != '’' || h0 == '，' || h0 == '。' || h0 == '、') {
        f |= CONTINUATION_START;
      } else if (h.length() >= 2
          && CharClasses.isIdeographOrSurrogate(h0)
          && (h.charAt(1) == '，' || h.charAt(1) == '、' || h.charAt(1) == ',' || h.charAt(1) == '；')) {
        f |= CONTINUATION_START;
      }
      boolean credit = FURNITURE.endsWithCredit(s.subSequence(cs, ce));
      boolean reporter = FURNITURE.bylineReporter(h) != null && w <= 2 * PageFurniture.MAX_BYLINE;
      if (credit || reporter) {
        f |= BYLINE | STANDALONE;
      }
      if (FURNITURE.isCreditStart(h)) {
        f |= STANDALONE;
      }
      if (h.startsWith("——")) {
        f |= FORCE_BEFORE | DASH;
      }
      if (FURNITURE.isCaptionStart(h)) {
        f |= FORCE_BEFORE;
      }
      if (FURNITURE.isDateline(h)) {
        f |= FORCE_BEFORE | DATELINE;
      }
      if ((f & STANDALONE) != 0) {
        f |= FORCE_BEFORE;
      }
      flags[i] = f;
    }
  }

  // ---------------------------------------------------------------- character classes

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isFinal(char c) {
    return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '…';
  }

  private static boolean isSoft(char c) {
    return c == '，'
        || c == '、'
        || c == '；'
        || c == ','
        || c == ';'
        || c == '（'
        || c == '('
        || c == '“'
        || c == '‘'
        || c == '《'
        || c == '〈';
  }

  private static boolean isOpener(char c) {
    return c == '“' || c == '‘' || c == '「' || c == '『' || c == '（' || c == '《' || c == '〈';
  }

  private static boolean isCloser(char c) {
    return c == '”'
        || c == '’'
        || c == '」'
        || c == '』'
        || c == '）'
        || c == ')'
        || c == '》'
        || c == '〉'
        || c == '"'
        || c == '\'';
  }
}
