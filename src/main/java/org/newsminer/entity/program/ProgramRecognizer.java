package org.newsminer.entity.program;

import org.newsminer.text.CharClasses;
import org.newsminer.entity.Program;
import org.newsminer.entity.ProgramKind;
import org.newsminer.entity.Entity;
import org.newsminer.entity.Recognizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * PROGRAM (EXTRACTION.md §4): named initiatives, policy documents in {@code 《》} and numbered policy
 * formulas. Rule based, no segmenter (HanLP would cost more than all other recognizers together): a
 * quoted phrase is a program only with evidence — a trigger word after it (行动, 工程, 战略 …), a trigger at
 * its own end (“百村振兴示范行动”), the numeral-led shape of a formula (“四个意识”), the shape of a joined
 * campaign name (“格桑花开·民生微实事”), or the lexicon ({@code models/programs.tsv}); quoted figures of
 * speech ({@code “拳脚”}, {@code “接力棒”}) have none of these. A 《》 title is a DOCUMENT when it ends like a
 * policy document or law. Unquoted programs come from the lexicon and from trigger-final objects of
 * verbs that carry out programs (实施金融扶贫行动). Immutable and thread-safe.
 */
public final class ProgramRecognizer implements Recognizer {

  /** Longest quoted or titled phrase considered; longer ones are slogans or sentences. */
  private static final int MAX_QUOTED = 30;
  private static final int MAX_TITLE = 100;
  /** Function words that a program name does not contain: 实施的又一项民生工程 is no name. */
  private static final String NOT_IN_NAME = "的了又是把将在这其";
  /** Longest unquoted name before its trigger that a launching verb may take. */
  private static final int MAX_LAUNCHED = 12;

  /**
   * Trigger words that may follow a quoted name and belong to its mention, longest first. Only those in
   * {@link #KEEP_TRIGGER} stay in the name; all are inside the span.
   */
  private static final String[] TRIGGERS = {
    "专项行动", "攻坚行动", "实践活动", "工作法", "行动", "工程", "计划", "规划", "项目", "战略", "活动"
  };

  /**
   * Words after a quoted name that show it is a program but describe rather than name it, so they stay
   * outside the span: “美丽乡村、幸福家园”建设, “放管服”改革. Not 工作 (“三农”工作, “回头看”工作 name areas of work),
   * 示范 (“X”示范村 is a category of village), 模式 or 机制 (models and mechanisms are no programs).
   */
  private static final String[] EVIDENCE_AFTER = {"建设", "改革"};

  /** What follows a trigger word when it is part of a longer noun: 战略布局, 战略合作, 计划单列. */
  private static final String[] TRIGGER_COMPOUNDS = {"布局", "合作", "意义", "单列", "性"};

  private static final Set<String> KEEP_TRIGGER = Set.of("工程", "计划", "规划", "项目", "工作法");

  /** Triggers that end an unquoted program name after a launching verb, longest first. */
  private static final String[] UNQUOTED_TRIGGERS = {"行动计划", "行动", "工程", "战略", "计划"};

  /**
   * Triggers after the verbs of {@link #PROGRAM_VERBS} only: 开展读书活动 and 推进扶贫项目 are ordinary work,
   * 实施强基惠民活动 and 依托边境小康村建设项目 name programs.
   */
  private static final String[] PROGRAM_VERB_TRIGGERS = {"行动计划", "行动", "工程", "战略", "计划", "项目", "活动"};

  /**
   * Words that say what kind of work a plan or project is without naming it, longest first where nested.
   * Not the fields of poverty work (产业, 金融, 援藏 扶贫): 产业扶贫行动 and 援藏扶贫行动 are named actions.
   */
  private static final String[] GENERIC_WORDS = {
    "一系列", "一批", "各项", "各类", "多项", "这些", "上述", "相关", "有关", "系列", "年度", "全年", "本年",
    "中长期", "总体", "工作", "重点", "重大", "民生", "惠民", "专项", "帮扶", "发展", "基础设施", "建设", "应急",
    "实施", "行动", "新"
  };

  /** Verbs whose object is a program as a rule: one carries out (实施), launches or builds on a program. */
  private static final Set<String> PROGRAM_VERBS = Set.of("实施", "启动", "依托");

