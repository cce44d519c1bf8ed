package nl.dekking.io.gpkg;

import nl.dekking.io.GeoPackageLayer;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.dekking.crs.CrsTransform;
import nl.dekking.crs.RdNew;
import nl.dekking.io.DataFileException;
import nl.dekking.io.ReadOptions;
import org.locationtech.jts.geom.Geometry;
import org.sqlite.SQLiteConfig;

/**
 * An open GeoPackage: the read-only SQLite connection, its feature layers, and one pass over a layer's features
 * with each geometry decoded ({@link GeoPackageGeometry}) and transformed into RD New.
 *
 * <p>Opening checks the SQLite header first: a file that is not SQLite, or shorter than the size its header
 * states (a truncated download), is refused before SQLite sees it; damage the header cannot show surfaces as
 * SQLite's own error during the read. Errors name the file, the layer, the feature's index and its {@code fid}.
 *
 * <p>No query can hang: a {@link QueryWatchdog} stops any query that yields no feature for
 * {@link #QUERY_LIMIT}, and a layer that is a view is counted before it is read, so a view whose rows never end is
 * stopped too.
 *
 * <p>Not thread-safe: one per thread.
 */
final class GeoPackageFile implements AutoCloseable {

  private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  private final Path file;
  private final String displayName;
  private final Connection connection;
  private final QueryWatchdog watchdog;
  private final List<GeoPackageLayer> layers;

  private GeoPackageFile(Path file, Connection connection, QueryWatchdog watchdog) {
    this.file = file;
    this.displayName = DataFileException.nameOf(file);
    this.connection = connection;
    this.watchdog = watchdog;
    this.layers = readLayers();
  }

  /** How long a query may run without yielding a feature before it is stopped. */
  static final Duration QUERY_LIMIT = Duration.ofSeconds(30);

  /**
   * Opens a GeoPackage for reading and lists its feature layers.
   *
   * @throws DataFileException when the file is missing, not a GeoPackage, truncated or corrupt
   */
  static GeoPackageFile open(Path file) {
    return open(file, QUERY_LIMIT);
  }

  /** Opens a GeoPackage whose queries are stopped after {@code limit} without a feature. */
  static GeoPackageFile open(Path file, Duration limit) {
    requireNonNull(file, "file");
    requireNonNull(limit, "limit");
    String name = DataFileException.nameOf(file);
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
      return new GeoPackageFile(file, c, QueryWatchdog.install(c, limit));
    } catch (SQLException e) {
      DataFileException failure = sqlError(name, "cannot open the GeoPackage", e);
      closeQuietly(c, failure);
      throw failure;
    } catch (RuntimeException e) {
      closeQuietly(c, e);
      throw e;
    }
  }

  Path file() {
    return file;
  }

  String displayName() {
    return displayName;
  }

  List<GeoPackageLayer> layers() {
    return layers;
  }

  Optional<GeoPackageLayer> layer(String name) {
    return layers.stream().filter(l -> l.name().equalsIgnoreCase(name)).findFirst();
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw sqlError(displayName, "cannot close the GeoPackage", e);
    }
  }

  @FunctionalInterface
  interface FeatureVisitor {
    void visit(long fid, Map<String, String> properties, Geometry geometry);
  }

  void forEachFeature(GeoPackageLayer layer, ReadOptions options, LayerKind kind, FeatureVisitor visitor) {
    String source = displayName + " (layer " + layer.name() + ")";
    CrsTransform transform = transformFor(layer, options, source);
    GeoPackageGeometry decoder = new GeoPackageGeometry(RdNew.GEOMETRY_FACTORY);
    String pk = primaryKey(layer);
    String sql = "SELECT * FROM " + quote(layer.name());
    requireFiniteIfView(layer, source);
    long index = 0;
    long fid = -1;
    watchdog.feature();
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
        watchdog.feature();
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
      throw failure(source, "cannot read the layer" + where, e);
    }
  }

  private static Geometry geometryOf(GeoPackageGeometry decoder, byte[] blob, GeoPackageLayer layer, LayerKind kind,
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

  /**
   * A layer that is a view (a GeoPackage may register one) is counted first, under the watchdog: a recursive view
   * that yields rows without end would otherwise be read until the heap is full, while its count never yields and
   * is stopped.
   */
  private void requireFiniteIfView(GeoPackageLayer layer, String source) {
    boolean view;
    watchdog.feature();
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT 1 FROM sqlite_master WHERE type = 'view' AND name = ? COLLATE NOCASE")) {
      ps.setString(1, layer.name());
      try (ResultSet rs = ps.executeQuery()) {
        view = rs.next();
      }
    } catch (SQLException e) {
      throw failure(source, "cannot read the schema", e);
    }
    if (!view) {
      return;
    }
    watchdog.feature();
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM " + quote(layer.name()))) {
      rs.next();
    } catch (SQLException e) {
      throw failure(source, "the layer is a view, and counting its rows", e);
    }
  }

  /**
   * The first non-NULL geometry of a layer, to learn what a layer declared as the generic {@code GEOMETRY} holds.
   * Empty when every geometry is NULL or the first cannot be decoded (the read then names the feature).
   */
  Optional<Geometry> firstGeometry(GeoPackageLayer layer) {
    String sql = "SELECT " + quote(layer.geometryColumn()) + " FROM " + quote(layer.name()) + " WHERE "
        + quote(layer.geometryColumn()) + " IS NOT NULL LIMIT 1";
    watchdog.feature();
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      if (!rs.next()) {
        return Optional.empty();
      }
      GeoPackageGeometry.Decoded d = new GeoPackageGeometry(RdNew.GEOMETRY_FACTORY).decode(rs.getBytes(1));
      return d.empty() ? Optional.empty() : Optional.of(d.geometry());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    } catch (SQLException e) {
      throw failure(displayName + " (layer " + layer.name() + ")", "cannot read the first geometry", e);
    }
  }

  String primaryKey(GeoPackageLayer layer) {
    watchdog.feature();
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA table_info(" + quote(layer.name()) + ")")) {
      while (rs.next()) {
        if (rs.getInt("pk") == 1) {
          return rs.getString("name");
        }
      }
      return null;
    } catch (SQLException e) {
      throw failure(displayName + " (layer " + layer.name() + ")", "cannot read the table definition", e);
    }
  }

  private List<GeoPackageLayer> readLayers() {
    Connection c = connection;
    String name = displayName;
    String sql = "SELECT c.table_name, g.column_name, g.geometry_type_name, g.srs_id, s.organization,"
        + " s.organization_coordsys_id FROM gpkg_contents c"
        + " JOIN gpkg_geometry_columns g ON g.table_name = c.table_name"
        + " LEFT JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id"
        + " WHERE c.data_type = 'features' ORDER BY c.rowid";
    List<GeoPackageLayer> result = new ArrayList<>();
    watchdog.feature();
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
      throw failure(name, "cannot list the layers", e);
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

  /** An SQL failure, or the watchdog's stop, as a message naming the source. */
  private DataFileException failure(String source, String what, SQLException e) {
    if (watchdog.fired()) {
      return DataFileException.ofFile(source, what + ": " + watchdog.stopped(), e);
    }
    return sqlError(source, what, e);
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
