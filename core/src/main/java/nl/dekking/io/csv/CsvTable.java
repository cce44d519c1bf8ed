package nl.dekking.io.csv;

import static java.util.Objects.requireNonNull;

import java.io.StringReader;
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
    requireNonNull(text, "text");
    CsvStream stream = new CsvStream(new StringReader(text));
    List<Row> rows = new ArrayList<>();
    for (Row row = stream.next(); row != null; row = stream.next()) {
      rows.add(row);
    }
    return new CsvTable(stream.separator(), stream.header(), List.copyOf(rows));
  }
}
