package nl.dekking.io.csv;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.dekking.crs.CrsTransform;
import nl.dekking.io.fields.AddressFields;
import nl.dekking.io.CoordinateColumns;
import nl.dekking.io.DataFileException;
import nl.dekking.io.MunicipalityFilter;
import nl.dekking.io.ReadOptions;
import nl.dekking.io.batch.InOrder;
import nl.dekking.model.Household;
import nl.dekking.model.HouseholdList;
import org.locationtech.jts.geom.Coordinate;

/**
 * Reads households from a CSV file of addresses with coordinates: RD New {@code x}/{@code y} or WGS84
 * {@code lon}/{@code lat} columns, named in {@link ReadOptions#coordinates()} or found under the usual names, and
 * the address columns under the BAG, INSPIRE or OpenStreetMap names that {@link AddressFields} recognises (as in
 * GeoJSON). An id column ({@link AddressFields#householdId}) gives the household id, otherwise the line number does.
 *
 * <pre>
 * straatnaam;huisnummer;huisletter;toevoeging;postcode;woonplaats;x;y
 * Dorpsstraat;12;a;;6731AA;Otterlo;180123,4;455321,0
 * </pre>
 *
 * <p>Separator {@code ;}, {@code ,} or tab, decimal point or decimal comma, UTF-8 or Windows-1252, all detected
 * (see the package description). Column names compare case-insensitively. A missing column fails the whole file
 * before any row is read; a bad row fails it with the row's index and line number: all-or-nothing. O(n) in the
 * file size; a file is streamed, its rows turned into households on every core, and the households kept in
 * columns ({@link HouseholdList}), so a national file of 8 million addresses needs about 0.5 GB of heap.
 * Thread-safe and stateless.
 */
public final class CsvReader {

  private static final String[][] RD_NAMES = {{"x", "y"}, {"rd_x", "rd_y"}, {"x_rd", "y_rd"}, {"rdx", "rdy"},
      {"x_coordinaat", "y_coordinaat"}};
  private static final String[][] WGS84_NAMES = {{"lon", "lat"}, {"lng", "lat"}, {"longitude", "latitude"},
      {"lengtegraad", "breedtegraad"}};

  private CsvReader() {
  }

  /** Rows converted to households together, on a worker thread. */
  private static final int BATCH = 8192;

  /**
   * Reads the households of a CSV file, streaming: the file is never held whole, and rows are turned into
   * households on every core while the next ones are read. The households come back in columns
   * ({@link HouseholdList}), about 50 bytes each.
   *
   * @throws DataFileException naming the file, the row and the problem; nothing is returned then
   */
  public static List<Household> readHouseholds(Path file, ReadOptions options) {
    requireNonNull(file, "file");
    requireNonNull(options, "options");
    String name = DataFileException.nameOf(file);
    try {
      return read(file, name, options, StandardCharsets.UTF_8);
    } catch (NotInCharset e) {
      // not UTF-8: what Excel writes on Dutch Windows
      return read(file, name, options, Charset.forName("windows-1252"));
    }
  }

  /**
   * Reads the households of CSV text; {@code name} names it in errors.
   *
   * @throws DataFileException naming the source, the row and the problem
   */
  public static List<Household> readHouseholds(String text, String name, ReadOptions options) {
    requireNonNull(text, "text");
    requireNonNull(name, "name");
    requireNonNull(options, "options");
    return read(new StringReader(text), name, options);
  }

