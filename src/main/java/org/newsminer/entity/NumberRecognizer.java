package org.newsminer.entity;

import java.util.List;

/** MONEY and PERCENT. */
final class NumberRecognizer implements Recognizer {
  private final boolean money;
  private final boolean percent;

  NumberRecognizer(boolean money, boolean percent) {
    this.money = money;
    this.percent = percent;
  }

  @Override
  public void recognize(String text, int from, int to, List<Entity> out) {
    // Placeholder until the numeral grammar lands.
  }
}
