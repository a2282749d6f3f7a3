import java.math.BigDecimal;
import org.newsminer.MinedArticle;
import org.newsminer.MinedPage;
import org.newsminer.NewsMiner;
import org.newsminer.entity.Entity;
import org.newsminer.entity.Money;

/**
 * Embedding newsminer: extract entities from one page and total the money it mentions.
 *
 * <p>Run from the checkout after {@code ./newsminer --version} has built the jar:
 * {@code java -cp target/newsminer.jar examples/ExtractExample.java}
 */
public class ExtractExample {
  public static void main(String[] args) {
    // Build once and share: a NewsMiner is immutable and thread-safe.
    NewsMiner miner = NewsMiner.builder().build();
    String page = "据统计，2 0 2 2 年拉萨市财政涉农统筹整合资金项目计划实施 138 个，计划投资\n\n"
        + "187208.13 万 元 ，到 位 资 金 169288.37 万\n\n元。";
    MinedPage result = miner.process(page);
    for (MinedArticle article : result.articles()) {
      System.out.println("article " + article.number() + ": " + article.title());
      for (Entity e : article.entities()) {
        // Offsets point into the text passed in, PDF spaces and all.
        System.out.printf("  %-7s %-16s [%d,%d) %s%n", e.type(), e.text(), e.start(), e.end(),
            page.substring(e.start(), e.end()).replace("\n", "⏎"));
      }
      BigDecimal total = article.entities(Money.class).stream()
          .map(Money::value).reduce(BigDecimal.ZERO, BigDecimal::add);
      System.out.println("  money mentioned: " + total.toPlainString() + " yuan");
    }
  }
}
