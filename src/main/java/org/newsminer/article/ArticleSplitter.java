package org.newsminer.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsminer.text.ModelFile;
import org.newsminer.text.PageFurniture;

/**
 * Splits a normalized page (one paragraph, headline, byline or caption per line, see {@code
 * org.newsminer.text.Normalizer}) into articles. Stateless and thread-safe.
 *
 * <p>How a page is read:
 *
 * <ul>
 *   <li>Every line is a <em>headline</em> line (short, no sentence-final punctuation), a
 *       <em>sub-headline</em> ({@code ——…}), a <em>byline</em> ({@code 本报记者 X}), a <em>caption</em>
 *       ({@code 图为…}) or photo <em>credit</em> ({@code … 摄}, {@code 图片由…提供}), a <em>dateline</em>
 *       paragraph ({@code 本报拉萨讯（记者 X）…}) or a <em>body</em> paragraph.
 *   <li>A run of headline/sub-headline/byline lines heads a new article when it is more than a section
 *       heading: it has a sub-headline or byline, or two headline lines (a kicker such as {@code
 *       拉萨市达孜区} above the title), or a dateline or a captioned photo follows it. A single headline
 *       line followed by plain body text is a section heading inside the current article.
 *   <li>A run may hold the headlines of several articles (the extractor puts all big type first, as
 *       on page 000). The first group with a sub-headline heads the text below (or the last group,
 *       when it is the plain title of a captioned photo); the other groups are <em>stray</em>
 *       headlines. Strays before the heading stay in the article they are printed in (the previous
 *       one, or the first article of the page).
 *   <li>Without a headline, a new article also starts at a dateline, at the text after a photo
 *       credit, and at a lead ({@code 近日，…}) that a caption follows within two paragraphs (photo
 *       news). A stray headline {@code 名字：…} starts an article at the first later paragraph that
 *       begins with that name (the profile {@code 多吉：潜心育人润物无声} → {@code 多吉是…}).
 * </ul>
 *
 * <p>Titles: the heading group's headline lines (a kicker line joined to the main line with a space,
 * headline lines after the longest one, like an author's name, left out), followed by the
 * sub-headline when there is one: {@code 有梦·追梦·圆梦——仁布县返乡大学生创业记}. The sub-headline is
 * kept because on these pages it is where the place and the subject are named; the main lines are
 * often slogans. An article without its own headline takes the stray headline that shares the most
 * character pairs with its first paragraph (at least two pairs and 30% of the headline's pairs), else
 * the clause of its first sentence that reports the event ({@code 西藏自治区银行业2022年第六期银政企融资
 * 对接会在拉萨举行}), else its first clause (dateline and {@code 近日，} removed).
 *
 * <p>Articles are contiguous and cover the page: the first starts at 0, each ends where the next
 * starts, the last ends at the end of the page. A blank page has no articles.
 */
public final class ArticleSplitter {

  private static final int BODY = 0;
  private static final int HEAD = 1;
  private static final int SUB = 2;
  private static final int BYLINE = 3;
  private static final int CAPTION = 4; // caption or photo credit
  private static final int DATELINE = 5;

  /** Longest headline line, in characters. */
  private static final int MAX_HEAD = 32;

  /** Verbs that report the event of a news lead. */
  private static final List<String> EVENT_VERBS = ModelFile.wordList("rules/article/event-verbs.txt", false);

  /** Time words that open a short news lead (近日，…). */
  private static final List<String> LEAD_WORDS = ModelFile.wordList("rules/article/lead-words.txt", false);

  private static final PageFurniture FURNITURE = PageFurniture.get();

  /** How many article starts after a stray headline it may title (bounds the work per window). */
  static final int STRAY_REACH = 32;

  /** How many lines after a stray {@code 名字：} headline the profile it heads may begin. */
  static final int PROFILE_REACH = 200;

  /** Longest fallback title, in characters. */
  private static final int MAX_TITLE = 40;

