package nl.dekking.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV table for Dutch Excel: fields separated by {@code ;}, decimal numbers with a decimal comma, lines ending in
 * CRLF (RFC 4180), a header row first. A field holding {@code ;}, {@code "}, a line break or leading/trailing
 * spaces is quoted, with {@code "} doubled. The text is written as UTF-8 with a byte-order mark, which Excel needs
 * to read UTF-8 (ë, é) on double-click. Not thread-safe.
 */
final class CsvTable {

  static final char SEPARATOR = ';';
  static final String BOM = "\uFEFF";

  private final List<String> lines = new ArrayList<>();
  private final int columns;

  CsvTable(String... header) {
    this.columns = header.length;
    lines.add(line(header));
  }

  void row(Object... fields) {
    if (fields.length != columns) {
      throw new IllegalArgumentException("row has " + fields.length + " fields, the header " + columns);
    }
    String[] text = new String[fields.length];
    for (int i = 0; i < fields.length; i++) {
      text[i] = text(fields[i]);
    }
    lines.add(line(text));
  }

  /** The whole table with a byte-order mark, CRLF line ends. */
  String text() {
    return BOM + String.join("\r\n", lines) + "\r\n";
  }

  /** A decimal with a decimal comma, rounded half-up to {@code decimals} places. */
  static String decimal(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
  }

  private static String text(Object field) {
    if (field == null) {
      return "";
    }
    if (field instanceof Double || field instanceof Float) {
      throw new IllegalArgumentException("format decimals with CsvTable.decimal, was " + field);
    }
    return field.toString();
  }

  static String quote(String field) {
    boolean needs = field.indexOf(SEPARATOR) >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
        || field.indexOf('\r') >= 0 || (!field.isEmpty() && (field.charAt(0) == ' ' || field.charAt(field.length() - 1) == ' '));
    return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }

  private static String line(String[] fields) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        sb.append(SEPARATOR);
      }
      sb.append(quote(fields[i]));
    }
    return sb.toString();
  }
}