  /** Verbs that carry out or launch a program: what follows them may be one. */
  private static final String[] LAUNCH_VERBS = {"实施", "开展", "启动", "推进", "落实", "推行", "深化", "依托"};

  /**
   * Heads that turn a program name into the name of an office, a post or a category of village
   * (乡村振兴局, 脱贫攻坚指挥部, 乡村振兴专干, 乡村振兴示范村): organisations and people are not programs.
   */
  private static final String[] NOT_PROGRAM_HEADS = {
    "局", "办", "指挥部", "领导小组", "工作组", "委员会", "工作队", "党支部", "支部", "党委", "党组", "协会", "中心",
    "专干", "专员", "监督员", "示范村", "示范引领村"
  };

  /** A later phase of a program: “格桑花开·民生微实事”(二期). */
  private static final String[] NEXT_PHASE = {"二期", "三期", "(二期)", "（二期）", "(三期)", "（三期）"};

  /** Punctuation that ends the object of a verb. */
  private static final String CLAUSE_END = "，,。、；;：:！？)）";

  /** Heads after a quoted numeral phrase that make it a formula (a requirement, standard …). */
  private static final String[] FORMULA_CONTEXT = {"要求", "标准", "政策", "路径", "原则", "目标", "方针"};

  /** Endings of 《》 titles that name policy documents, laws, plans and reports. */
  private static final String[] DOCUMENT_SUFFIXES = {
    "办法", "方案", "意见", "通知", "规划", "条例", "计划", "台账", "规则", "细则", "决定", "纲要", "报告",
    "规定", "标准", "标准表", "建议", "公告", "通告", "指南", "指引", "制度", "章程", "准则", "守则", "决议", "清单",
    "目录", "白皮书", "公报", "批复", "函", "法", "宪法", "法典", "要点", "措施", "举措", "实施意见", "政策",
    "纪要", "协定", "公约", "条约", "法案"
  };

  /** Titles that end like a law but are not one. */
  private static final String[] NOT_LAW = {"方法", "书法", "兵法", "语法", "算法", "做法", "想法", "看法", "说法", "魔法"};

  private static final String NUMERALS = "一二两三四五六七八九十百千";
  /** Counters between a formula's numeral and its body: 四个意识, 两项补贴, 六大战略, 四件大事, 五条原则. */
  private static final String COUNTERS = "个项大件条";
  /** Counters that also count categories (七大种植业, 两大板块): a formula needs a policy head after them. */
  private static final String CATEGORY_COUNTERS = "大件条";
  /** What a numbered formula with 大/件/条 is about: 六大战略, 三大攻坚战, 四件大事, 五条原则, 三大防线. */
  private static final String[] POLICY_HEADS = {
    "战略", "攻坚战", "战役", "工程", "行动", "任务", "防线", "原则", "大事", "理念", "体系", "举措", "要求",
    "目标", "方针", "机制", "布局", "主线", "使命"
  };

  /** Quoted numeral-led phrases that name a group, body, place or grade, not a formula. */
  private static final Set<String> NOT_FORMULA = Set.of(
      "两后生", "两委", "三农", "一站式", "一级甲等", "三岩", "一对一", "一帮一", "一把手", "一线", "一体化",
      "一盘棋", "一张网", "两省三企", "一条龙", "一刀切", "一揽子", "三峡", "五四", "七一", "八一", "十一", "三八", "六一");

  private final ProgramLexicon lexicon;

  public ProgramRecognizer() {
    this(ProgramLexicon.shared());
  }