  /** The articles of {@code page}, in page order, covering the page's text. */
  public List<Article> split(String page) {
    if (page == null) {
      throw new IllegalArgumentException("page must not be null");
    }
    // Lines and their offsets.
    List<String> lines = new ArrayList<>();
    List<Integer> offsets = new ArrayList<>();
    int p = 0;
    while (p <= page.length()) {
      int nl = page.indexOf('\n', p);
      int end = nl < 0 ? page.length() : nl;
      String line = page.substring(p, end).strip();
      if (!line.isEmpty()) {
        lines.add(line);
        offsets.add(p);
      }
      p = end + 1;
    }
    int n = lines.size();
    if (n == 0) {
      return List.of();
    }
    int[] kind = new int[n];
    for (int i = 0; i < n; i++) {
      kind[i] = classify(lines.get(i));
    }

    // Article starts: line index -> title (null: find one later).
    String[] titleAt = new String[n + 1];
    boolean[] starts = new boolean[n + 1];
    starts[0] = true;
    List<Stray> strays = new ArrayList<>();

    int i = 0;
    while (i < n) {
      if (kind[i] == HEAD || kind[i] == SUB || kind[i] == BYLINE) {
        int blockEnd = i;
        while (blockEnd < n && (kind[blockEnd] == HEAD || kind[blockEnd] == SUB || kind[blockEnd] == BYLINE)) {
          blockEnd++;
        }
        handleBlock(lines, kind, i, blockEnd, starts, titleAt, strays);
        i = blockEnd;
        continue;
      }
      boolean prevCaption = i > 0 && kind[i - 1] == CAPTION;
      boolean prevHead = i > 0 && (kind[i - 1] == HEAD || kind[i - 1] == SUB || kind[i - 1] == BYLINE);
      if (kind[i] == DATELINE && !prevHead) {
        starts[i] = true;
      } else if ((kind[i] == BODY || kind[i] == DATELINE) && prevCaption) {
        starts[i] = true;
      } else if (kind[i] == BODY && !prevHead && i > 0 && isPhotoLead(lines, kind, i)) {
        starts[i] = true;
      }
      i++;
    }

    // Profiles: a stray "名字：" headline starts the article at the first paragraph beginning with the name.
    for (Stray s : strays) {
      String first = lines.get(s.from);
      int colon = first.indexOf('：');
      if (s.used || colon < 2 || colon > 4 || colon != first.length() - 1) {
        continue;
      }
      String name = first.substring(0, colon);
      for (int k = s.to; k < Math.min(n, s.to + PROFILE_REACH); k++) {
        if (kind[k] == BODY && lines.get(k).startsWith(name) && titleAt[k] == null) {
          starts[k] = true;
          titleAt[k] = s.title;
          s.used = true;
          break;
        }
      }
    }

    // Titles for articles without a headline of their own: stray headlines first, by overlap.
    List<Integer> startLines = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      if (starts[k]) {
        startLines.add(k);
      }
    }
    assignStrays(lines, kind, startLines, titleAt, strays);

