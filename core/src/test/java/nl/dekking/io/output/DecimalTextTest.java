package nl.dekking.io.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecimalTextTest {

  private static final int RANDOM_VALUES = 300_000;

  private static String doubleToStringOfRounded(double v, int decimals) {
    double scale = Math.pow(10, decimals);
    double r = Math.round(v * scale) / scale;
    return Double.toString(r == 0 ? 0 : r);
  }

  private static String bigDecimalHalfUp(double v, int decimals) {
    return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }

  /** Values of every size a report writes: coordinates, areas, shares, with random sign and many digits. */
  private static double randomValue(SplittableRandom random) {
    double v = switch (random.nextInt(6)) {
      case 0 -> random.nextDouble(3, 7.3);            // longitude
      case 1 -> random.nextDouble(50.7, 53.6);        // latitude
      case 2 -> random.nextDouble(0, 300_000);        // RD x
      case 3 -> random.nextDouble(300_000, 620_000);  // RD y
      case 4 -> random.nextDouble() * Math.pow(10, random.nextInt(-5, 12)); // any size
      default -> random.nextInt(-1000, 1000) / 8.0 + random.nextInt(-3, 4) * 1e-9; // at and near ties
    };
    return random.nextBoolean() ? v : -v;
  }

  @Test
  void rounded_randomValues_equalDoubleToStringOfTheRoundedValue() {
    SplittableRandom random = new SplittableRandom(17);
    for (int i = 0; i < RANDOM_VALUES; i++) {
      double v = randomValue(random);
      int decimals = random.nextInt(0, 10);
      assertThat(DecimalText.rounded(v, decimals)).as("%s to %d decimals", v, decimals)
          .isEqualTo(doubleToStringOfRounded(v, decimals));
    }
  }

  @Test
  void rounded_coordinatesAtSevenAndRdAtThreeDecimals_equalDoubleToString() {
    SplittableRandom random = new SplittableRandom(18);
    for (int i = 0; i < RANDOM_VALUES; i++) {
      long lon = random.nextLong(30_000_000L, 73_000_000L);
      long mm = random.nextLong(0, 620_000_000L);
      assertThat(DecimalText.rounded(lon / 1e7, 7)).isEqualTo(Double.toString(lon / 1e7));
      assertThat(DecimalText.rounded(mm / 1e3, 3)).isEqualTo(Double.toString(mm / 1e3));
    }
  }

  @Test
  void rounded_edgeCases_asDoubleToString() {
    assertThat(DecimalText.rounded(5.92310474999, 7)).isEqualTo("5.9231047");
    assertThat(DecimalText.rounded(190801.65, 2)).isEqualTo("190801.65");
    assertThat(DecimalText.rounded(12, 7)).isEqualTo("12.0");
    assertThat(DecimalText.rounded(-0.00000001, 7)).isEqualTo("0.0");
    assertThat(DecimalText.rounded(-2.5, 0)).isEqualTo("-2.0");
    assertThat(DecimalText.rounded(0.0001234, 7)).isEqualTo("1.234E-4");
    assertThat(DecimalText.rounded(12_345_678.9, 1)).isEqualTo("1.23456789E7");
    assertThat(DecimalText.rounded(1e300, 2)).isEqualTo(doubleToStringOfRounded(1e300, 2));
    assertThat(DecimalText.rounded(0.1 + 0.2, 15)).isEqualTo(doubleToStringOfRounded(0.1 + 0.2, 15));
  }

  @Test
  void fixed_randomValues_equalBigDecimalHalfUp() {
    SplittableRandom random = new SplittableRandom(19);
    for (int i = 0; i < RANDOM_VALUES; i++) {
      double v = randomValue(random);
      int decimals = random.nextInt(0, 11);
      assertThat(DecimalText.fixed(v, decimals)).as("%s to %d decimals", v, decimals)
          .isEqualTo(bigDecimalHalfUp(v, decimals));
    }
  }

  @Test
  void fixed_positiveValues_equalStringFormat() {
    SplittableRandom random = new SplittableRandom(20);
    for (int i = 0; i < RANDOM_VALUES / 10; i++) {
      double v = Math.abs(randomValue(random));
      assertThat(DecimalText.fixed(v, 7)).isEqualTo(String.format(Locale.ROOT, "%.7f", v));
    }
  }

  @Test
  void fixed_tiesOfTheShortestDecimal_roundHalfUpAsBigDecimal() {
    // 1.005 is 1.00499999999999989... in binary, but its shortest decimal 1.005 rounds up
    assertThat(DecimalText.fixed(1.005, 2)).isEqualTo("1.01");
    assertThat(DecimalText.fixed(-1.005, 2)).isEqualTo("-1.01");
    assertThat(DecimalText.fixed(0.125, 2)).isEqualTo("0.13");
    assertThat(DecimalText.fixed(2.5, 0)).isEqualTo("3");
    assertThat(DecimalText.fixed(-0.0001, 2)).isEqualTo("0.00");
    assertThat(DecimalText.fixed(-0.0, 1)).isEqualTo("0.0");
    assertThat(DecimalText.fixed(123456789012.5, 1)).isEqualTo("123456789012.5");
  }

  @Test
  void appendFixed_appendsToWhatIsThere() {
    StringBuilder sb = new StringBuilder("x=");

    DecimalText.appendFixed(sb, 5.12345678, 6).append(';');

    assertThat(sb).hasToString("x=5.123457;");
  }

  @Test
  void rounded_writesAtThePositionGiven() {
    char[] out = "lon:.....................................".toCharArray();

    int end = DecimalText.rounded(5.9, 7, out, 4);

    assertThat(new String(out, 0, end)).isEqualTo("lon:5.9");
  }

  @Test
  void fixed_notFinite_refusedAsBigDecimalDoes() {
    assertThatThrownBy(() -> DecimalText.fixed(Double.NaN, 2)).isInstanceOf(NumberFormatException.class);
  }

  @Test
  void rounded_decimalsOutOfRange_refused() {
    assertThatThrownBy(() -> DecimalText.rounded(1, 16)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("16");
  }
}
