package nl.dekking.io.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV text split into a header and rows (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes).
 *
 * <p>The separator is the one of {@code ;}, {@code ,} and tab that occurs most often in the header outside
 * quotes: Dutch spreadsheet exports use {@code ;}. Text is UTF-8 (a byte-order mark is skipped); bytes that are
 * not UTF-8 are read as Windows-1252, what Excel writes on Dutch Windows. O(n) in the text length. Not
 * thread-safe during parsing; the result is immutable.
 */
public final class CsvTable {

  /** One data row with the line number (from 1) it starts on. */
  public record Row(int line, List<String> fields) {
  }

  private final char separator;
  private final List<String> header;
  private final List<Row> rows;

  private CsvTable(char separator, List<String> header, List<Row> rows) {
    this.separator = separator;
    this.header = header;
    this.rows = rows;
  }

  public char separator() {
    return separator;
  }

  public List<String> header() {
    return header;
  }

  public List<Row> rows() {
    return rows;
  }

  /** Decodes bytes as UTF-8, or as Windows-1252 when they are not UTF-8. */
  public static String decode(byte[] bytes) {
    try {
      String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  /**
   * Parses CSV text.
   *
   * @throws IllegalArgumentException when the text is empty or a quote is not closed, naming the line
   */
  public static CsvTable parse(String text) {
    char separator = detectSeparator(text);
    List<Row> all = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int rowLine = 1;
    int quoteLine = 0;
    boolean quoted = false;
    boolean fieldStart = true;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
        continue;
      }
      if (c == '"' && fieldStart) {
        quoted = true;
        quoteLine = line;
        fieldStart = false;
      } else if (c == separator) {
        fields.add(field.toString());
        field.setLength(0);
        fieldStart = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        addRow(all, rowLine, fields);
        fields = new ArrayList<>();
        fieldStart = true;
        line++;
        rowLine = line;
      } else {
        field.append(c);
        fieldStart = false;
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("line " + quoteLine + ": a quoted field is not closed");
    }
    if (field.length() > 0 || !fields.isEmpty()) {
      fields.add(field.toString());
      addRow(all, rowLine, fields);
    }
    if (all.isEmpty()) {
      throw new IllegalArgumentException("the file is empty: it has no header line");
    }
    List<String> header = all.get(0).fields().stream().map(String::strip).toList();
    return new CsvTable(separator, header, List.copyOf(all.subList(1, all.size())));
  }

  private static void addRow(List<Row> rows, int line, List<String> fields) {
    boolean blank = fields.stream().allMatch(String::isBlank);
    if (!blank) {
      rows.add(new Row(line, List.copyOf(fields)));
    }
  }

  private static char detectSeparator(String text) {
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
        switch (c) {
          case ';' -> semicolons++;
          case ',' -> commas++;
          case '\t' -> tabs++;
          default -> { }
        }
      }
    }
    if (semicolons >= commas && semicolons >= tabs && semicolons > 0) {
      return ';';
    }
    return tabs > commas ? '\t' : ',';
  }
}
