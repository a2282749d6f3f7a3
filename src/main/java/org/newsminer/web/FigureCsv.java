package org.newsminer.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.newsminer.JsonCodec;
import org.newsminer.MinedArticle;
import org.newsminer.entity.Entity;
import org.newsminer.entity.Money;
import org.newsminer.entity.Percent;
import org.newsminer.entity.Place;
import org.newsminer.entity.Program;
import org.newsminer.search.ArchiveSearcher;
import org.newsminer.search.Hit;
import org.newsminer.search.StoredArticle;

/**
 * Search results as CSV for a spreadsheet: UTF-8 with a byte-order mark (so spreadsheet programs read it
 * as UTF-8), one row per figure (MONEY or PERCENT) of each hit, with its article, source, title, the
 * place and program named nearest before it in the article (else the first after it), the place's path
 * and division code (when known), the value (yuan for CNY; percent) and the qualifier. Text cells that a
 * spreadsheet would run as a formula get a leading apostrophe. Thread-safe.
 */
public final class FigureCsv {
  static final String HEADER = "source,article,title,type,figure,value,unit,qualifier,place,place_path,place_code,"
      + "program,program_kind";
  private final IndexedArticles indexed = new IndexedArticles();

  /** The CSV of {@code hits}: each article is read from {@code searcher} and mined again for its figures. */
  public String write(ArchiveSearcher searcher, List<Hit> hits) throws IOException {
    StringBuilder sb = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
    for (Hit h : hits) {
      StoredArticle a = searcher.article(h.source(), h.article());
      if (a != null) {
        rows(sb, a.source(), indexed.mine(a));
      }
    }
    return sb.toString();
  }

  private static void rows(StringBuilder sb, String source, MinedArticle a) {
    List<Entity> es = a.entities();
    for (int i = 0; i < es.size(); i++) {
      Entity e = es.get(i);
      String unit;
      String qualifier;
      BigDecimal value;
      if (e instanceof Money m) {
        unit = m.currency();
        qualifier = m.qualifier().name();
        value = m.value();
      } else if (e instanceof Percent p) {
        unit = p.unit().name();
        qualifier = p.qualifier().name();
        value = p.value();
      } else {
        continue;
      }
      Place place = (Place) nearest(es, i, Place.class);
      Program program = (Program) nearest(es, i, Program.class);
      ObjectNode placeJson = place == null ? null : JsonCodec.entity(place);
      cell(sb, source).append(',').append(a.number()).append(',');
      cell(sb, a.title()).append(',').append(e.type().name()).append(',');
      cell(sb, e.text()).append(',').append(plain(value)).append(',').append(unit).append(',').append(qualifier).append(',');
      cell(sb, place == null ? "" : place.name()).append(',');
      cell(sb, place == null ? "" : String.join("/", place.path())).append(',');
      // The division code comes with the §6 shape of a place when the gazetteer knows it.
      cell(sb, placeJson == null ? "" : placeJson.path("code").asText("")).append(',');
      cell(sb, program == null ? "" : program.name()).append(',');
      cell(sb, program == null ? "" : program.kind().name()).append("\r\n");
    }
  }

  /** The entity of {@code type} named last before entity {@code i}, else the first after it, or null. */
  private static Entity nearest(List<Entity> es, int i, Class<? extends Entity> type) {
    for (int k = i - 1; k >= 0; k--) {
      if (type.isInstance(es.get(k))) {
        return es.get(k);
      }
    }
    for (int k = i + 1; k < es.size(); k++) {
      if (type.isInstance(es.get(k))) {
        return es.get(k);
      }
    }
    return null;
  }

  /** One text cell, quoted when needed (RFC 4180); a leading = + - @ is defused for spreadsheets. */
  static StringBuilder cell(StringBuilder sb, String s) {
    String v = s == null ? "" : s;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
      return sb.append('"').append(v.replace("\"", "\"\"")).append('"');
    }
    return sb.append(v);
  }

  private static String plain(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }
}
