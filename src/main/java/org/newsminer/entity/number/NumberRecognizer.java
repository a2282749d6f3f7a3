package org.newsminer.entity.number;

import java.util.List;
import org.newsminer.entity.Entity;
import org.newsminer.entity.Money;
import org.newsminer.entity.Recognizer;

/**
 * MONEY and PERCENT (EXTRACTION.md §1, §2) over normalized text, robust to stray whitespace inside a
 * mention ({@code 187208.13 万 元}). A mention is found from its numeral ({@link Numerals}) and what
 * stands around it: a unit ({@code 元}, {@code 美元}, {@code %}, {@code 个百分点}, {@code 成}), a
 * prefix ({@code 百分之}, {@code 人民币}, {@code ￥}), qualifiers ({@code 约}, {@code 以上}), a
 * range or list partner sharing the unit, or, for 万/亿 amounts without 元, a money word in the
 * clause ({@code 投资85亿}). The scan is {@link NumberScan}; its vocabulary is {@link NumberLexicon}.
 * Stateless and thread-safe.
 */
public final class NumberRecognizer implements Recognizer {
  private final boolean money;
  private final boolean percent;

  /** A recognizer emitting MONEY when {@code money}, PERCENT when {@code percent}. */
  public NumberRecognizer(boolean money, boolean percent) {
    this.money = money;
    this.percent = percent;
  }

  @Override
  public void recognize(String text, int from, int to, List<Entity> out) {
    for (Entity e : NumberScan.scan(text, from, to)) {
      if (e instanceof Money ? money : percent) {
        out.add(e);
      }
    }
  }
}
