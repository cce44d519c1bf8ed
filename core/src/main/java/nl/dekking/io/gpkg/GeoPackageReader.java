package nl.dekking.io.gpkg;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.dekking.crs.CrsTransform;
import nl.dekking.crs.RdNew;
import nl.dekking.io.AddressFields;
import nl.dekking.io.DataFileException;
import nl.dekking.io.MunicipalityFilter;
import nl.dekking.io.NeighbourhoodFields;
import nl.dekking.io.ReadOptions;
import nl.dekking.io.StreetFields;
import nl.dekking.io.Streets;
import nl.dekking.model.Household;
import nl.dekking.model.Neighbourhood;
import nl.dekking.model.Street;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Lineal;
import org.sqlite.SQLiteConfig;

/**
 * Reads households, streets and neighbourhoods from a GeoPackage (OGC 12-128): a PDOK BAG extract
 * ({@code bag-light.gpkg}), the INSPIRE Adressen, NWB wegvakken, a CBS wijk- en buurtkaart.
 *
 * <p>How: the file is opened read-only with sqlite-jdbc; {@link #layers()} lists the feature layers from
 * {@code gpkg_contents} and {@code gpkg_geometry_columns} with their CRS from {@code gpkg_spatial_ref_sys}. A read
 * takes one layer (named in {@link ReadOptions#layer()} or else the only one of the right geometry type), decodes
 * each geometry blob (GeoPackage header, then WKB, see {@link GeoPackageGeometry}), transforms it into RD New and
 * maps the columns through {@link AddressFields}, {@link StreetFields} or {@link NeighbourhoodFields}. Layers in
 * EPSG:28992 and EPSG:4326 are read; any other CRS is refused unless {@link ReadOptions#proj4()} defines it.
 *
 * <p>All-or-nothing: the first bad feature ends the read with a {@link DataFileException} naming the file, the
 * layer, the feature's index and its {@code fid}, and the problem; nothing partial is returned. A truncated or
 * corrupt file is refused when opened (its SQLite header promises more bytes than the file has) or when SQLite
 * meets a damaged page. One pass over the layer: O(n) time, O(n) memory for the result.
 *
 * <p>Not thread-safe: one reader per thread. Close it to release the SQLite connection.
 */
public final class GeoPackageReader implements AutoCloseable {

  private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
  private static final Set<String> BERTH_LAYERS = Set.of("ligplaats", "standplaats");
  private static final List<String> ID_FIELDS = List.of("identificatie", "id", "lokaalid", "lokaal_id");

  private final Path file;
  private final String fileName;
  private final Connection connection;
  private final List<GeoPackageLayer> layers;

  private GeoPackageReader(Path file, Connection connection, List<GeoPackageLayer> layers) {
    this.file = file;
    this.fileName = String.valueOf(file.getFileName());
    this.connection = connection;
    this.layers = layers;
  }

  /**
   * Opens a GeoPackage for reading and lists its feature layers.
   *
   * @throws DataFileException when the file is missing, not a GeoPackage, truncated or corrupt
   */
  public static GeoPackageReader open(Path file) {
    requireNonNull(file, "file");
    String name = String.valueOf(file.getFileName());
    checkSqliteHeader(file, name);
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    Connection c;
    try {
      c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    } catch (SQLException e) {
      throw sqlError(name, "cannot open the GeoPackage", e);
    }
    try {
      return new GeoPackageReader(file, c, readLayers(c, name));
    } catch (RuntimeException e) {
      closeQuietly(c, e);
      throw e;
    }
  }

  /** The feature layers, in {@code gpkg_contents} order. */
  public List<GeoPackageLayer> layers() {
    return layers;
  }

  /** The file this reader reads. */
  public Path file() {
    return file;
  }