    List<Article> out = new ArrayList<>(startLines.size());
    for (int a = 0; a < startLines.size(); a++) {
      int k = startLines.get(a);
      int start = a == 0 ? 0 : offsets.get(k);
      int end = a + 1 < startLines.size() ? offsets.get(startLines.get(a + 1)) : page.length();
      String title = titleAt[k] != null ? titleAt[k] : fallbackTitle(lines, kind, k);
      out.add(new Article(a + 1, title, start, end));
    }
    return out;
  }

  /** Decides what the run of headline/sub-headline/byline lines {@code [from, to)} heads. */
  private static void handleBlock(
      List<String> lines,
      int[] kind,
      int from,
      int to,
      boolean[] starts,
      String[] titleAt,
      List<Stray> strays) {
    int n = lines.size();
    // Groups: headline lines with the sub-headlines and bylines after them. A run of headline lines
    // holds several titles when a short kicker line is followed by a longer main line and then more
    // lines come (拉萨市消防救援支队 / 挂牌成立12个街道消防工作所 / 拉萨经开区 / …): a group closes after
    // a line longer than the one before it.
    List<int[]> groups = new ArrayList<>();
    int g = from;
    while (g < to) {
      int e = g + 1;
      if (kind[g] == HEAD) {
        while (e < to && kind[e] == HEAD && lines.get(e - 1).length() >= lines.get(e).length()) {
          e++;
        }
        if (e < to && kind[e] == HEAD) {
          e++; // the main line after its kicker
        }
      }
      while (e < to && kind[e] != HEAD) {
        e++;
      }
      groups.add(new int[] {g, e});
      g = e;
    }
    boolean hasSubOrByline = false;
    int headLines = 0;
    for (int k = from; k < to; k++) {
      hasSubOrByline |= kind[k] == SUB || kind[k] == BYLINE;
      headLines += kind[k] == HEAD ? 1 : 0;
    }
    boolean photo = photoFollows(kind, to);
    boolean datelineFollows = to < n && kind[to] == DATELINE;
    boolean articleLevel = hasSubOrByline || headLines >= 2 || photo || datelineFollows || from == 0;
    if (!articleLevel) {
      return; // a section heading
    }
    int heading;
    int[] last = groups.get(groups.size() - 1);
    if (groups.size() == 1) {
      heading = 0;
    } else if (photo && isPlain(kind, last)) {
      heading = groups.size() - 1;
    } else {
      heading = groups.size() - 1;
      for (int k = 0; k < groups.size(); k++) {
        if (hasKind(kind, groups.get(k), SUB)) {
          heading = k;
          break;
        }
      }
    }
    int[] h = groups.get(heading);
    int startLine = heading == 0 ? from : h[0];
    starts[startLine] = true;
    String t0 = title(lines, kind, h);
    titleAt[startLine] = t0.isEmpty() ? null : t0; // a byline alone: titled from its text
    for (int k = 0; k < groups.size(); k++) {
      if (k != heading) {
        int[] s = groups.get(k);
        String t = title(lines, kind, s);
        if (!t.isEmpty()) {
          strays.add(new Stray(s[0], s[1], t));
        }
      }
    }
  }

  private static boolean isPlain(int[] kind, int[] group) {
    for (int k = group[0]; k < group[1]; k++) {
      if (kind[k] != HEAD) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasKind(int[] kind, int[] group, int want) {
    for (int k = group[0]; k < group[1]; k++) {
      if (kind[k] == want) {
        return true;
      }
    }
    return false;
  }

  /** A caption follows within three paragraphs of {@code from}, before any other headline. */
  private static boolean photoFollows(int[] kind, int from) {
    for (int k = from; k < Math.min(kind.length, from + 4); k++) {
      if (kind[k] == CAPTION) {
        return true;
      }
      if (kind[k] != BODY) {
        return false;
      }
    }
    return false;
  }

  /** A news lead (近日，…) followed within two paragraphs by a caption: a photo item. */
  private static boolean isPhotoLead(List<String> lines, int[] kind, int i) {
    String s = lines.get(i);
    boolean lead = LEAD_WORDS.stream().anyMatch(s::startsWith);
    return lead && photoWithin(kind, i + 1, 2);
  }

  private static boolean photoWithin(int[] kind, int from, int paragraphs) {
    for (int k = from; k < Math.min(kind.length, from + paragraphs + 1); k++) {
      if (kind[k] == CAPTION) {
        return true;
      }
      if (kind[k] != BODY) {
        return false;
      }
    }
    return false;
  }

  /** Headline lines of a group, joined, plus its sub-headline. */
  private static String title(List<String> lines, int[] kind, int[] group) {
    int longest = -1;
    for (int k = group[0]; k < group[1]; k++) {
      if (kind[k] == HEAD && (longest < 0 || lines.get(k).length() > lines.get(longest).length())) {
        longest = k;
      }
    }
    StringBuilder t = new StringBuilder();
    if (longest >= 0) {
      for (int k = group[0]; k <= longest; k++) {
        if (kind[k] != HEAD) {
          continue;
        }
        if (t.length() > 0 && t.charAt(t.length() - 1) != '：') {
          t.append(' ');
        }
        t.append(lines.get(k));
      }
    }
    for (int k = group[0]; k < group[1]; k++) {
      if (kind[k] == SUB) {
        t.append(lines.get(k));
        break;
      }
    }
    return t.toString();
  }

  /**
   * Gives unused stray headlines to the headline-less articles they overlap most, best first. A stray
   * can title only one of the {@link #STRAY_REACH} articles that start after it: headlines are printed
   * near their text, and the bound keeps the work linear in the page length (every pair scored once).
   */
  private static void assignStrays(
      List<String> lines, int[] kind, List<Integer> startLines, String[] titleAt, List<Stray> strays) {
    // Scores do not change as titles are given, so sorting all candidates once and taking them in order
    // gives what repeatedly taking the best remaining one gives (ties: earlier stray, then earlier line).
    List<Candidate> candidates = new ArrayList<>();
    for (int si = 0; si < strays.size(); si++) {
      Stray s = strays.get(si);
      if (s.used) {
        continue;
      }
      Set<String> pairs = pairs(s.title);
      if (pairs.isEmpty()) {
        continue;
      }
      int first = Collections.binarySearch(startLines, s.to);
      first = first >= 0 ? first : -first - 1;
      for (int a = first; a < Math.min(startLines.size(), first + STRAY_REACH); a++) {
        int k = startLines.get(a);
        if (titleAt[k] != null || (kind[k] != BODY && kind[k] != DATELINE)) {
          continue;
        }
        String para = lines.get(k);
        int hits = 0;
        for (String pr : pairs) {
          if (para.contains(pr)) {
            hits++;
          }
        }
        double score = (double) hits / pairs.size();
        if (hits >= 2 && score >= 0.3) {
          candidates.add(new Candidate(score, si, k));
        }
      }
    }
    candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
        .thenComparingInt(Candidate::stray).thenComparingInt(Candidate::line));
    for (Candidate c : candidates) {
      Stray s = strays.get(c.stray());
      if (!s.used && titleAt[c.line()] == null) {
        s.used = true;
        titleAt[c.line()] = s.title;
      }
    }
  }

  /** A stray headline that could title the article starting at line {@code line}. */
  private record Candidate(double score, int stray, int line) {}

  /** Distinct pairs of adjacent letters or digits in {@code s}. */
  private static Set<String> pairs(String s) {
    Set<String> out = new HashSet<>();
    for (int k = 0; k + 1 < s.length(); k++) {
      char a = s.charAt(k);
      char b = s.charAt(k + 1);
      if (Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b)) {
        out.add(s.substring(k, k + 2));
      }
    }
    return out;
  }

  /** The first clause of the article's first paragraph, without dateline and 近日-style lead. */
  private static String fallbackTitle(List<String> lines, int[] kind, int first) {
    int k = first;
    while (k < lines.size() && kind[k] != BODY && kind[k] != DATELINE) {
      k++;
    }
    if (k == lines.size()) {
      k = first;
    }
    String s = lines.get(k);
    if (kind[k] == DATELINE) {
      int close = s.indexOf('）');
      if (close > 0 && close < 30) {
        s = s.substring(close + 1);
      }
    }
    for (String lead : LEAD_WORDS) {
      if (s.startsWith(lead + "，")) {
        s = s.substring(lead.length() + 1);
        break;
      }
    }
    String event = eventClause(s);
    if (event != null) {
      return event.length() > MAX_TITLE ? event.substring(0, MAX_TITLE) + "…" : event;
    }
    int end = 0;
    while (end < s.length()) {
      int comma = s.indexOf('，', end);
      int stop = s.indexOf('。', end);
      int next = comma < 0 ? stop : stop < 0 ? comma : Math.min(comma, stop);
      if (next < 0) {
        end = s.length();
        break;
      }
      end = next;
      if (end >= 12 || next == stop) {
        break;
      }
      end++;
    }
    String t = s.substring(0, end).strip();
    if (t.isEmpty()) {
      t = lines.get(k); // nothing before the first comma: the line itself
    }
    return t.length() > MAX_TITLE ? t.substring(0, MAX_TITLE) + "…" : t;
  }

  /**
   * The clause of the first sentence that reports the event (…对接会在拉萨举行, …开展…读书会), without
   * the modifiers before its last 的; null when no clause has an event verb. Purpose clauses
   * (为…) are skipped.
   */
  private static String eventClause(String s) {
    int stop = s.indexOf('。');
    String sentence = stop < 0 ? s : s.substring(0, stop);
    for (String clause : sentence.split("，")) {
      if (clause.startsWith("为")) {
        continue;
      }
      int verb = -1;
      for (String v : EVENT_VERBS) {
        int at = clause.indexOf(v);
        if (at >= 0 && (verb < 0 || at < verb)) {
          verb = at;
        }
      }
      if (verb < 0) {
        continue;
      }
      int de = clause.lastIndexOf('的', verb);
      String t = clause.substring(de + 1).strip();
      if (t.length() < 6) {
        t = clause.strip();
      }
      return t.isEmpty() ? null : t;
    }
    return null;
  }

  private static int classify(String s) {
    if (s.startsWith("——")) {
      return SUB;
    }
    if (FURNITURE.isCaptionStart(s) || FURNITURE.isCreditStart(s) || FURNITURE.endsWithCredit(s)) {
      return CAPTION;
    }
    if (isByline(s)) {
      return BYLINE;
    }
    if (FURNITURE.isDateline(s)) {
      return DATELINE;
    }
    char last = s.charAt(s.length() - 1);
    boolean finalMark = last == '。' || last == '！' || last == '？' || last == '…'
        || ((last == '”' || last == '）' || last == '’') && s.length() >= 2
            && "。！？…".indexOf(s.charAt(s.length() - 2)) >= 0);
    if (!finalMark && s.length() <= MAX_HEAD && s.indexOf('。') < 0) {
      return HEAD;
    }
    return BODY;
  }

  /**
   * A byline: 本报记者 X, or 记者 X with the space the page prints after a bare reporter word (a line
   * opening with 记者 and no space is a sentence about reporters).
   */
  private static boolean isByline(String s) {
    String reporter = FURNITURE.bylineReporter(s);
    if (reporter == null || s.length() > PageFurniture.MAX_BYLINE) {
      return false;
    }
    return !s.startsWith(reporter) || s.startsWith(reporter + " ");
  }

  /** A headline group that heads no text of its own. */
  private static final class Stray {
    final int from;
    final int to;
    final String title;
    boolean used;

    Stray(int from, int to, String title) {
      this.from = from;
      this.to = to;
      this.title = title;
    }
  }
}
