package nl.dekking.io.csv;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.dekking.crs.CrsTransform;
import nl.dekking.io.fields.AddressFields;
import nl.dekking.io.CoordinateColumns;
import nl.dekking.io.DataFileException;
import nl.dekking.io.MunicipalityFilter;
import nl.dekking.io.ReadOptions;
import nl.dekking.model.Household;
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
 * file size. Thread-safe and stateless.
 */
public final class CsvReader {

  private static final String[][] RD_NAMES = {{"x", "y"}, {"rd_x", "rd_y"}, {"x_rd", "y_rd"}, {"rdx", "rdy"},
      {"x_coordinaat", "y_coordinaat"}};
  private static final String[][] WGS84_NAMES = {{"lon", "lat"}, {"lng", "lat"}, {"longitude", "latitude"},
      {"lengtegraad", "breedtegraad"}};

  private CsvReader() {
  }

  /**
   * Reads the households of a CSV file.
   *
   * @throws DataFileException naming the file, the row and the problem; nothing is returned then
   */
  public static List<Household> readHouseholds(Path file, ReadOptions options) {
    requireNonNull(file, "file");
    String name = DataFileException.nameOf(file);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw DataFileException.ofFile(name, "cannot read the CSV file: " + e, e);
    }
    return readHouseholds(CsvTable.decode(bytes), name, options);
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
    CsvTable table;
    try {
      table = CsvTable.parse(text);
    } catch (IllegalArgumentException e) {
      throw DataFileException.ofFile(name, e.getMessage(), e);
    }
    List<String> header = table.header().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).isEmpty()) {
        throw DataFileException.ofFile(name, "column " + (i + 1) + " of the header has no name", null);
      }
      if (header.indexOf(header.get(i)) != i) {
        throw DataFileException.ofFile(name, "the header names column '" + table.header().get(i) + "' twice", null);
      }
    }
    if (!AddressFields.recognises(header)) {
      throw DataFileException.ofFile(name, "has no address columns: it needs street (openbare_ruimte_naam, straatnaam,"
          + " addr:street), house number (huisnummer), postcode and place (woonplaats_naam, woonplaats, addr:city);"
          + " its columns are " + table.header(), null);
    }
    CoordinateColumns columns = coordinateColumns(options.coordinates(), header, table.header(), name);
    int xi = header.indexOf(columns.x().toLowerCase(Locale.ROOT));
    int yi = header.indexOf(columns.y().toLowerCase(Locale.ROOT));
    CrsTransform transform = transform(columns, options, name);

    List<Household> households = new ArrayList<>(table.rows().size());
    int index = 0;
    for (CsvTable.Row row : table.rows()) {
      String rowId = "line " + row.line();
      try {
        if (row.fields().size() != header.size()) {
          throw new IllegalArgumentException("has " + row.fields().size() + " fields, the header has " + header.size()
              + " (separator '" + table.separator() + "')");
        }
        Map<String, String> props = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          props.put(header.get(i), row.fields().get(i));
        }
        if (options.municipality().map(m -> m.test(props::get) == MunicipalityFilter.Match.NO).orElse(false)) {
          index++;
          continue;
        }
        double x = number(row.fields().get(xi), columns.x());
        double y = number(row.fields().get(yi), columns.y());
        Coordinate rd = transform.apply(x, y);
        String id = AddressFields.householdId(props::get).orElse(String.valueOf(row.line()));
        households.add(new Household(id, AddressFields.read(props::get), rd.x, rd.y));
      } catch (IllegalArgumentException e) {
        throw new DataFileException(name, index, rowId, e.getMessage(), e);
      }
      index++;
    }
    return List.copyOf(households);
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
