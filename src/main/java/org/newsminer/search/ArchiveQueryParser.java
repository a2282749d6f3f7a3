package org.newsminer.search;

import org.newsminer.text.CharClasses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.newsminer.index.ArchiveFields;
import org.newsminer.index.ChineseNewsAnalyzer;
import org.newsminer.index.WordSegmenter;
import org.newsminer.text.Normalizer;

/**
 * Parses search strings: words and {@code "phrases"}, combined with {@code AND} (also implied between
 * neighbours), {@code OR}, {@code NOT} (or a leading {@code -}) and parentheses. Each word or phrase
 * matches the articles that contain it as a string, like grep on the normalized text: it becomes the
 * phrase of its character bigrams on {@link ArchiveFields#TEXT}, so what the word segmenter did with
 * it does not matter. Whitespace between Chinese characters inside a phrase is ignored (newspaper
 * lines break anywhere). Thread-safe.
 */
public final class ArchiveQueryParser {
  private static final Normalizer NORMALIZER = new Normalizer();
  private final Analyzer gramAnalyzer = ChineseNewsAnalyzer.grams();
  private final Analyzer wordAnalyzer = new ChineseNewsAnalyzer(ChineseNewsAnalyzer.Mode.WORDS,
      WordSegmenter.models(ArchiveFields.SEGMENTER));

  /** A parsed query: the Lucene query and the strings to mark in snippets (the non-negated ones). */
  public record Parsed(Query query, List<String> highlights) {}

  /** Parses {@code q}; throws {@link MalformedQueryException} with a one-line message. */
  public Parsed parse(String q) {
    List<Tok> toks = lex(q);
    if (toks.isEmpty()) {
      throw new MalformedQueryException("empty query");
    }
    Parser p = new Parser(toks, q);
    Node n = p.or();
    if (p.i < toks.size()) {
      Tok t = toks.get(p.i);
      throw new MalformedQueryException(t.kind == Kind.RPAREN
          ? "unbalanced ')' at position " + (t.pos + 1) + " in query: " + q
          : "unexpected " + t.describe() + " at position " + (t.pos + 1) + " in query: " + q);
    }
    List<String> highlights = new ArrayList<>();
    n.collect(false, highlights);
    return new Parsed(n.toQuery(this), List.copyOf(highlights));
  }

  // ---- lexer

  private enum Kind { WORD, PHRASE, AND, OR, NOT, LPAREN, RPAREN }

  private record Tok(Kind kind, String text, int pos) {
    String describe() {
      switch (kind) {
        case WORD:
          return "'" + text + "'";
        case PHRASE:
          return "\"" + text + "\"";
        case LPAREN:
          return "'('";
        case RPAREN:
          return "')'";
        default:
          return kind.name();
      }
    }
  }

