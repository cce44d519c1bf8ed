package nl.dekking.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.DecimalFormatSymbols;
import java.util.SplittableRandom;
import nl.dekking.analysis.Language;
import org.junit.jupiter.api.Test;

class HtmlPageNumbersTest {

  @Test
  void grouped_randomNumbersInBothLanguages_asStringFormatWritesThem() {
    SplittableRandom random = new SplittableRandom(5);
    for (Language language : Language.values()) {
      char separator = DecimalFormatSymbols.getInstance(Phrase.locale(language)).getGroupingSeparator();
      for (int i = 0; i < 50_000; i++) {
        long n = random.nextLong(-1L << random.nextInt(1, 63), 1L << random.nextInt(1, 63));
        assertThat(HtmlPage.grouped(n, separator)).isEqualTo(String.format(Phrase.locale(language), "%,d", n));
      }
      assertThat(HtmlPage.grouped(Long.MIN_VALUE, separator))
          .isEqualTo(String.format(Phrase.locale(language), "%,d", Long.MIN_VALUE));
    }
  }

  @Test
  void grouped_dutch_pointsBetweenThousands() {
    assertThat(HtmlPage.grouped(1_234_567, '.')).isEqualTo("1.234.567");
    assertThat(HtmlPage.grouped(-1_140, '.')).isEqualTo("-1.140");
    assertThat(HtmlPage.grouped(999, '.')).isEqualTo("999");
  }
}
