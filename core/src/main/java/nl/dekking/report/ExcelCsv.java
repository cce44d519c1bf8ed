package nl.dekking.report;

import java.io.IOException;
import java.io.Writer;
import java.util.regex.Pattern;
import nl.dekking.io.output.DecimalText;

/**
 * A CSV table for Dutch Excel: fields separated by {@code ;}, decimal numbers with a decimal comma, lines ending in
 * CRLF (RFC 4180), a one-field notice line first ("Intern — niet publiceren"), then a header row. A field holding {@code ;}, {@code "}, a line break or leading/trailing
 * spaces is quoted, with {@code "} doubled; text that Excel would take for a formula gets an apostrophe in front.
 * The text is written as UTF-8 with a byte-order mark, which Excel needs to read UTF-8 (ë, é) on double-click. Not
 * thread-safe.
 */
final class ExcelCsv {

  static final char SEPARATOR = ';';
  static final String BOM = "\uFEFF";
  private static final Pattern NEGATIVE_NUMBER = Pattern.compile("-[0-9]+(,[0-9]+)?");

  /** The table so far: each line ends in CRLF (gaps.csv of a city has hundreds of thousands). */
  private final StringBuilder table = new StringBuilder(BOM);
  private final int columns;
  private final char[] digits = new char[DecimalText.MAX_LENGTH];
  private final char[] drained = new char[1 << 13];

  /** A table whose first line is a notice (one field, such as "Intern — niet publiceren"), then the header row. */
  ExcelCsv(String notice, String... header) {
    this.columns = header.length;
    appendQuoted(table, defused(notice)).append("\r\n");
    row((Object[]) header);
  }

  void row(Object... fields) {
    if (fields.length != columns) {
      throw new IllegalArgumentException("row has " + fields.length + " fields, the header " + columns);
    }
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        table.append(SEPARATOR);
      }
      Object field = fields[i];
      if (field instanceof Decimal d) {
        // straight into the table: gaps.csv has four a row and a city hundreds of thousands of rows
        int n = DecimalText.fixed(d.value(), d.decimals(), digits, 0);
        for (int k = 0; k < n; k++) {
          table.append(digits[k] == '.' ? ',' : digits[k]);
        }
      } else {
        appendQuoted(table, text(field));
      }
    }
    table.append("\r\n");
  }

  /**
   * A decimal for {@link #row}, written as {@link #decimal(double, int)} writes it, without making a string.
   *
   * @param value the number
   * @param decimals the places after the decimal comma
   */
  record Decimal(double value, int decimals) {
  }

  /** The whole table with a byte-order mark, CRLF line ends (what is left of it after {@link #drainTo}). */
  String text() {
    return table.toString();
  }

  /**
   * Writes the lines so far to {@code out} and forgets them, once they fill {@code atLeast} characters (0: always):
   * a table too large to hold whole (gaps.csv of a city) is written as it is made.
   */
  void drainTo(Writer out, int atLeast) throws IOException {
    if (table.length() >= atLeast) {
      // through one buffer: a Writer copies a CharSequence appended to it into a new string
      for (int at = 0; at < table.length(); at += drained.length) {
        int n = Math.min(drained.length, table.length() - at);
        table.getChars(at, at + n, drained, 0);
        out.write(drained, 0, n);
      }
      table.setLength(0);
    }
  }

  /**
   * A decimal with a decimal comma, rounded half-up to {@code decimals} places (as
   * {@code BigDecimal.valueOf(value).setScale(decimals, HALF_UP)}, without its cost: gaps.csv has four per row).
   */
  static String decimal(double value, int decimals) {
    char[] text = new char[DecimalText.MAX_LENGTH];
    int n = DecimalText.fixed(value, decimals, text, 0);
    for (int i = 0; i < n; i++) {
      if (text[i] == '.') {
        text[i] = ',';
      }
    }
    return new String(text, 0, n);
  }

  private static String text(Object field) {
    if (field == null) {
      return "";
    }
    if (field instanceof Double || field instanceof Float) {
      throw new IllegalArgumentException("format decimals with ExcelCsv.decimal, was " + field);
    }
    return field instanceof CharSequence text ? defused(text.toString()) : field.toString();
  }

  /**
   * Text that Excel would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return
   * first, OWASP's "CSV injection") with an apostrophe in front, so a group named {@code =HYPERLINK(...)} shows
   * as text; a negative decimal such as {@code -0,5} stays a number.
   */
  static String defused(String text) {
    if (text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0 || NEGATIVE_NUMBER.matcher(text).matches()) {
      return text;
    }
    return "'" + text;
  }

  static String quote(String field) {
    return needsQuotes(field) ? appendQuoted(new StringBuilder(field.length() + 8), field).toString() : field;
  }

  /** Appends the field, quoted when it holds a separator, quote or line break or starts or ends with a space. */
  private static StringBuilder appendQuoted(StringBuilder sb, String field) {
    if (!needsQuotes(field)) {
      return sb.append(field);
    }
    sb.append('"');
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      sb.append(c);
      if (c == '"') {
        sb.append('"');
      }
    }
    return sb.append('"');
  }

  private static boolean needsQuotes(String field) {
    int n = field.length();
    if (n > 0 && (field.charAt(0) == ' ' || field.charAt(n - 1) == ' ')) {
      return true;
    }
    for (int i = 0; i < n; i++) {
      char c = field.charAt(i);
      if (c == SEPARATOR || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }
}