  private static List<Household> read(Path file, String name, ReadOptions options, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (Reader in = new InputStreamReader(Files.newInputStream(file), decoder)) {
      return read(in, name, options);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw new NotInCharset();
      }
      throw DataFileException.ofFile(name, "cannot read the CSV file: " + e.getCause(), e);
    } catch (IOException e) {
      throw DataFileException.ofFile(name, "cannot read the CSV file: " + e, e);
    }
  }

  /** Thrown inside a read whose bytes are not in the charset tried; never leaves this class. */
  private static final class NotInCharset extends RuntimeException {
    NotInCharset() {
      super(null, null, false, false);
    }
  }

  private static List<Household> read(Reader in, String name, ReadOptions options) {
    CsvStream stream;
    try {
      stream = new CsvStream(in);
    } catch (IllegalArgumentException e) {
      throw DataFileException.ofFile(name, e.getMessage(), e);
    }
    Rows rows = Rows.of(stream, name, options);
    HouseholdList.Builder out = HouseholdList.builder(1 << 16);
    try (InOrder<Household[]> work = new InOrder<>("dekking-csv", converted -> append(out, converted))) {
      int index = 0;
      while (true) {
        List<CsvTable.Row> batch = new ArrayList<>(BATCH);
        RuntimeException splitError = null;
        try {
          for (CsvTable.Row row = stream.next(); row != null; row = stream.next()) {
            batch.add(row);
            if (batch.size() == BATCH) {
              break;
            }
          }
        } catch (IllegalArgumentException e) {
          splitError = DataFileException.ofFile(name, e.getMessage(), e);
        }
        if (!batch.isEmpty()) {
          int first = index;
          index += batch.size();
          work.submit(() -> rows.convert(batch, first));
        }
        if (splitError != null) {
          work.finish(); // a bad row before the broken quote is the first problem in the file: report it first
          throw splitError;
        }
        if (batch.size() < BATCH) {
          break;
        }
      }
      work.finish();
    }
    return out.build();
  }

  private static void append(HouseholdList.Builder out, Household[] households) {
    for (Household h : households) {
      if (h != null) {
        out.add(h);
      }
    }
  }

  /**
   * Turns rows into households: the header's columns, found once, and the coordinate transform. Thread-safe:
   * {@code columnOf} is never changed after it is made, and each thread has its own transform.
   */
  private record Rows(String name, ReadOptions options, List<String> header, Map<String, Integer> columnOf,
      AddressFields.Columns address, CoordinateColumns columns, int xi, int yi, ThreadLocal<CrsTransform> transform, char separator) {

    static Rows of(CsvStream stream, String name, ReadOptions options) {
      List<String> header = stream.header().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i).isEmpty()) {
          throw DataFileException.ofFile(name, "column " + (i + 1) + " of the header has no name", null);
        }
        if (header.indexOf(header.get(i)) != i) {
          throw DataFileException.ofFile(name, "the header names column '" + stream.header().get(i) + "' twice",
              null);
        }
      }
      if (!AddressFields.recognises(header)) {
        throw DataFileException.ofFile(name, "has no address columns: it needs street (openbare_ruimte_naam,"
            + " straatnaam, addr:street), house number (huisnummer), postcode and place (woonplaats_naam, woonplaats,"
            + " addr:city); its columns are " + stream.header(), null);
      }
      CoordinateColumns columns = coordinateColumns(options.coordinates(), header, stream.header(), name);
      int xi = header.indexOf(columns.x().toLowerCase(Locale.ROOT));
      int yi = header.indexOf(columns.y().toLowerCase(Locale.ROOT));
      CsvReader.transform(columns, options, name); // fails here, naming the file, when the projection is bad
      Map<String, Integer> columnOf = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        columnOf.put(header.get(i), i);
      }
      return new Rows(name, options, header, columnOf, AddressFields.columns(header), columns, xi, yi,
          ThreadLocal.withInitial(() -> CsvReader.transform(columns, options, name)), stream.separator());
    }

    /** The households of a batch whose first row has index {@code first}; null where a row is filtered out. */
    Household[] convert(List<CsvTable.Row> batch, int first) {
      Household[] out = new Household[batch.size()];
      CrsTransform crs = transform.get();
      for (int k = 0; k < out.length; k++) {
        CsvTable.Row row = batch.get(k);
        try {
          List<String> fields = row.fields();
          if (fields.size() != header.size()) {
            throw new IllegalArgumentException("has " + fields.size() + " fields, the header has " + header.size()
                + " (separator '" + separator + "')");
          }
          if (options.municipality().isPresent()) {
            Function<String, String> props = column -> {
              Integer i = columnOf.get(column);
              return i == null ? null : fields.get(i);
            };
            if (options.municipality().get().test(props) == MunicipalityFilter.Match.NO) {
              continue;
            }
          }
          double x = number(fields.get(xi), columns.x());
          double y = number(fields.get(yi), columns.y());
          Coordinate rd = crs.apply(x, y);
          String id = address.householdId(fields).orElse(String.valueOf(row.line()));
          out[k] = new Household(id, address.read(fields), rd.x, rd.y);
        } catch (IllegalArgumentException e) {
          throw new DataFileException(name, first + k, "line " + row.line(), e.getMessage(), e);
        }
      }
      return out;
    }
  }

  private static CoordinateColumns coordinateColumns(CoordinateColumns asked, List<String> header, List<String> original,
      String name) {
    if (!asked.isDetect()) {
      for (String column : List.of(asked.x(), asked.y())) {
        if (!header.contains(column.toLowerCase(Locale.ROOT))) {
          throw DataFileException.ofFile(name, "has no column '" + column + "' for the "
              + (asked.wgs84() ? "longitude/latitude" : "RD New x/y") + " coordinates; its columns are " + original, null);
        }
      }
      return asked;
    }
    for (String[] pair : RD_NAMES) {
      if (header.contains(pair[0]) && header.contains(pair[1])) {
        return CoordinateColumns.rd(pair[0], pair[1]);
      }
    }
    for (String[] pair : WGS84_NAMES) {
      if (header.contains(pair[0]) && header.contains(pair[1])) {
        return CoordinateColumns.lonLat(pair[0], pair[1]);
      }
    }
    throw DataFileException.ofFile(name, "has no coordinate columns: looked for x/y, rd_x/rd_y (RD New) and lon/lat,"
        + " longitude/latitude (WGS84); name them in the read options; its columns are " + original, null);
  }

  private static CrsTransform transform(CoordinateColumns columns, ReadOptions options, String name) {
    if (columns.wgs84()) {
      return CrsTransform.wgs84ToRd();
    }
    if (options.proj4().isPresent()) {
      try {
        return CrsTransform.proj4ToRd(options.proj4().get());
      } catch (IllegalArgumentException e) {
        throw DataFileException.ofFile(name, e.getMessage(), e);
      }
    }
    return CrsTransform.rdIdentity();
  }

  /** A number with a decimal point or a decimal comma. */
  private static double number(String text, String column) {
    String t = text.strip();
    if (t.isEmpty()) {
      throw new IllegalArgumentException(column + " is empty");
    }
    if (t.indexOf(',') >= 0 && t.indexOf('.') < 0 && t.indexOf(',') == t.lastIndexOf(',')) {
      t = t.replace(',', '.');
    }
    double v;
    try {
      v = Double.parseDouble(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(column + " is not a number: '" + text + "'", e);
    }
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(column + " is not a finite number: '" + text + "'");
    }
    return v;
  }
}
