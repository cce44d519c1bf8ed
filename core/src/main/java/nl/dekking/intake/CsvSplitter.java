package nl.dekking.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a small CSV text (an intake form) into rows of fields: separator {@code ;}, {@code ,} or tab, whichever
 * occurs most in the first line outside quotes; quoted fields with doubled quotes and line breaks as RFC 4180.
 * Stateless; thread-safe.
 */
final class CsvSplitter {

  private CsvSplitter() {
  }

  static List<List<String>> split(String text) {
    char separator = separator(text);
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == separator) {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }

  private static char separator(String text) {
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted) {
        semicolons += c == ';' ? 1 : 0;
        commas += c == ',' ? 1 : 0;
        tabs += c == '\t' ? 1 : 0;
      }
    }
    return tabs > semicolons && tabs > commas ? '\t' : commas > semicolons ? ',' : ';';
  }
}
