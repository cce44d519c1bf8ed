package nl.dekking.io.gpkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import nl.dekking.io.DataFileException;
import nl.dekking.io.DataFiles;
import nl.dekking.io.ReadOptions;
import nl.dekking.model.Household;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** GeoPackages made to hang the reader, mislead it or hand it nothing: each gives a clean error or a right result. */
class GeoPackageHostileTest {

  static final List<String> COLUMNS = List.of("identificatie", "openbare_ruimte_naam", "huisnummer", "postcode",
      "woonplaats_naam");

  /** A recursive common table expression that never ends and never yields a row. */
  static final String ENDLESS = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)"
      + " SELECT n AS fid, CAST(NULL AS BLOB) AS geom, 'x' AS identificatie FROM r WHERE n < 0";

  @TempDir
  Path dir;

  @Test
  @Timeout(60)
  void readHouseholds_layerIsAnEndlessRecursiveView_isStoppedNamingTheLayer() throws SQLException {
    Path file = dir.resolve("endless.gpkg");
    try (TestGeoPackage g = new TestGeoPackage(file)) {
      g.sql("CREATE VIEW adressen AS " + ENDLESS).register("adressen", "POINT", 28992);
    }

    try (GeoPackageReader reader = GeoPackageReader.open(file, Duration.ofMillis(500))) {
      assertThatThrownBy(() -> reader.readHouseholds(ReadOptions.defaults()))
          .isInstanceOf(DataFileException.class)
          .hasMessageStartingWith(file + " (layer adressen): ")
          .hasMessageContaining("stopped after 0.5 s without a feature");
    }
  }

  @Test
  @Timeout(60)
  void readHouseholds_layerIsAViewYieldingPointsWithoutEnd_isStoppedBeforeTheHeapFills() throws SQLException {
    Path file = dir.resolve("forever.gpkg");
    StringBuilder hex = new StringBuilder();
    for (byte b : TestGeoPackage.blob("POINT (180000 455000)", 28992, false, 2)) {
      hex.append(String.format("%02X", b));
    }
    try (TestGeoPackage g = new TestGeoPackage(file)) {
      g.sql("CREATE VIEW adressen AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)"
          + " SELECT n AS fid, X'" + hex + "' AS geom, 'Dorpsstraat' AS openbare_ruimte_naam, n AS huisnummer,"
          + " '6731AA' AS postcode, 'Otterlo' AS woonplaats_naam FROM r").register("adressen", "POINT", 28992);
    }

    try (GeoPackageReader reader = GeoPackageReader.open(file, Duration.ofMillis(500))) {
      assertThatThrownBy(() -> reader.readHouseholds(ReadOptions.defaults()))
          .isInstanceOf(DataFileException.class)
          .hasMessage(file + " (layer adressen): the layer is a view, and counting its rows: stopped after 0.5 s"
              + " without a feature: the query never ends (a recursive view?)");
    }
  }

  @Test
  @Timeout(60)
  void open_gpkgGeometryColumnsIsAnEndlessView_isStoppedNamingTheFile() throws SQLException {
    Path file = dir.resolve("columns.gpkg");
    try (TestGeoPackage g = new TestGeoPackage(file)) {
      g.layer("adressen", "POINT", 28992, COLUMNS)
          .sql("DROP TABLE gpkg_geometry_columns")
          .sql("CREATE VIEW gpkg_geometry_columns AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)"
              + " SELECT 'adressen' AS table_name, 'geom' AS column_name, 'POINT' AS geometry_type_name,"
              + " 28992 AS srs_id FROM r WHERE n < 0");
    }

    assertThatThrownBy(() -> GeoPackageReader.open(file, Duration.ofMillis(500)).close())
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith(file + ": ")
        .hasMessageContaining("stopped after 0.5 s");
  }

  @Test
  void readHouseholds_genericGeometryLayerHoldingPoints_isReadAsPoints() throws SQLException {
    Path file = dir.resolve("ogr2ogr-sql.gpkg");
    try (TestGeoPackage g = new TestGeoPackage(file)) {
      g.layer("SELECT", "GEOMETRY", 28992, COLUMNS)
          .row("SELECT", 28992, "POINT (180000 455000)", "1", "Dorpsstraat", "1", "6731AA", "Otterlo")
          .row("SELECT", 28992, "POINT (180010 455000)", "2", "Dorpsstraat", "3", "6731AA", "Otterlo");
    }

    List<Household> households = DataFiles.readHouseholds(file, ReadOptions.defaults());

    assertThat(households).extracting(Household::x).containsExactly(180000.0, 180010.0);
  }

  /** As GDAL writes it: {@code ogr2ogr -dialect sqlite -sql "SELECT ..., ST_Centroid(geometry) ..."} gives GEOMETRY. */
  @Test
  void readHouseholds_ogr2ogrSqlOutputDeclaredGeometry_isReadAsPoints() throws Exception {
    Path ogr2ogr = Path.of("/usr/bin/ogr2ogr");
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    Assumptions.assumeTrue(ci || Files.isExecutable(ogr2ogr), "ogr2ogr (gdal-bin) is not installed");
    Path geojson = Files.writeString(dir.resolve("pts.geojson"), "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":"
        + "\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::28992\"}},\"features\":["
        + "{\"type\":\"Feature\",\"properties\":{\"straatnaam\":\"Dorpsstraat\",\"huisnummer\":\"1\",\"postcode\":"
        + "\"6731AA\",\"woonplaats\":\"Otterlo\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[181500,457100]}},"
        + "{\"type\":\"Feature\",\"properties\":{\"straatnaam\":\"Dorpsstraat\",\"huisnummer\":\"3\",\"postcode\":"
        + "\"6731AA\",\"woonplaats\":\"Otterlo\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[181550,457100]}}]}");
    Path gpkg = dir.resolve("sql.gpkg");
    Process p = new ProcessBuilder("ogr2ogr", "-f", "GPKG", gpkg.toString(), geojson.toString(), "-dialect", "sqlite",
        "-sql", "SELECT straatnaam, huisnummer, postcode, woonplaats, ST_Centroid(geometry) AS geom FROM pts",
        "-nln", "adressen").redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(output).isZero();
    try (GeoPackageReader reader = GeoPackageReader.open(gpkg)) {
      assertThat(reader.layers()).singleElement().satisfies(l -> assertThat(l.geometryType()).isEqualTo("GEOMETRY"));
    }

    List<Household> households = DataFiles.readHouseholds(gpkg, ReadOptions.defaults());

    assertThat(households).extracting(Household::x).containsExactly(181500.0, 181550.0);
  }

  @Test
  void readGroups_genericGeometryLayerHoldingPoints_saysItHoldsPointsNotPolygons() throws SQLException {
    Path file = dir.resolve("points.gpkg");
    try (TestGeoPackage g = new TestGeoPackage(file)) {
      g.layer("SELECT", "GEOMETRY", 28992, COLUMNS)
          .row("SELECT", 28992, "POINT (180000 455000)", "1", "Dorpsstraat", "1", "6731AA", "Otterlo");
    }

    assertThatThrownBy(() -> DataFiles.readGroups(file, ReadOptions.defaults()))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith(file + ": has no polygon layer")
        .hasMessageContaining("SELECT (GEOMETRY holding Point");
  }

  @Test
  void readHouseholds_emptyPointLayer_isAnErrorNotZeroHouseholds() throws SQLException {
    Path file = dir.resolve("leeg.gpkg");
    try (TestGeoPackage g = new TestGeoPackage(file)) {
      g.layer("adressen", "POINT", 28992, COLUMNS);
    }

    assertThatThrownBy(() -> DataFiles.readHouseholds(file, ReadOptions.defaults()))
        .isInstanceOf(DataFileException.class)
        .hasMessage(file + ": holds no households");
  }
}