  /**
   * Reads a point layer as households (a polygon layer gives each feature's interior point, as the BAG
   * {@code ligplaats} and {@code standplaats} need). Without a layer in the options the layer
   * {@code verblijfsobject} is taken, or else the only point layer. The {@linkplain ReadOptions#bag() BAG filter}
   * applies where its columns exist; with berths on, the layers {@code ligplaats} and {@code standplaats} are read
   * too when present. The municipality filter applies only where the layer names a municipality (BAG addresses
   * do not).
   *
   * @throws DataFileException on the first bad feature, or when no suitable layer exists
   */
  public List<Household> readHouseholds(ReadOptions options) {
    requireNonNull(options, "options");
    GeoPackageLayer main = options.layer().map(n -> requireLayer(n, Kind.HOUSEHOLDS))
        .orElseGet(() -> layer("verblijfsobject").orElseGet(() -> onlyLayer(Kind.HOUSEHOLDS)));
    requireType(main, Kind.HOUSEHOLDS);
    List<GeoPackageLayer> toRead = new ArrayList<>();
    toRead.add(main);
    if (options.bag().withBerths() && !BERTH_LAYERS.contains(main.name().toLowerCase(Locale.ROOT))) {
      for (String berth : List.of("ligplaats", "standplaats")) {
        layer(berth).ifPresent(toRead::add);
      }
    }
    List<Household> households = new ArrayList<>();
    for (GeoPackageLayer layer : toRead) {
      requireType(layer, Kind.HOUSEHOLDS);
      forEachFeature(layer, options, Kind.HOUSEHOLDS, (fid, props, geometry) -> {
        if (!options.bag().accepts(props::get)
            || options.municipality().map(m -> m.test(props::get) == MunicipalityFilter.Match.NO).orElse(false)) {
          return;
        }
        Point p = pointOf(geometry);
        String id = firstOf(props, ID_FIELDS).orElse(layer.name() + "." + fid);
        households.add(new Household(id, AddressFields.read(props::get), p.getX(), p.getY()));
      });
    }
    return List.copyOf(households);
  }

  /**
   * Reads a line layer as streets: segments of one street in one place are merged into one street with one line
   * ({@link Streets#merge}). Segments without a street name are left out. Without a layer in the options the only
   * line layer is taken.
   *
   * @throws DataFileException on the first bad feature, or when no suitable layer exists
   */
  public List<Street> readStreets(ReadOptions options) {
    requireNonNull(options, "options");
    GeoPackageLayer layer = chosen(options, Kind.STREETS);
    List<Street> segments = new ArrayList<>();
    forEachFeature(layer, options, Kind.STREETS, (fid, props, geometry) -> {
      if (options.municipality().isPresent() && !inMunicipality(options.municipality().get(), props)) {
        return;
      }
      StreetFields.read(props::get, geometry).ifPresent(segments::add);
    });
    return Streets.merge(segments);
  }

  /**
   * Reads a polygon layer as CBS neighbourhoods (buurten or wijken, under the names {@link NeighbourhoodFields}
   * recognises). Without a layer in the options the layer {@code buurten} is taken (the CBS wijk- en buurtkaart
   * also holds {@code wijken} and {@code gemeenten}), or else the only polygon layer. Water-only areas are left
   * out unless {@link ReadOptions#includeWater()}.
   *
   * @throws DataFileException on the first bad feature, or when no suitable layer exists
   */
  public List<Neighbourhood> readNeighbourhoods(ReadOptions options) {
    requireNonNull(options, "options");
    GeoPackageLayer layer = options.layer().isPresent() ? chosen(options, Kind.AREAS)
        : layer("buurten").filter(Kind.AREAS::prefers).orElseGet(() -> chosen(options, Kind.AREAS));
    List<Neighbourhood> result = new ArrayList<>();
    forEachFeature(layer, options, Kind.AREAS, (fid, props, geometry) -> {
      if (!options.includeWater() && NeighbourhoodFields.isWaterOnly(props::get)) {
        return;
      }
      if (options.municipality().isPresent() && !inMunicipality(options.municipality().get(), props)) {
        return;
      }
      result.add(NeighbourhoodFields.read(props::get, geometry));
    });
    return List.copyOf(result);
  }

  /**
   * Reads the features of a polygon layer as properties (lower-case column names, text values) and RD New area,
   * for callers that map them onto their own type (groups). Without a layer in the options the only polygon
   * layer is taken. The municipality filter is not applied.
   *
   * @param mapper maps one feature; an {@link IllegalArgumentException} it throws becomes a
   *     {@link DataFileException} naming the feature
   */
  public <T> List<T> readAreas(ReadOptions options, AreaMapper<T> mapper) {
    requireNonNull(options, "options");
    requireNonNull(mapper, "mapper");
    GeoPackageLayer layer = chosen(options, Kind.AREAS);
    String pk = primaryKey(layer);
    List<T> result = new ArrayList<>();
    forEachFeature(layer, options, Kind.AREAS, (fid, props, geometry) -> {
      Map<String, String> columns = new LinkedHashMap<>(props);
      if (pk != null) {
        columns.remove(pk.toLowerCase(Locale.ROOT));
      }
      result.add(requireNonNull(mapper.map(Collections.unmodifiableMap(columns), geometry), "mapper result"));
    });
    return List.copyOf(result);
  }

