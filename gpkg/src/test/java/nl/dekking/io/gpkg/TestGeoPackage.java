package nl.dekking.io.gpkg;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;

/**
 * Writes small GeoPackages for tests, as GDAL would: the three gpkg_ tables, one table per layer with an integer
 * fid, and geometries as GeoPackage binary (header with an optional envelope, then WKB).
 */
final class TestGeoPackage implements AutoCloseable {

  private final Connection c;

  TestGeoPackage(Path file) throws SQLException {
    c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    try (Statement st = c.createStatement()) {
      st.execute("PRAGMA application_id = 1196444487");
      st.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,"
          + " organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL,"
          + " description TEXT)");
      st.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,"
          + " identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME, min_x DOUBLE, min_y DOUBLE,"
          + " max_x DOUBLE, max_y DOUBLE, srs_id INTEGER)");
      st.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,"
          + " geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,"
          + " CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name))");
      st.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', NULL),"
          + " ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', NULL),"
          + " ('WGS 84 geodetic', 4326, 'EPSG', 4326, 'GEOGCS[\"WGS 84\"]', NULL),"
          + " ('Amersfoort / RD New', 28992, 'EPSG', 28992, 'PROJCS[\"Amersfoort / RD New\"]', NULL),"
          + " ('WGS 84 / Pseudo-Mercator', 3857, 'EPSG', 3857, 'PROJCS[\"WGS 84 / Pseudo-Mercator\"]', NULL)");
    }
  }

  /** Adds a feature layer with text columns. */
  TestGeoPackage layer(String name, String geometryType, int srsId, List<String> columns) throws SQLException {
    StringBuilder ddl = new StringBuilder("CREATE TABLE \"" + name + "\" (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom " + geometryType);
    for (String col : columns) {
      ddl.append(", \"").append(col).append("\" TEXT");
    }
    ddl.append(')');
    try (Statement st = c.createStatement()) {
      st.execute(ddl.toString());
      st.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('" + name
          + "', 'features', '" + name + "', " + srsId + ")");
      st.execute("INSERT INTO gpkg_geometry_columns VALUES ('" + name + "', 'geom', '" + geometryType + "', " + srsId + ", 0, 0)");
    }
    return this;
  }

  /** Adds a feature: geometry as WKT (written as 2D little-endian WKB with an XY envelope), then column values. */
  TestGeoPackage row(String layer, int srsId, String wkt, String... values) throws SQLException {
    return rowBlob(layer, blob(wkt, srsId, true, 2), values);
  }

  TestGeoPackage rowBlob(String layer, byte[] geometry, String... values) throws SQLException {
    StringBuilder sql = new StringBuilder("INSERT INTO \"" + layer + "\" VALUES (NULL, ?");
    for (int i = 0; i < values.length; i++) {
      sql.append(", ?");
    }
    sql.append(')');
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      ps.setBytes(1, geometry);
      for (int i = 0; i < values.length; i++) {
        ps.setString(i + 2, values[i]);
      }
      ps.executeUpdate();
    }
    return this;
  }

  /** Runs one SQL statement as written, for tests that build what no well-behaved writer would. */
  TestGeoPackage sql(String statement) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(statement);
    }
    return this;
  }

  /** Registers a table or view that already exists as a feature layer with geometry column {@code geom}. */
  TestGeoPackage register(String name, String geometryType, int srsId) throws SQLException {
    return sql("INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('" + name
        + "', 'features', '" + name + "', " + srsId + ")")
        .sql("INSERT INTO gpkg_geometry_columns VALUES ('" + name + "', 'geom', '" + geometryType + "', " + srsId
            + ", 0, 0)");
  }

  /**
   * A GeoPackage geometry blob: header (little or big endian, with an XY envelope or none), then WKB of the given
   * dimension (3 writes ISO WKB Point Z codes).
   */
  static byte[] blob(String wkt, int srsId, boolean withEnvelope, int dimension) {
    Geometry g;
    try {
      g = new WKTReader().read(wkt);
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
    byte[] wkb = new WKBWriter(dimension, ByteOrderValues.LITTLE_ENDIAN, false).write(g);
    if (dimension == 3) {
      wkb = isoZ(wkb);
    }
    int envelopeBytes = withEnvelope ? 32 : 0;
    ByteBuffer b = ByteBuffer.allocate(8 + envelopeBytes + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 'G').put((byte) 'P').put((byte) 0);
    b.put((byte) ((withEnvelope ? 1 << 1 : 0) | 1));
    b.putInt(srsId);
    if (withEnvelope) {
      var e = g.getEnvelopeInternal();
      b.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
    }
    b.put(wkb);
    return b.array();
  }

  /** Rewrites an EWKB Z type code (0x80000001) of a little-endian point as the ISO code 1001. */
  private static byte[] isoZ(byte[] wkb) {
    ByteBuffer b = ByteBuffer.wrap(wkb).order(ByteOrder.LITTLE_ENDIAN);
    int type = b.getInt(1);
    b.putInt(1, (type & 0xff) + 1000);
    return wkb;
  }

  @Override
  public void close() throws SQLException {
    c.close();
  }
}
