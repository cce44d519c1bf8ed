package nl.dekking.io.output;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes decimal numbers as text straight into a character buffer, without {@code Double.toString} or
 * {@code BigDecimal} for the common case: a report writes every household's coordinates, and formatting them was a
 * tenth of writing a national run's GeoJSON. Two roundings, each giving exactly the text of the slower way it
 * replaces, which it falls back on wherever the fast way could differ:
 * <ul>
 *   <li>{@link #rounded}: the value rounded to a number of decimals ({@code Math.round(value * 10^d) / 10^d}) and
 *       written as {@link Double#toString(double)} writes that double (trailing zeros dropped, at least one decimal:
 *       {@code 5.9231047}, {@code 190801.65}, {@code 12.0}), with {@code -0.0} written {@code 0.0}; as GeoJSON
 *       coordinates are written;</li>
 *   <li>{@link #fixed}: the value's shortest decimal ({@code Double.toString}) rounded half up (away from zero) to
 *       exactly {@code d} decimals, as {@code BigDecimal.valueOf(value).setScale(d, HALF_UP).toPlainString()}
 *       writes it ({@code 5.9231050}, {@code 0.25}, {@code 12}); as CSV and KML numbers are written.</li>
 * </ul>
 *
 * <p>The fast way covers values below 10^7 in size with up to 8 decimals ({@code rounded}) and below 10^9 with
 * up to 9 ({@code fixed}), except {@code rounded} values under 0.001 (which {@code Double.toString} writes in
 * scientific notation) and {@code fixed} values within a few units in the last place of a tie (where the shortest
 * decimal decides). Internal, not API. Stateless and thread-safe.
 */
public final class DecimalText {

  /** Characters the longest text may need; give a buffer this much room from the position written at. */
  public static final int MAX_LENGTH = 40;

  private static final long[] POWERS = new long[19];
  private static final double[] SCALES = new double[19];

  static {
    long p = 1;
    for (int i = 0; i < POWERS.length; i++) {
      POWERS[i] = p;
      SCALES[i] = p;
      p *= 10;
    }
  }

  private DecimalText() {
  }

  /**
   * Writes {@code Double.toString(Math.round(value * 10^decimals) / 10^decimals)} ({@code 0.0} for negative zero)
   * into {@code out} at {@code at}; returns the position after it.
   *
   * @throws IllegalArgumentException when {@code decimals} is not 0 to 15
   */
  public static int rounded(double value, int decimals, char[] out, int at) {
    requireDecimals(decimals, 15);
    double scale = SCALES[decimals];
    long m = Math.round(value * scale);
    double r = m / scale;
    double size = Math.abs(r);
    if (decimals <= 8 && size < 1e7 && (size >= 1e-3 || m == 0)) {
      return digits(m, decimals, true, out, at);
    }
    String text = Double.toString(r == 0 ? 0 : r);
    text.getChars(0, text.length(), out, at);
    return at + text.length();
  }

  /** {@link #rounded(double, int, char[], int)} as a string. */
  public static String rounded(double value, int decimals) {
    char[] out = new char[MAX_LENGTH];
    return new String(out, 0, rounded(value, decimals, out, 0));
  }

  /**
   * Writes {@code BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString()} into
   * {@code out} at {@code at}; returns the position after it.
   *
   * @throws IllegalArgumentException when {@code decimals} is not 0 to 15
   * @throws NumberFormatException when the value is not finite, as {@code BigDecimal.valueOf} does
   */
  public static int fixed(double value, int decimals, char[] out, int at) {
    requireDecimals(decimals, 15);
    double size = Math.abs(value);
    if (decimals <= 9 && size < 1e9) {
      double y = size * SCALES[decimals];
      double whole = Math.floor(y);
      double fraction = y - whole;
      // the shortest decimal lies within an ulp or so of the scaled value: only near a tie can it round otherwise
      if (Math.abs(fraction - 0.5) > 4 * Math.ulp(y)) {
        long m = (long) whole + (fraction > 0.5 ? 1 : 0);
        return digits(value < 0 ? -m : m, decimals, false, out, at);
      }
    }
    String text = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    text.getChars(0, text.length(), out, at);
    return at + text.length();
  }

  /** {@link #fixed(double, int, char[], int)} as a string. */
  public static String fixed(double value, int decimals) {
    char[] out = new char[MAX_LENGTH];
    return new String(out, 0, fixed(value, decimals, out, 0));
  }

  /** Appends {@link #fixed(double, int, char[], int)}. */
  public static StringBuilder appendFixed(StringBuilder sb, double value, int decimals) {
    char[] out = new char[MAX_LENGTH];
    return sb.append(out, 0, fixed(value, decimals, out, 0));
  }

  /**
   * Writes {@code m / 10^decimals}: with {@code trim}, trailing zeros dropped but one decimal kept (as
   * {@code Double.toString}); without, exactly {@code decimals} decimals and no point when there are none (as
   * {@code BigDecimal.toPlainString}). Zero is written without a sign.
   */
  private static int digits(long m, int decimals, boolean trim, char[] out, int at) {
    int i = at;
    if (m < 0) {
      out[i++] = '-';
      m = -m;
    }
    long p = POWERS[decimals];
    long whole = m / p;
    long fraction = m - whole * p;
    i = integer(whole, out, i);
    if (trim) {
      out[i++] = '.';
      if (fraction == 0 || decimals == 0) {
        out[i++] = '0';
        return i;
      }
      int n = decimals;
      while (fraction % 10 == 0) {
        fraction /= 10;
        n--;
      }
      return padded(fraction, n, out, i);
    }
    if (decimals == 0) {
      return i;
    }
    out[i++] = '.';
    return padded(fraction, decimals, out, i);
  }

  private static int integer(long v, char[] out, int at) {
    int n = 1;
    for (long t = v; t >= 10; t /= 10) {
      n++;
    }
    return padded(v, n, out, at);
  }

  /** Writes {@code v} in exactly {@code n} digits, with leading zeros. */
  private static int padded(long v, int n, char[] out, int at) {
    for (int k = at + n - 1; k >= at; k--) {
      out[k] = (char) ('0' + v % 10);
      v /= 10;
    }
    return at + n;
  }

  private static void requireDecimals(int decimals, int max) {
    if (decimals < 0 || decimals > max) {
      throw new IllegalArgumentException("decimals must be 0 to " + max + ", was " + decimals);
    }
  }
}