  /** Maps one polygon feature onto a value. */
  @FunctionalInterface
  public interface AreaMapper<T> {
    /**
     * @param properties the feature's columns by lower-case name in table order, text values; NULL columns and
     *     the primary key ({@code fid}) are absent
     * @param area the feature's Polygon or MultiPolygon in RD New
     */
    T map(Map<String, String> properties, Geometry area);
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw sqlError(fileName, "cannot close the GeoPackage", e);
    }
  }

  // ---------------------------------------------------------------------------------------------------------

  private enum Kind {
    HOUSEHOLDS("households", "a point layer (POINT, MULTIPOINT) or BAG berths (POLYGON)"),
    STREETS("streets", "a line layer (LINESTRING, MULTILINESTRING)"),
    AREAS("areas", "a polygon layer (POLYGON, MULTIPOLYGON)");

    final String what;
    final String needs;

    Kind(String what, String needs) {
      this.what = what;
      this.needs = needs;
    }

    boolean accepts(GeoPackageLayer layer) {
      return switch (this) {
        case HOUSEHOLDS -> layer.hasPoints() || layer.hasAreas() || layer.hasAnyGeometry();
        case STREETS -> layer.hasLines() || layer.hasAnyGeometry();
        case AREAS -> layer.hasAreas() || layer.hasAnyGeometry();
      };
    }

    /** The layers a read picks from when none is named: only those that declare this kind exactly. */
    boolean prefers(GeoPackageLayer layer) {
      return switch (this) {
        case HOUSEHOLDS -> layer.hasPoints();
        case STREETS -> layer.hasLines();
        case AREAS -> layer.hasAreas();
      };
    }

    boolean acceptsFeature(Geometry g) {
      return switch (this) {
        case HOUSEHOLDS -> g instanceof Point || (g instanceof MultiPoint && g.getNumGeometries() == 1)
            || g instanceof Polygonal;
        case STREETS -> g instanceof Lineal;
        case AREAS -> g instanceof Polygon || g instanceof MultiPolygon;
      };
    }
  }

  @FunctionalInterface
  private interface FeatureVisitor {
    void visit(long fid, Map<String, String> properties, Geometry geometry);
  }

  private GeoPackageLayer chosen(ReadOptions options, Kind kind) {
    GeoPackageLayer layer = options.layer().map(n -> requireLayer(n, kind)).orElseGet(() -> onlyLayer(kind));
    requireType(layer, kind);
    return layer;
  }

  private Optional<GeoPackageLayer> layer(String name) {
    return layers.stream().filter(l -> l.name().equalsIgnoreCase(name)).findFirst();
  }

  private GeoPackageLayer requireLayer(String name, Kind kind) {
    return layer(name).orElseThrow(() -> DataFileException.ofFile(fileName, "has no feature layer '" + name
        + "' to read " + kind.what + " from; its layers are " + layers, null));
  }

  private GeoPackageLayer onlyLayer(Kind kind) {
    List<GeoPackageLayer> candidates = layers.stream().filter(kind::prefers).toList();
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    String problem = candidates.isEmpty()
        ? "has no " + kind.needs.substring(2) + " to read " + kind.what + " from; its layers are " + layers
        : "has " + candidates.size() + " layers that could hold " + kind.what + ": " + candidates + "; name one (--layer)";
    throw DataFileException.ofFile(fileName, problem, null);
  }

  private void requireType(GeoPackageLayer layer, Kind kind) {
    if (!kind.accepts(layer)) {
      throw DataFileException.ofFile(fileName, "layer '" + layer.name() + "' has geometry type " + layer.geometryType()
          + ", but " + kind.what + " need " + kind.needs, null);
    }
  }

  private boolean inMunicipality(MunicipalityFilter filter, Map<String, String> props) {
    MunicipalityFilter.Match match = filter.test(props::get);
    if (match == MunicipalityFilter.Match.UNKNOWN) {
      throw new IllegalArgumentException("cannot tell whether it lies in municipality " + filter
          + ": it names no municipality " + (filter.byCode() ? "code (gemeentecode, GM_CODE, gme_id or a CBS code)"
          : "name (gemeentenaam, GM_NAAM, gme_naam); filter by code (GM0074) instead"));
    }
    return match == MunicipalityFilter.Match.YES;
  }

  private void forEachFeature(GeoPackageLayer layer, ReadOptions options, Kind kind, FeatureVisitor visitor) {
    String source = fileName + " (layer " + layer.name() + ")";
    CrsTransform transform = transformFor(layer, options, source);
    GeoPackageGeometry decoder = new GeoPackageGeometry(RdNew.GEOMETRY_FACTORY);
    String pk = primaryKey(layer);
    String sql = "SELECT * FROM " + quote(layer.name());
    long index = 0;
    long fid = -1;
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      int n = md.getColumnCount();
      String[] names = new String[n + 1];
      int geometryIndex = -1;
      int pkIndex = -1;
      for (int i = 1; i <= n; i++) {
        names[i] = md.getColumnName(i).toLowerCase(Locale.ROOT);
        if (md.getColumnName(i).equalsIgnoreCase(layer.geometryColumn())) {
          geometryIndex = i;
        }
        if (pk != null && md.getColumnName(i).equalsIgnoreCase(pk)) {
          pkIndex = i;
        }
      }
      if (geometryIndex < 0) {
        throw DataFileException.ofFile(source, "has no geometry column '" + layer.geometryColumn()
            + "' although gpkg_geometry_columns names it", null);
      }
      while (rs.next()) {
        fid = pkIndex > 0 ? rs.getLong(pkIndex) : index + 1;
        Map<String, String> props = new LinkedHashMap<>();
        for (int i = 1; i <= n; i++) {
          if (i == geometryIndex) {
            continue;
          }
          String v = rs.getString(i);
          if (v != null) {
            props.put(names[i], v);
          }
        }
        byte[] blob = rs.getBytes(geometryIndex);
        try {
          Geometry geometry = geometryOf(decoder, blob, layer, kind, transform);
          visitor.visit(fid, props, geometry);
        } catch (DataFileException e) {
          throw e;
        } catch (IllegalArgumentException e) {
          throw new DataFileException(source, index, "fid " + fid, e.getMessage(), e);
        }
        index++;
      }
    } catch (SQLException e) {
      String where = index == 0 ? "" : " after feature " + (index - 1) + " (fid " + fid + ")";
      throw sqlError(source, "cannot read the layer" + where, e);
    }
  }

  private static Geometry geometryOf(GeoPackageGeometry decoder, byte[] blob, GeoPackageLayer layer, Kind kind,
      CrsTransform transform) {
    GeoPackageGeometry.Decoded d = decoder.decode(blob);
    if (d.empty()) {
      throw new IllegalArgumentException("geometry is empty");
    }
    if (d.srsId() != layer.srsId()) {
      throw new IllegalArgumentException("geometry header names srs_id " + d.srsId() + ", but the layer is in srs_id "
          + layer.srsId() + " (" + layer.crs() + ")");
    }
    Geometry g = d.geometry();
    if (!kind.acceptsFeature(g)) {
      throw new IllegalArgumentException("geometry is a " + g.getGeometryType() + ", but " + kind.what + " need "
          + kind.needs.substring(2));
    }
    return transform.apply(g);
  }

  private static Point pointOf(Geometry g) {
    if (g instanceof Point p) {
      return p;
    }
    if (g instanceof MultiPoint m) {
      return (Point) m.getGeometryN(0);
    }
    return g.getInteriorPoint();
  }

  private CrsTransform transformFor(GeoPackageLayer layer, ReadOptions options, String source) {
    int epsg = layer.crs().toUpperCase(Locale.ROOT).startsWith("EPSG:") ? CrsTransform.epsgCode(layer.crs()) : -1;
    if (epsg == RdNew.EPSG) {
      return CrsTransform.rdIdentity();
    }
    if (epsg == 4326) {
      return CrsTransform.wgs84ToRd();
    }
    if (options.proj4().isPresent()) {
      try {
        return CrsTransform.proj4ToRd(options.proj4().get());
      } catch (IllegalArgumentException e) {
        throw DataFileException.ofFile(source, e.getMessage(), e);
      }
    }
    throw DataFileException.ofFile(source, "is in CRS " + layer.crs() + " (srs_id " + layer.srsId()
        + "): Dekking reads EPSG:28992 (RD New) and EPSG:4326 (WGS84); supply a proj4 definition of this CRS"
        + " (ReadOptions.withProj4, --proj4) to read it", null);
  }

  private String primaryKey(GeoPackageLayer layer) {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA table_info(" + quote(layer.name()) + ")")) {
      while (rs.next()) {
        if (rs.getInt("pk") == 1) {
          return rs.getString("name");
        }
      }
      return null;
    } catch (SQLException e) {
      throw sqlError(fileName + " (layer " + layer.name() + ")", "cannot read the table definition", e);
    }
  }

  private static Optional<String> firstOf(Map<String, String> props, List<String> names) {
    for (String n : names) {
      String v = props.get(n);
      if (v != null && !v.isBlank()) {
        return Optional.of(v.strip());
      }
    }
    return Optional.empty();
  }

  private static List<GeoPackageLayer> readLayers(Connection c, String name) {
    String sql = "SELECT c.table_name, g.column_name, g.geometry_type_name, g.srs_id, s.organization,"
        + " s.organization_coordsys_id FROM gpkg_contents c"
        + " JOIN gpkg_geometry_columns g ON g.table_name = c.table_name"
        + " LEFT JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id"
        + " WHERE c.data_type = 'features' ORDER BY c.rowid";
    List<GeoPackageLayer> result = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        int srsId = rs.getInt(4);
        String org = rs.getString(5);
        String crs = org == null ? "undefined srs_id " + srsId : org.toUpperCase(Locale.ROOT) + ":" + rs.getInt(6);
        result.add(new GeoPackageLayer(rs.getString(1), rs.getString(2), rs.getString(3), srsId, crs));
      }
    } catch (SQLException e) {
      if (String.valueOf(e.getMessage()).contains("no such table")) {
        throw DataFileException.ofFile(name, "is an SQLite database but not a GeoPackage: " + e.getMessage()
            + " (a GeoPackage has gpkg_contents, gpkg_geometry_columns and gpkg_spatial_ref_sys)", e);
      }
      throw sqlError(name, "cannot list the layers", e);
    }
    return List.copyOf(result);
  }

  /** Refuses files that are not SQLite or shorter than their header says: a truncated download. */
  private static void checkSqliteHeader(Path file, String name) {
    if (!Files.isRegularFile(file)) {
      throw DataFileException.ofFile(name, "GeoPackage file does not exist: " + file.toAbsolutePath(), null);
    }
    byte[] header = new byte[100];
    long size;
    try (InputStream in = Files.newInputStream(file)) {
      size = Files.size(file);
      int read = in.readNBytes(header, 0, header.length);
      if (read < header.length) {
        throw DataFileException.ofFile(name, "is not a GeoPackage: " + size + " bytes, shorter than an SQLite header", null);
      }
    } catch (IOException e) {
      throw DataFileException.ofFile(name, "cannot read the GeoPackage: " + e.getMessage(), e);
    }
    for (int i = 0; i < SQLITE_MAGIC.length; i++) {
      if (header[i] != SQLITE_MAGIC[i]) {
        throw DataFileException.ofFile(name, "is not a GeoPackage: it does not start with the SQLite header", null);
      }
    }
    ByteBuffer b = ByteBuffer.wrap(header);
    int pageSize = b.getShort(16) & 0xffff;
    if (pageSize == 1) {
      pageSize = 65_536;
    }
    long pages = b.getInt(28) & 0xffff_ffffL;
    // the in-header size is valid only when the change counter matches version-valid-for (SQLite 3.7.0+)
    boolean sizeValid = pages > 0 && b.getInt(24) == b.getInt(92);
    if (sizeValid && pages * pageSize > size) {
      throw DataFileException.ofFile(name, "GeoPackage is truncated: its header says " + pages * pageSize
          + " bytes (" + pages + " pages of " + pageSize + "), the file has " + size + " bytes", null);
    }
  }

  private static DataFileException sqlError(String source, String what, SQLException e) {
    return DataFileException.ofFile(source, what + ": " + e.getMessage() + " (SQLState " + e.getSQLState()
        + ", error code " + e.getErrorCode() + ")", e);
  }

  private static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  private static void closeQuietly(Connection c, RuntimeException primary) {
    try {
      c.close();
    } catch (SQLException e) {
      primary.addSuppressed(e);
    }
  }
}
