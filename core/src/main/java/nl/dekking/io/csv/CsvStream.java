package nl.dekking.io.csv;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Splits CSV text read from a {@link Reader} into rows, one at a time (RFC 4180: quoted fields, doubled quotes,
 * line breaks inside quotes), so a file of millions of rows is never held whole. The separator is detected on the
 * header line as {@link CsvTable} describes. Rows whose fields are all blank are skipped. Not thread-safe.
 */
final class CsvStream {

  private static final int BUFFER = 1 << 16;

  private final Reader in;
  private final char[] buffer = new char[BUFFER];
  private int pos;
  private int limit;
  private boolean eof;
  private final char separator;
  private final List<String> header;
  /** The line the next character is on, from 1. */
  private int line = 1;
  private final StringBuilder field = new StringBuilder();
  private final List<String> fields = new ArrayList<>();

  /**
   * Reads the header line.
   *
   * @throws IllegalArgumentException when the text has no header line or a quote in it is not closed
   * @throws UncheckedIOException when the reader fails (a {@link java.nio.charset.CharacterCodingException} cause
   *     for text that is not in the reader's charset)
   */
  CsvStream(Reader in) {
    this.in = requireNonNull(in, "in");
    if (peek() == '\uFEFF') {
      pos++;
    }
    this.separator = detectSeparator();
    CsvTable.Row first = next();
    if (first == null) {
      throw new IllegalArgumentException("the file is empty: it has no header line");
    }
    this.header = first.fields().stream().map(String::strip).toList();
  }

  char separator() {
    return separator;
  }

  /** The header's names, stripped, as written. */
  List<String> header() {
    return header;
  }

  /**
   * The next row that is not blank, or {@code null} after the last.
   *
   * @throws IllegalArgumentException naming the line where a quoted field is not closed
   */
  CsvTable.Row next() {
    while (true) {
      CsvTable.Row row = nextRow();
      if (row == null) {
        return null;
      }
      if (!isBlank(row.fields())) {
        return row;
      }
    }
  }

  private static boolean isBlank(List<String> fields) {
    for (String f : fields) {
      if (!f.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** The next row as written (blank or not), or {@code null} at the end of the text. */
  private CsvTable.Row nextRow() {
    if (peek() < 0) {
      return null;
    }
    int rowLine = line;
    fields.clear();
    field.setLength(0);
    boolean quoted = false;
    boolean fieldStart = true;
    int quoteLine = 0;
    while (true) {
      if (fieldStart && pos < limit && buffer[pos] != '"') {
        // an unquoted field that ends within the buffer: taken whole, not a character at a time
        int end = pos;
        char c = 0;
        while (end < limit) {
          c = buffer[end];
          if (c == separator || c == '\n' || c == '\r') {
            break;
          }
          end++;
        }
        if (end < limit) {
          fields.add(new String(buffer, pos, end - pos));
          pos = end + 1;
          if (c == separator) {
            continue;
          }
          if (c == '\r' && peek() == '\n') {
            pos++;
          }
          line++;
          return row(rowLine);
        }
      }
      int ci = read();
      if (ci < 0) {
        if (quoted) {
          throw new IllegalArgumentException("line " + quoteLine + ": a quoted field is not closed");
        }
        fields.add(field.toString());
        return row(rowLine);
      }
      char c = (char) ci;
      if (quoted) {
        if (c == '"') {
          if (peek() == '"') {
            field.append('"');
            pos++;
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
        if (c == '\r' && peek() == '\n') {
          pos++;
        }
        fields.add(field.toString());
        line++;
        return row(rowLine);
      } else {
        field.append(c);
        fieldStart = false;
      }
    }
  }

  /** The row of the fields read, in a list that wraps a new array (cheaper than a copy of a list). */
  private CsvTable.Row row(int rowLine) {
    return new CsvTable.Row(rowLine, Collections.unmodifiableList(Arrays.asList(fields.toArray(new String[0]))));
  }

  /**
   * The separator of {@code ;}, {@code ,} and tab that occurs most often outside quotes before the first line
   * break outside quotes; looks ahead without consuming (the header line must fit the buffer: 64 K characters).
   */
  private char detectSeparator() {
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; ; i++) {
      int ci = peekAt(i);
      if (ci < 0) {
        break;
      }
      char c = (char) ci;
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

  private int read() {
    if (pos == limit && !fill()) {
      return -1;
    }
    return buffer[pos++];
  }

  private int peek() {
    return peekAt(0);
  }

  /** The character {@code i} ahead, or -1 past the end (or past the buffer, for the header look-ahead). */
  private int peekAt(int i) {
    while (pos + i >= limit) {
      if (!fill() || pos + i >= buffer.length) {
        return pos + i < limit ? buffer[pos + i] : -1;
      }
    }
    return buffer[pos + i];
  }

  /** Reads more characters, keeping those not yet consumed; false when nothing more could be read. */
  private boolean fill() {
    if (eof) {
      return false;
    }
    if (pos > 0) {
      System.arraycopy(buffer, pos, buffer, 0, limit - pos);
      limit -= pos;
      pos = 0;
    }
    if (limit == buffer.length) {
      return false;
    }
    try {
      int n = in.read(buffer, limit, buffer.length - limit);
      if (n < 0) {
        eof = true;
        return false;
      }
      limit += n;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