  private static List<Tok> lex(String q) {
    List<Tok> out = new ArrayList<>();
    int i = 0;
    while (i < q.length()) {
      char c = q.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == '（') {
        out.add(new Tok(Kind.LPAREN, "(", i++));
      } else if (c == ')' || c == '）') {
        out.add(new Tok(Kind.RPAREN, ")", i++));
      } else if (c == '"') {
        int end = q.indexOf('"', i + 1);
        if (end < 0) {
          throw new MalformedQueryException("unterminated phrase: the quote at position " + (i + 1)
              + " is never closed in query: " + q);
        }
        String text = q.substring(i + 1, end);
        if (text.isBlank()) {
          throw new MalformedQueryException("empty phrase at position " + (i + 1) + " in query: " + q);
        }
        out.add(new Tok(Kind.PHRASE, text, i));
        i = end + 1;
      } else if (c == '-' && i + 1 < q.length() && !Character.isWhitespace(q.charAt(i + 1))
          && (i == 0 || Character.isWhitespace(q.charAt(i - 1)) || q.charAt(i - 1) == '(')) {
        out.add(new Tok(Kind.NOT, "-", i++));
      } else {
        int s = i;
        while (i < q.length() && !Character.isWhitespace(q.charAt(i)) && "()（）\"".indexOf(q.charAt(i)) < 0) {
          i++;
        }
        String w = q.substring(s, i);
        switch (w) {
          case "AND", "&&" -> out.add(new Tok(Kind.AND, w, s));
          case "OR", "||" -> out.add(new Tok(Kind.OR, w, s));
          case "NOT" -> out.add(new Tok(Kind.NOT, w, s));
          default -> out.add(new Tok(Kind.WORD, w, s));
        }
      }
    }
    return out;
  }

  // ---- parser: or := and (OR and)* ; and := unary ((AND)? unary)* ; unary := NOT unary | primary

  private static final class Parser {
    final List<Tok> toks;
    final String q;
    int i;

    Parser(List<Tok> toks, String q) {
      this.toks = toks;
      this.q = q;
    }

    Tok peek() {
      return i < toks.size() ? toks.get(i) : null;
    }

    Node or() {
      List<Node> parts = new ArrayList<>();
      parts.add(and());
      while (peek() != null && peek().kind == Kind.OR) {
        i++;
        parts.add(and());
      }
      return parts.size() == 1 ? parts.get(0) : new Or(parts);
    }

    Node and() {
      List<Node> parts = new ArrayList<>();
      parts.add(unary());
      while (peek() != null && peek().kind != Kind.OR && peek().kind != Kind.RPAREN) {
        if (peek().kind == Kind.AND) {
          i++;
        }
        parts.add(unary());
      }
      return parts.size() == 1 ? parts.get(0) : new And(parts);
    }

    Node unary() {
      Tok t = peek();
      if (t != null && t.kind == Kind.NOT) {
        i++;
        return new Not(unary());
      }
      return primary();
    }

    Node primary() {
      Tok t = peek();
      if (t == null) {
        Tok last = toks.get(toks.size() - 1);
        throw new MalformedQueryException("query ends after " + last.describe()
            + ": expected a word or phrase in query: " + q);
      }
      i++;
      switch (t.kind) {
        case WORD:
        case PHRASE:
          return new Str(t.text, t.kind == Kind.PHRASE);
        case LPAREN: {
          if (peek() != null && peek().kind == Kind.RPAREN) {
            throw new MalformedQueryException("empty parentheses at position " + (t.pos + 1) + " in query: " + q);
          }
          Node n = or();
          Tok close = peek();
          if (close == null || close.kind != Kind.RPAREN) {
            throw new MalformedQueryException("unbalanced '(' at position " + (t.pos + 1)
                + ": missing ')' in query: " + q);
          }
          i++;
          return n;
        }
        default:
          throw new MalformedQueryException("expected a word or phrase at position " + (t.pos + 1)
              + " but found " + t.describe() + " in query: " + q);
      }
    }
  }

  // ---- syntax tree

  private interface Node {
    Query toQuery(ArchiveQueryParser p);

    void collect(boolean negated, List<String> out);
  }

  private record Str(String text, boolean phrase) implements Node {
    @Override
    public Query toQuery(ArchiveQueryParser p) {
      return p.stringQuery(text);
    }

    @Override
    public void collect(boolean negated, List<String> out) {
      if (!negated) {
        out.add(searchForm(text));
      }
    }
  }

  private record Not(Node inner) implements Node {
    @Override
    public Query toQuery(ArchiveQueryParser p) {
      return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER)
          .add(inner.toQuery(p), Occur.MUST_NOT).build();
    }

    @Override
    public void collect(boolean negated, List<String> out) {
      inner.collect(!negated, out);
    }
  }

  private record And(List<Node> parts) implements Node {
    @Override
    public Query toQuery(ArchiveQueryParser p) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      boolean positive = false;
      for (Node n : parts) {
        if (n instanceof Not not) {
          b.add(not.inner.toQuery(p), Occur.MUST_NOT);
        } else {
          b.add(n.toQuery(p), Occur.MUST);
          positive = true;
        }
      }
      if (!positive) {
        b.add(new MatchAllDocsQuery(), Occur.FILTER);
      }
      return b.build();
    }

    @Override
    public void collect(boolean negated, List<String> out) {
      parts.forEach(n -> n.collect(negated, out));
    }
  }

  private record Or(List<Node> parts) implements Node {
    @Override
    public Query toQuery(ArchiveQueryParser p) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      parts.forEach(n -> b.add(n.toQuery(p), Occur.SHOULD));
      return b.build();
    }

    @Override
    public void collect(boolean negated, List<String> out) {
      parts.forEach(n -> n.collect(negated, out));
    }
  }

  // ---- strings

  /**
   * The form a query string is matched in: normalized like the indexed text, lower-cased, with
   * whitespace next to Chinese characters removed.
   */
  static String searchForm(String s) {
    String t = NORMALIZER.normalize(s).text();
    StringBuilder sb = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isWhitespace(c)) {
        int j = i;
        while (j < t.length() && Character.isWhitespace(t.charAt(j))) {
          j++;
        }
        boolean hanBefore = sb.length() > 0 && CharClasses.isHan(sb.charAt(sb.length() - 1));
        boolean hanAfter = j < t.length() && CharClasses.isHan(t.charAt(j));
        if (!hanBefore && !hanAfter && sb.length() > 0 && j < t.length()) {
          sb.append(' ');
        }
        i = j - 1;
        continue;
      }
      sb.append(Character.toLowerCase(c));
    }
    return sb.toString();
  }


  /**
   * The query for articles containing {@code s}: a phrase of bigrams covering it (every other one,
   * plus the last), or for one character the prefix of a token.
   */
  public Query stringQuery(String s) {
    String form = searchForm(s);
    // The tokens of the string at their positions: a bigram, or a single character ending a run.
    TreeMap<Integer, String> grams = new TreeMap<>();
    try (TokenStream ts = gramAnalyzer.tokenStream(ArchiveFields.TEXT, form)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        grams.put(pos, term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (grams.isEmpty()) {
      throw new MalformedQueryException("nothing to search for in '" + s + "'");
    }
    if (grams.size() == 1 && isOneChar(grams.firstEntry().getValue())) {
      // In the text a character is either a whole token (before whitespace) or starts a bigram.
      return new PrefixQuery(new Term(ArchiveFields.TEXT, grams.firstEntry().getValue()));
    }
    // Bigrams at every other position cover every character (the last one may overlap its neighbour):
    // as exact as all of them, with half the postings to intersect. A single character ending a run
    // is covered by the bigram before it.
    PhraseQuery.Builder b = new PhraseQuery.Builder();
    List<Term> terms = new ArrayList<>();
    int first = grams.firstKey();
    int coveredTo = Integer.MIN_VALUE; // last position covered by an added token
    for (var e : grams.entrySet()) {
      int p = e.getKey();
      String g = e.getValue();
      if (p <= coveredTo) {
        continue;
      }
      String gram = g;
      int at = p;
      if (isOneChar(g)) {
        String prev = grams.get(p - 1);
        if (prev != null && !isOneChar(prev)) {
          gram = prev;
          at = p - 1;
        }
        coveredTo = p;
      } else {
        coveredTo = p + 1;
      }
      b.add(new Term(ArchiveFields.TEXT, gram), at - first);
      terms.add(new Term(ArchiveFields.TEXT, gram));
    }
    Query match = terms.size() == 1 ? new TermQuery(terms.get(0)) : b.build();
    // Matching is by characters; ranking prefers articles where the string is a whole word.
    List<String> words = analyze(wordAnalyzer, ArchiveFields.WORDS, form);
    if (words.size() == 1 && words.get(0).length() == form.length()) {
      return new BooleanQuery.Builder().add(match, Occur.MUST)
          .add(new TermQuery(new Term(ArchiveFields.WORDS, words.get(0))), Occur.SHOULD).build();
    }
    return match;
  }

  private static boolean isOneChar(String s) {
    return s.codePointCount(0, s.length()) == 1;
  }

  private static List<String> analyze(Analyzer a, String field, String s) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream(field, s)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
