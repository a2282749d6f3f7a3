package org.newsminer.search;

import java.math.BigDecimal;
import org.newsminer.entity.number.Amounts;

/**
 * What to search for: an optional query string (see {@link ArchiveQueryParser}) and optional filters.
 * Immutable; build with {@link #builder()}. Amounts accept newspaper forms ({@code 1亿}, {@code 5000万},
 * {@code 2.5万元}) through {@link Builder#moneyMin(String)}.
 */
public record SearchRequest(String query, String place, String program, BigDecimal moneyMin,
    BigDecimal moneyMax, BigDecimal percentMin, BigDecimal percentMax, int limit, int offset, boolean facets) {

  public SearchRequest {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0, got " + limit);
    }
    if (offset < 0 || (long) offset + limit > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("offset must be >= 0 and offset + limit fit an int, got " + offset);
    }
    if (moneyMin != null && moneyMax != null && moneyMin.compareTo(moneyMax) > 0) {
      throw new IllegalArgumentException("money range is empty: min " + moneyMin.toPlainString()
          + " > max " + moneyMax.toPlainString());
    }
    if (percentMin != null && percentMax != null && percentMin.compareTo(percentMax) > 0) {
      throw new IllegalArgumentException("percent range is empty: min " + percentMin.toPlainString()
          + " > max " + percentMax.toPlainString());
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A request for {@code query} and nothing else, with the default limit. */
  public static SearchRequest of(String query) {
    return builder().query(query).build();
  }

  /** Builds a {@link SearchRequest}. Not thread-safe. */
  public static final class Builder {
    private String query;
    private String place;
    private String program;
    private BigDecimal moneyMin;
    private BigDecimal moneyMax;
    private BigDecimal percentMin;
    private BigDecimal percentMax;
    private int limit = 10;
    private int offset;
    private boolean facets;

    private Builder() {}

    public Builder query(String q) {
      this.query = q == null || q.isBlank() ? null : q;
      return this;
    }

    /** Articles naming this place or any place under it; short forms (拉萨) are resolved. */
    public Builder place(String p) {
      this.place = p;
      return this;
    }

    /** Articles naming this program, or every program of a kind (INITIATIVE, DOCUMENT, FORMULA). */
    public Builder program(String p) {
      this.program = p;
      return this;
    }

    public Builder moneyMin(BigDecimal yuan) {
      this.moneyMin = yuan;
      return this;
    }

    public Builder moneyMax(BigDecimal yuan) {
      this.moneyMax = yuan;
      return this;
    }

    /** Minimum amount as a newspaper writes it: 1亿, 5000万, 2.5万元. */
    public Builder moneyMin(String amount) {
      this.moneyMin = amount == null ? null : Amounts.parseYuan(amount);
      return this;
    }

    public Builder moneyMax(String amount) {
      this.moneyMax = amount == null ? null : Amounts.parseYuan(amount);
      return this;
    }

    public Builder percentMin(BigDecimal p) {
      this.percentMin = p;
      return this;
    }

    public Builder percentMax(BigDecimal p) {
      this.percentMax = p;
      return this;
    }

    /** Minimum percentage: 5, 5%, 12.5％. */
    public Builder percentMin(String p) {
      this.percentMin = p == null ? null : Amounts.parsePercent(p);
      return this;
    }

    public Builder percentMax(String p) {
      this.percentMax = p == null ? null : Amounts.parsePercent(p);
      return this;
    }

    public Builder limit(int n) {
      this.limit = n;
      return this;
    }

    /** Hits to skip before the first one returned, for paging (default 0). */
    public Builder offset(int n) {
      this.offset = n;
      return this;
    }

    /** Whether to count hits per place (hierarchy) and per program. */
    public Builder facets(boolean f) {
      this.facets = f;
      return this;
    }

    public SearchRequest build() {
      return new SearchRequest(query, place, program, moneyMin, moneyMax, percentMin, percentMax, limit, offset, facets);
    }
  }
}