  public ProgramRecognizer(ProgramLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public void recognize(String text, int from, int to, List<Entity> out) {
    // Work on the article alone, so that no look-ahead or look-behind can see past its ends.
    for (Program p : recognize(text.substring(from, to))) {
      out.add(p.withSpan(p.start() + from, p.end() + from));
    }
  }

  /** The programs in {@code text}, with offsets into it. */
  private List<Program> recognize(String text) {
    int to = text.length();
    List<Program> found = new ArrayList<>();
    List<int[]> quotes = new ArrayList<>();
    List<int[]> titles = new ArrayList<>();
    findPairs(text, quotes, titles);

    for (int[] t : titles) {
      Program p = document(text, t[0], t[1]);
      if (p != null) {
        found.add(p);
      }
    }
    // Quoted names: those with evidence first, then bare repetitions of a name the article already uses.
    Set<String> quotedNames = new HashSet<>();
    boolean[] decided = new boolean[quotes.size()];
    for (int k = 0; k < quotes.size(); k++) {
      int[] q = quotes.get(k);
      Program p = quoted(text, q[0], q[1], to);
      if (p != null) {
        found.add(p);
        quotedNames.add(text.substring(q[0] + 1, q[1] - 1));
        decided[k] = true;
      }
    }
    List<int[]> programQuotes = new ArrayList<>();
    for (int k = 0; k < quotes.size(); k++) {
      int[] q = quotes.get(k);
      String content = text.substring(q[0] + 1, q[1] - 1);
      if (!decided[k] && quotedNames.contains(content) && endsClause(text, q[1], to)) {
        found.add(program(text, q[0], q[1], content, ProgramKind.INITIATIVE));
        decided[k] = true;
      }
      if (decided[k]) {
        programQuotes.add(q);
      }
    }
    // Other quotes are read like plain text: “脱贫攻坚战” mentions 脱贫攻坚 as the unquoted word would.
    unquoted(text, programQuotes, found);
    launched(text, found);
    return withoutNested(found);
  }

  /** Collects the quote pairs and 《》 pairs of {@code text}, as [open, close + 1]. */
  private static void findPairs(String text, List<int[]> quotes, List<int[]> titles) {
    int to = text.length();
    for (int i = 0; i < to; i++) {
      char c = text.charAt(i);
      char close;
      int max;
      List<int[]> into;
      if (c == '“' || c == '‘' || c == '「' || c == '『') {
        close = c == '“' ? '”' : c == '‘' ? '’' : c == '「' ? '」' : '』';
        max = MAX_QUOTED;
        into = quotes;
      } else if (c == '"') {
        close = '"';
        max = MAX_QUOTED;
        into = quotes;
      } else if (c == '《') {
        close = '》';
        max = MAX_TITLE;
        into = titles;
      } else {
        continue;
      }
      int j = i + 1;
      int limit = Math.min(to, i + 2 + max);
      while (j < limit && text.charAt(j) != close && text.charAt(j) != c && text.charAt(j) != '\n') {
        j++;
      }
      if (j < limit && text.charAt(j) == close && j > i + 1) {
        into.add(new int[] {i, j + 1});
        if (into == quotes) {
          i = j; // a quoted phrase holds no further quotes; titles may
        }
      }
    }
  }

  /** A DOCUMENT for the title {@code text[open, end)} (including 《》), or null for a book, song, show. */
  private Program document(String text, int open, int end) {
    String title = text.substring(open + 1, end - 1);
    String core = stripTrailingBrackets(title);
    if (!endsWithAny(core, DOCUMENT_SUFFIXES) || endsWithAny(core, NOT_LAW) || core.length() < 3) {
      return null;
    }
    return program(text, open, end, title, ProgramKind.DOCUMENT);
  }

  /** A program for the quoted phrase {@code text[open, close)} (including the quotes), or null. */
  private Program quoted(String text, int open, int close, int to) {
    String content = text.substring(open + 1, close - 1);
    if (content.length() > MAX_QUOTED || containsAny(content, "。！？；，,")) {
      return null;
    }
    if (text.startsWith("为主题", close) || text.startsWith("主题", close)) {
      return null; // the theme of an event, not a program
    }
    String trigger = triggerAt(text, close, to);
    if (isPlanPeriod(content)) {
      String name = "规划".equals(trigger) ? content + trigger : content;
      int end = "规划".equals(trigger) ? close + trigger.length() : close;
      return program(text, open, end, name, ProgramKind.INITIATIVE);
    }
    ProgramLexicon.Entry known = lexicon.lookup(content);
    boolean formulaShape = known == null && isFormulaShape(content) && !NOT_FORMULA.contains(content)
        && !isPerUnitRule(content);
    if (formulaShape) {
      // A numbered campaign or method: “四讲四爱”群众教育实践活动 names the campaign 四讲四爱,
      // “四议两公开”工作法 the method 四议两公开工作法.
      int campaignEnd = campaignEnd(text, close, to);
      if (campaignEnd > 0) {
        return program(text, open, campaignEnd, content, ProgramKind.INITIATIVE);
      }
      if (trigger != null) {
        String name = KEEP_TRIGGER.contains(trigger) ? content + trigger : content;
        return program(text, open, close + trigger.length(), name, ProgramKind.INITIATIVE);
      }
    }
    if (known != null && known.kind() == ProgramKind.FORMULA) {
      return program(text, open, close, content, ProgramKind.FORMULA);
    }
    if (formulaShape && (hasStrongFormulaShape(content) || startsWithAny(text, close, FORMULA_CONTEXT))) {
      return program(text, open, close, content, ProgramKind.FORMULA);
    }
    if (NOT_FORMULA.contains(content)) {
      return null;
    }
    if (trigger != null) {
      String name = KEEP_TRIGGER.contains(trigger) ? content + trigger : content;
      return program(text, open, close + trigger.length(), name, ProgramKind.INITIATIVE);
    }
    if (known != null || endsWithAny(content, PROGRAM_VERB_TRIGGERS) || content.endsWith("革命")
        || isJoinedCampaignName(content)
        || startsWithAny(text, close, EVIDENCE_AFTER)
        || startsWithAny(text, close, NEXT_PHASE)) {
      return program(text, open, close, content, ProgramKind.INITIATIVE);
    }
    return null;
  }

  /**
   * The end of 群众教育实践活动 after a quoted numbered campaign: up to eight more characters ending in 活动 or
   * 行动, or -1.
   */
  private static int campaignEnd(String text, int close, int to) {
    int limit = Math.min(to, close + 10);
    for (int i = close; i < limit && CharClasses.isHan(text.charAt(i)); i++) {
      if (text.startsWith("活动", i) || text.startsWith("行动", i)) {
        return i + 2;
      }
    }
    return -1;
  }

  /**
   * Two phrases of at least four characters joined by a middle dot (格桑花开·民生微实事, 美丽乡村·幸福家园): the
   * shape of a campaign's name. A theme with that shape was already ruled out (为主题).
   */
  static boolean isJoinedCampaignName(String s) {
    int dot = s.indexOf('·');
    return dot >= 4 && s.length() - dot - 1 >= 4 && s.indexOf('·', dot + 1) < 0;
  }

  /** Lexicon names and numbered year plans (三年行动计划) outside the quoted programs {@code quotes}. */
  private void unquoted(String text, List<int[]> quotes, List<Program> found) {
    int to = text.length();
    int qi = 0;
    for (int i = 0; i < to; i++) {
      while (qi < quotes.size() && quotes.get(qi)[1] <= i) {
        qi++;
      }
      if (qi < quotes.size() && quotes.get(qi)[0] <= i) {
        i = quotes.get(qi)[1] - 1; // quoted programs were found above
        continue;
      }
      int plan = yearPlanEnd(text, i, to);
      if (plan > 0) {
        found.add(program(text, i, plan, text.substring(i, plan), ProgramKind.INITIATIVE));
      }
      ProgramLexicon.Entry e = lexicon.longestAt(text, i, to);
      // Short formulas (三包) are too ambiguous without quotes.
      if (e == null || (e.kind() == ProgramKind.FORMULA && e.name().length() < 4)) {
        continue;
      }
      int end = i + e.name().length();
      String name = e.name();
      if (isPlanPeriod(name) && text.startsWith("规划", end)) {
        end += 2; // 十四五规划 written without quotes is named whole
        name += "规划";
      }
      if (name.endsWith("战略") && text.startsWith("合作", end)) {
        // 乡村振兴战略合作协议 is a strategic-cooperation agreement about 乡村振兴
        end -= 2;
        name = name.substring(0, name.length() - 2);
      }
      if (!insideQuote(quotes, qi, end) && !startsWithAny(text, end, NOT_PROGRAM_HEADS)) {
        found.add(program(text, i, end, name, e.kind()));
      }
      i += e.name().length() - 1;
    }
  }

  /**
   * Unquoted names that a verb of carrying out takes as its whole object and that end in a trigger:
   * 大力实施金融扶贫行动。 实施基层骨干队伍建设工程， 深入推进三年行动计划，
   */
  private static void launched(String text, List<Program> found) {
    int to = text.length();
    for (String v : LAUNCH_VERBS) {
      for (int i = text.indexOf(v); i >= 0 && i + v.length() < to; i = text.indexOf(v, i + 1)) {
        int start = i + v.length();
        if (text.charAt(start) == '了') {
          start++;
        }
        if (start >= to || startsWithAny(text, start, LAUNCH_VERBS)) {
          continue; // 启动实施X行动: the inner verb takes the object
        }
        // 实施兴边富民行动和强基惠民活动: coordinated objects share the verb
        String[] triggers = PROGRAM_VERBS.contains(v) ? PROGRAM_VERB_TRIGGERS : UNQUOTED_TRIGGERS;
        for (int end = objectEnd(text, start, to, triggers); end > 0; end = objectEnd(text, start, to, triggers)) {
          String name = text.substring(start, end);
          if (!isGeneric(name)) {
            found.add(program(text, start, end, name, ProgramKind.INITIATIVE));
          }
          if (end >= to || "和及与、".indexOf(text.charAt(end)) < 0) {
            break;
          }
          start = end + 1;
        }
      }
    }
  }

  /** The end of a trigger-final name of 2 to 12 characters plus trigger at {@code start}, or -1. */
  private static int objectEnd(String text, int start, int to, String[] triggers) {
    int limit = Math.min(to, start + MAX_LAUNCHED + 4);
    for (int i = start; i < limit && CharClasses.isHan(text.charAt(i)) && NOT_IN_NAME.indexOf(text.charAt(i)) < 0; i++) {
      for (String t : triggers) {
        int end = i + t.length();
        boolean kindOfWork = t.equals("项目") || t.equals("活动");
        if (i - start >= (kindOfWork ? 4 : 2) && end <= to && text.startsWith(t, i)
            && (end == to || !CharClasses.isHan(text.charAt(end)) || "的和与及中".indexOf(text.charAt(end)) >= 0)) {
          // 扶贫项目, 读书活动 are kinds of work, and so is what is counted: 实施衔接资金项目562个
          boolean counted = end < to && (Character.isDigit(text.charAt(end)) || NUMERALS.indexOf(text.charAt(end)) >= 0);
          return kindOfWork && counted ? -1 : end;
        }
      }
      if (i - start >= MAX_LAUNCHED) {
        break;
      }
    }
    return -1;
  }

  /**
   * Whether a trigger-final object only says what kind of work it is (重点工程, 年度工作计划, 一批重点项目,
   * 基础设施建设工程, 帮扶计划) rather than naming one: it is made of generic words alone.
   */
  static boolean isGeneric(String object) {
    String core = object;
    for (String t : PROGRAM_VERB_TRIGGERS) {
      if (core.endsWith(t)) {
        core = core.substring(0, core.length() - t.length());
        break;
      }
    }
    boolean stripped = true;
    while (!core.isEmpty() && stripped) {
      stripped = false;
      for (String g : GENERIC_WORDS) {
        if (core.startsWith(g)) {
          core = core.substring(g.length());
          stripped = true;
          break;
        }
      }
    }
    return core.isEmpty();
  }

  /**
   * Drops a name inside a longer one of the same kind (the lexicon's 乡村振兴战略 inside a launched object, a
   * repeat of the same span); names of different kinds may nest (an initiative inside a document title).
   */
  private static List<Program> withoutNested(List<Program> found) {
    List<Program> sorted = new ArrayList<>(found);
    // by start, longer first: a name is nested when an earlier one of its kind reaches as far
    sorted.sort((a, b) -> a.start() != b.start() ? a.start() - b.start() : b.end() - a.end());
    int[] reach = new int[ProgramKind.values().length];
    Arrays.fill(reach, -1);
    List<Program> kept = new ArrayList<>(sorted.size());
    for (Program p : sorted) {
      int k = p.kind().ordinal();
      if (p.end() > reach[k]) {
        kept.add(p);
        reach[k] = p.end();
      }
    }
    return kept;
  }

  private static boolean insideQuote(List<int[]> quotes, int qi, int end) {
    return qi < quotes.size() && quotes.get(qi)[0] < end;
  }

  /** The trigger word at {@code text[i...)}, or null. */
  private static String triggerAt(String text, int i, int to) {
    for (String t : TRIGGERS) {
      if (i + t.length() <= to && text.startsWith(t, i)) {
        // “四个全面”战略布局: the trigger word begins a longer noun, the quote is no strategy's name
        return startsWithAny(text, i + t.length(), TRIGGER_COMPOUNDS) ? null : t;
      }
    }
    return null;
  }

  /** The end of 三年行动计划 / 三年行动 at {@code i} (a numbered multi-year action plan), or -1. */
  private static int yearPlanEnd(String text, int i, int to) {
    // 年 first: this runs at every character, and 年 is rare
    if (i + 4 > to || text.charAt(i + 1) != '年' || "一二两三四五六七八九十".indexOf(text.charAt(i)) < 0
        || !text.startsWith("行动", i + 2)) {
      return -1;
    }
    return text.startsWith("计划", i + 4) && i + 6 <= to ? i + 6 : i + 4;
  }

  /** Whether the quote ending at {@code close} is a whole phrase: “X”， or “X”(二期), not “X”基地. */
  private static boolean endsClause(String text, int close, int to) {
    return close >= to || CLAUSE_END.indexOf(text.charAt(close)) >= 0;
  }

  /** 十四五, 十三五: a five-year-plan period. */
  private static boolean isPlanPeriod(String s) {
    return s.length() == 3 && s.charAt(0) == '十' && s.charAt(2) == '五'
        && "一二三四五六七八九".indexOf(s.charAt(1)) >= 0;
  }

  /**
   * Numeral-led phrase of one or two groups, each a numeral, an optional counter and one to three other
   * characters: 三包, 四不摘, 五个一批, 两不愁三保障, 四讲四爱.
   */
  static boolean isFormulaShape(String s) {
    int groups = 0;
    int i = 0;
    while (i < s.length()) {
      if (NUMERALS.indexOf(s.charAt(i)) < 0) {
        return false;
      }
      i++;
      if (i < s.length() && COUNTERS.indexOf(s.charAt(i)) >= 0) {
        i++;
      }
      int body = 0;
      // the body may itself start with a numeral (五个一批) but then runs to the next numeral group
      while (i < s.length() && CharClasses.isHan(s.charAt(i)) && (body == 0 || NUMERALS.indexOf(s.charAt(i)) < 0)) {
        i++;
        body++;
        if (body > 3) {
          return false;
        }
      }
      if (body == 0) {
        return false;
      }
      groups++;
    }
    return groups >= 1 && groups <= 2;
  }

  /** 一户一档, 一村一品: one thing per unit, a working rule rather than a numbered formula. */
  private static boolean isPerUnitRule(String s) {
    int second = s.indexOf('一', 1);
    return s.charAt(0) == '一' && second >= 2 && second < s.length() - 1;
  }

  /**
   * Formula shapes that need no context: a counter (四个意识, 两项补贴; 六大战略 but not the category list
   * 七大种植业) or two groups (两不愁三保障).
   */
  private static boolean hasStrongFormulaShape(String s) {
    if (s.length() >= 3 && COUNTERS.indexOf(s.charAt(1)) >= 0) {
      return CATEGORY_COUNTERS.indexOf(s.charAt(1)) < 0 || endsWithAny(s, POLICY_HEADS);
    }
    for (int i = 2; i < s.length() - 1; i++) {
      if (NUMERALS.indexOf(s.charAt(i)) >= 0 && NUMERALS.indexOf(s.charAt(i - 1)) < 0) {
        return true;
      }
    }
    return false;
  }

  private static Program program(String text, int start, int end, String name, ProgramKind kind) {
    return new Program(text.substring(start, end), start, end, name, kind);
  }

  /** The title without trailing bracketed remarks: 实施方案(2018—2020年) → 实施方案, 办法（试行） → 办法. */
  private static String stripTrailingBrackets(String s) {
    String t = s;
    while (!t.isEmpty() && (t.endsWith(")") || t.endsWith("）"))) {
      int open = Math.max(t.lastIndexOf('('), t.lastIndexOf('（'));
      if (open <= 0) {
        break;
      }
      t = t.substring(0, open);
    }
    return t;
  }


  private static boolean endsWithAny(String s, String[] suffixes) {
    for (String x : suffixes) {
      if (s.endsWith(x)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithAny(String text, int i, String[] prefixes) {
    for (String x : prefixes) {
      if (text.startsWith(x, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
