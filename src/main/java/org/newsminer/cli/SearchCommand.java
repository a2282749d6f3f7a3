package org.newsminer.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsminer.JsonCodec;
import org.newsminer.search.ArchiveSearcher;
import org.newsminer.search.FacetCount;
import org.newsminer.search.Hit;
import org.newsminer.search.SearchRequest;
import org.newsminer.search.SearchResult;
import org.newsminer.web.FigureCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsminer search}: articles by text, place, program and amount. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search an archive index built by `newsminer index`.",
        "QUERY: words and \"phrases\" with AND (implied), OR, NOT and parentheses; a Chinese string "
            + "finds every article containing it, like grep."})
final class SearchCommand implements Callable<Integer> {

  enum Format { text, jsonl, csv }

  @Spec
  CommandSpec spec;

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index directory.")
  Path index;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query (several arguments are joined with spaces).")
  List<String> query;

  @Option(names = "--place", paramLabel = "NAME", description = "Only articles naming this place or a place under it (拉萨 = 拉萨市).")
  String place;

  @Option(names = "--program", paramLabel = "NAME", description = "Only articles naming this program, or a kind: INITIATIVE, DOCUMENT, FORMULA.")
  String program;

  @Option(names = "--money-min", paramLabel = "X", description = "Only articles mentioning at least this amount (1亿, 5000万, 2.5万元).")
  String moneyMin;

  @Option(names = "--money-max", paramLabel = "Y", description = "Only articles mentioning at most this amount.")
  String moneyMax;

  @Option(names = "--percent-min", paramLabel = "X", description = "Only articles mentioning at least this percentage.")
  String percentMin;

  @Option(names = "--percent-max", paramLabel = "Y", description = "Only articles mentioning at most this percentage.")
  String percentMax;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--facets", description = "Count hits per place (hierarchy) and per program.")
  boolean facets;

  @Option(names = "--format", defaultValue = "text",
      description = "text (default), jsonl, or csv: one row per figure of the hits (UTF-8 with BOM, for spreadsheets).")
  Format format;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    SearchRequest req = SearchRequest.builder()
        .query(query == null ? null : String.join(" ", query))
        .place(place).program(program)
        .moneyMin(moneyMin).moneyMax(moneyMax)
        .percentMin(percentMin).percentMax(percentMax)
        .limit(limit).facets(facets)
        .build();
    try (ArchiveSearcher searcher = ArchiveSearcher.open(index)) {
      SearchResult r = searcher.search(req);
      if (format == Format.csv) {
        out.print(new FigureCsv().write(searcher, r.hits()));
      } else if (format == Format.jsonl) {
        out.println(JsonCodec.line(summary(r, facets)));
        for (Hit h : r.hits()) {
          out.println(JsonCodec.line(json(h)));
        }
      } else {
        printText(out, r, req.query() != null, System.console() != null);
      }
    }
    Output.flush(out);
    return 0;
  }

  /** The first JSON line: how many articles match and, when asked for, the facet counts. */
  static ObjectNode summary(SearchResult r, boolean withFacets) {
    ObjectNode o = JsonCodec.object();
    o.put("total", r.total());
    o.put("total_exact", r.totalExact());
    o.put("shown", r.hits().size());
    if (withFacets) {
      ObjectNode f = o.putObject("facets");
      facets(f.putArray("places"), r.places());
      facets(f.putArray("programs"), r.programs());
    }
    return o;
  }

  private static void facets(ArrayNode out, List<FacetCount> counts) {
    for (FacetCount c : counts) {
      ObjectNode o = out.addObject();
      o.put("label", c.label());
      o.put("count", c.count());
      if (!c.children().isEmpty()) {
        facets(o.putArray("children"), c.children());
      }
    }
  }

  static ObjectNode json(Hit h) {
    ObjectNode o = JsonCodec.object();
    o.put("source", h.source());
    o.put("article", h.article());
    o.put("title", h.title());
    o.put("score", h.score());
    o.put("snippet", h.snippet().marked("<em>", "</em>"));
    ArrayNode places = o.putArray("places");
    h.places().forEach(places::add);
    ArrayNode programs = o.putArray("programs");
    h.programs().forEach(programs::add);
    ArrayNode money = o.putArray("money");
    h.money().forEach(m -> money.add(new BigDecimal(m)));
    return o;
  }

  private static void printText(PrintWriter out, SearchResult r, boolean ranked, boolean terminal) {
    String open = terminal ? "\u001b[1;31m" : "[";
    String close = terminal ? "\u001b[0m" : "]";
    out.printf(Locale.ROOT, "%s%d article%s%s%n", r.totalExact() ? "" : "at least ", r.total(), r.total() == 1 ? "" : "s",
        r.hits().size() < r.total() ? " (showing " + r.hits().size() + ")" : "");
    int i = 1;
    for (Hit h : r.hits()) {
      // Filters alone do not rank: no score to show.
      out.printf(Locale.ROOT, "%n%d. %s%n   %s #%d [%d, %d)%s%n", i++, h.title().isEmpty() ? "(untitled)" : h.title(),
          h.source(), h.article(), h.start(), h.end(), ranked ? String.format(Locale.ROOT, "  score %.2f", h.score()) : "");
      out.printf(Locale.ROOT, "   %s%n", h.snippet().marked(open, close));
      StringBuilder meta = new StringBuilder();
      if (!h.places().isEmpty()) {
        meta.append("places: ").append(String.join("、", h.places()));
      }
      if (!h.programs().isEmpty()) {
        meta.append(meta.length() > 0 ? "; " : "").append("programs: ").append(String.join("、", h.programs()));
      }
      if (!h.money().isEmpty()) {
        meta.append(meta.length() > 0 ? "; " : "").append("money: ")
            .append(String.join("、", h.money().stream().map(m -> TextTable.yuan(new BigDecimal(m))).toList()));
      }
      if (meta.length() > 0) {
        out.printf(Locale.ROOT, "   %s%n", meta);
      }
    }
    if (!r.places().isEmpty() || !r.programs().isEmpty()) {
      out.printf(Locale.ROOT, "%nplaces:%n");
      tree(out, r.places(), "  ");
      out.printf(Locale.ROOT, "programs:%n");
      tree(out, r.programs(), "  ");
    }
  }

  private static void tree(PrintWriter out, List<FacetCount> counts, String indent) {
    for (FacetCount c : counts) {
      out.printf(Locale.ROOT, "%s%s (%d)%n", indent, c.label(), c.count());
      tree(out, c.children(), indent + "  ");
    }
  }
}
