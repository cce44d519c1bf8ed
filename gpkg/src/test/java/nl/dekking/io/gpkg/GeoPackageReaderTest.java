package nl.dekking.io.gpkg;

import nl.dekking.io.GeoPackageLayer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.dekking.crs.RdNew;
import nl.dekking.io.BagFilter;
import nl.dekking.io.DataFileException;
import nl.dekking.io.ReadOptions;
import nl.dekking.model.Household;
import nl.dekking.model.Street;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

class GeoPackageReaderTest {

  static final List<String> BAG_COLUMNS = List.of("identificatie", "openbare_ruimte_naam", "huisnummer", "huisletter",
      "toevoeging", "postcode", "woonplaats_naam", "gebruiksdoel", "status");
  static final List<String> BERTH_COLUMNS = List.of("identificatie", "openbare_ruimte_naam", "huisnummer", "huisletter",
      "toevoeging", "postcode", "woonplaats_naam", "status");

  @TempDir
  Path dir;

  static Path resource(String name) {
    try {
      return Path.of(GeoPackageReaderTest.class.getResource("/data/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Household> read(Path file, ReadOptions options) {
    try (GeoPackageReader reader = GeoPackageReader.open(file)) {
      return reader.readHouseholds(options);
    }
  }

  @Test
  void layers_inspireAddresses_listsOnePointLayerInRdNew() {
    try (GeoPackageReader reader = GeoPackageReader.open(resource("addresses-otterlo-wekerom-rd.gpkg"))) {
      assertThat(reader.layers()).containsExactly(new GeoPackageLayer("OGRGeoJSON", "geom", "POINT", 28992, "EPSG:28992"));
    }
  }

  @Test
  void readHouseholds_inspireAddressesWithoutGebruiksdoel_readsAll2481PerPlace() {
    List<Household> households = read(resource("addresses-otterlo-wekerom-rd.gpkg"), ReadOptions.defaults());

    assertThat(households).hasSize(2481);
    Map<String, Long> perPlace = households.stream()
        .collect(Collectors.groupingBy(h -> h.address().place(), Collectors.counting()));
    assertThat(perPlace).containsOnly(Map.entry("Otterlo", 1341L), Map.entry("Wekerom", 1140L));
    Household first = households.get(0);
    assertThat(first.id()).isEqualTo("inspireadressen.1742212");
    assertThat(first.address().display()).isEqualTo("Willinkhuizersteeg 2C, Wekerom");
    assertThat(first.address().postcode()).isEqualTo("6733EB");
  }

  @Test
  void readHouseholds_rdGeoPackage_liesWithinOneMetreOfTheWgs84GeoJson() throws IOException {
    List<Household> households = read(resource("addresses-otterlo-wekerom-rd.gpkg"), ReadOptions.defaults());
    JsonNode features = new ObjectMapper().readTree(resource("addresses-otterlo-wekerom-wgs84.geojson").toFile()).get("features");
    Map<String, Coordinate> wgs84 = new HashMap<>();
    for (JsonNode f : features) {
      JsonNode c = f.get("geometry").get("coordinates");
      wgs84.put(f.get("properties").get("id").asText(), new Coordinate(c.get(0).asDouble(), c.get(1).asDouble()));
    }
    assertThat(wgs84).hasSize(2481);

    double worst = 0;
    for (Household h : households) {
      Coordinate lonLat = wgs84.get(h.id());
      assertThat(lonLat).as(h.id()).isNotNull();
      Coordinate rd = RdNew.fromWgs84(lonLat.x, lonLat.y);
      worst = Math.max(worst, rd.distance(new Coordinate(h.x(), h.y())));
    }
    assertThat(worst).isLessThan(1.0);
  }

  @Test
  void readStreets_nwbWegvakken_merges247SegmentsIntoNamedStreets() throws SQLException {
    Path file = resource("nwb-wegvakken-wageningen-rd.gpkg");
    List<Street> streets;
    try (GeoPackageReader reader = GeoPackageReader.open(file)) {
      streets = reader.readStreets(ReadOptions.defaults());
    }

    // 247 segments, all named, of 49 distinct streets (stt_naam) in one place (WAGENINGEN)
    assertThat(streets).hasSize(49);
    assertThat(streets).allSatisfy(s -> {
      assertThat(s.place()).isEqualTo("Wageningen");
      assertThat(s.line()).isPresent();
    });
    Street haverlanden = streets.stream().filter(s -> s.name().equals("Haverlanden")).findFirst().orElseThrow();
    assertThat(haverlanden.line().get().getLength()).isCloseTo(segmentLength(file, "Haverlanden"), within(1e-6));
    double total = streets.stream().mapToDouble(s -> s.line().get().getLength()).sum();
    assertThat(total).isCloseTo(segmentLength(file, null), within(1e-3));
  }

  /** The summed length of the NWB segments of one street (or all), read with SQLite and JTS directly. */
  private static double segmentLength(Path file, String street) throws SQLException {
    String sql = "SELECT geom FROM wegvakken" + (street == null ? "" : " WHERE stt_naam = '" + street + "'");
    double sum = 0;
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
        var rs = c.createStatement().executeQuery(sql)) {
      GeoPackageGeometry decoder = new GeoPackageGeometry(RdNew.GEOMETRY_FACTORY);
      while (rs.next()) {
        sum += decoder.decode(rs.getBytes(1)).geometry().getLength();
      }
    }
    return sum;
  }

  @Test
  void readStreets_municipalityByNwbNumber_keepsWageningenOnly() {
    try (GeoPackageReader reader = GeoPackageReader.open(resource("nwb-wegvakken-wageningen-rd.gpkg"))) {
      assertThat(reader.readStreets(ReadOptions.defaults().withMunicipality("GM0289"))).hasSize(49);
      assertThat(reader.readStreets(ReadOptions.defaults().withMunicipality("wageningen"))).hasSize(49);
      assertThat(reader.readStreets(ReadOptions.defaults().withMunicipality("GM0228"))).isEmpty();
    }
  }

  // --- BAG light ------------------------------------------------------------------------------------------

  Path bagLight() throws SQLException {
    Path file = dir.resolve("bag-light.gpkg");
    try (TestGeoPackage g = new TestGeoPackage(file)) {
      g.layer("verblijfsobject", "POINT", 28992, BAG_COLUMNS)
          .row("verblijfsobject", 28992, "POINT (180000 455000)", "0228010000000001", "Dorpsstraat", "1", null, null,
              "6731AA", "Otterlo", "woonfunctie", "Verblijfsobject in gebruik")
          .row("verblijfsobject", 28992, "POINT (180010 455000)", "0228010000000002", "Dorpsstraat", "3", "a", null,
              "6731AA", "Otterlo", "woonfunctie", "Verblijfsobject in gebruik (niet ingemeten)")
          .row("verblijfsobject", 28992, "POINT (180020 455000)", "0228010000000003", "Dorpsstraat", "5", null, null,
              "6731AA", "Otterlo", "woonfunctie", "Verblijfsobject gevormd")
          .row("verblijfsobject", 28992, "POINT (180030 455000)", "0228010000000004", "Dorpsstraat", "7", null, null,
              "6731AA", "Otterlo", "woonfunctie", "Niet gerealiseerd verblijfsobject")
          .row("verblijfsobject", 28992, "POINT (180040 455000)", "0228010000000005", "Dorpsstraat", "9", null, null,
              "6731AA", "Otterlo", "winkelfunctie", "Verblijfsobject in gebruik")
          .row("verblijfsobject", 28992, "POINT (180050 455000)", "0228010000000006", "Dorpsstraat", "11", null, "2",
              "6731AA", "Otterlo", "winkelfunctie,woonfunctie", "Verblijfsobject in gebruik")
          .row("verblijfsobject", 28992, "POINT (180060 455000)", "0228010000000007", "Dorpsstraat", "13", null, null,
              "6731AA", "Otterlo", "woonfunctie", "Verblijfsobject ingetrokken")
          .row("verblijfsobject", 28992, "POINT (180070 455000)", "0228010000000008", "Kerkweg", "2", null, null,
              "6731AB", "Otterlo", "kantoorfunctie", "Verblijfsobject gevormd");
      g.layer("ligplaats", "POLYGON", 28992, BERTH_COLUMNS)
          .row("ligplaats", 28992, "POLYGON ((180100 455100, 180120 455100, 180120 455106, 180100 455106, 180100 455100))",
              "0228020000000001", "Haven", "1", null, null, "6731AC", "Otterlo", "Plaats aangewezen")
          .row("ligplaats", 28992, "POLYGON ((180130 455100, 180150 455100, 180150 455106, 180130 455106, 180130 455100))",
              "0228020000000002", "Haven", "2", null, null, "6731AC", "Otterlo", "Plaats ingetrokken");
      g.layer("standplaats", "MULTIPOLYGON", 28992, BERTH_COLUMNS)
          .row("standplaats", 28992, "MULTIPOLYGON (((180200 455200, 180210 455200, 180210 455210, 180200 455210, 180200 455200)))",
              "0228030000000001", "Kampweg", "4", null, null, "6731AD", "Otterlo", "Plaats aangewezen");
    }
    return file;
  }

  private static List<String> ids(List<Household> households) {
    return households.stream().map(h -> h.id().substring(h.id().length() - 5)).toList();
  }

  @Test
  void readHouseholds_bagLightDefaults_keepsHomesInUseAndBerths() throws SQLException {
    List<Household> households = read(bagLight(), ReadOptions.defaults());

    assertThat(ids(households)).containsExactly("00001", "00002", "00006", "00001", "00001");
    assertThat(households).extracting(h -> h.address().display()).containsExactly("Dorpsstraat 1, Otterlo",
        "Dorpsstraat 3a, Otterlo", "Dorpsstraat 11-2, Otterlo", "Haven 1, Otterlo", "Kampweg 4, Otterlo");
    Household berth = households.get(3);
    assertThat(berth.x()).isBetween(180100.0, 180120.0);
    assertThat(berth.y()).isBetween(455100.0, 455106.0);
  }

  @Test
  void readHouseholds_homesFilterOff_keepsShopsInUse() throws SQLException {
    List<Household> households = read(bagLight(), ReadOptions.defaults().withBag(BagFilter.defaults().withHomesOnly(false)));

    assertThat(ids(households)).containsExactly("00001", "00002", "00005", "00006", "00001", "00001");
  }

  @Test
  void readHouseholds_inUseFilterOff_keepsPlannedAndWithdrawnHomes() throws SQLException {
    List<Household> households = read(bagLight(), ReadOptions.defaults().withBag(BagFilter.defaults().withInUseOnly(false)));

    assertThat(ids(households)).containsExactly("00001", "00002", "00003", "00004", "00006", "00007", "00001", "00002",
        "00001");
  }

  @Test
  void readHouseholds_berthsOff_readsVerblijfsobjectOnly() throws SQLException {
    List<Household> households = read(bagLight(), ReadOptions.defaults().withBag(BagFilter.defaults().withBerths(false)));

    assertThat(ids(households)).containsExactly("00001", "00002", "00006");
  }

  @Test
  void readHouseholds_noFilter_readsEveryObjectOfTheLayer() throws SQLException {
    List<Household> households = read(bagLight(), ReadOptions.defaults().withLayer("verblijfsobject").withBag(BagFilter.none()));

    assertThat(households).hasSize(8);
  }

  @Test
  void readHouseholds_municipalityFilterOnBag_keepsAllBecauseBagNamesNoMunicipality() throws SQLException {
    assertThat(read(bagLight(), ReadOptions.defaults().withMunicipality("GM0228"))).hasSize(5);
  }

  // --- CRS ------------------------------------------------------------------------------------------------

  @Test
  void readHouseholds_wgs84Layer_transformsToRdNew() throws SQLException {
    Path file = dir.resolve("wgs84.gpkg");
    try (TestGeoPackage g = new TestGeoPackage(file)) {
      g.layer("adressen", "POINT", 4326, BERTH_COLUMNS)
          .row("adressen", 4326, "POINT (5.92 52.96)", "1", "Voorstraat", "1", null, null, "8861BA", "Harlingen", null);
    }
    Household h = read(file, ReadOptions.defaults()).get(0);

    assertThat(h.x()).isCloseTo(190801.65, within(0.05));
    assertThat(h.y()).isCloseTo(552685.26, within(0.05));
  }

  @Test
  void readHouseholds_otherCrsWithoutProj4_isRefusedNamingTheCrs() throws SQLException {
    Path file = mercator();

    assertThatThrownBy(() -> read(file, ReadOptions.defaults()))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("mercator.gpkg (layer adressen)")
        .hasMessageContaining("EPSG:3857")
        .hasMessageContaining("proj4");
  }

  @Test
  void readHouseholds_otherCrsWithProj4_isTransformed() throws SQLException {
    String mercator = "+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +no_defs";
    Household h = read(mercator(), ReadOptions.defaults().withProj4(mercator)).get(0);
    Coordinate expected = RdNew.fromWgs84(5.92, 52.96);

    assertThat(h.x()).isCloseTo(expected.x, within(0.01));
    assertThat(h.y()).isCloseTo(expected.y, within(0.01));
  }

  private Path mercator() throws SQLException {
    Path file = dir.resolve("mercator.gpkg");
    // 5.92 E, 52.96 N in Web Mercator
    double x = Math.toRadians(5.92) * 6378137;
    double y = Math.log(Math.tan(Math.PI / 4 + Math.toRadians(52.96) / 2)) * 6378137;
    try (TestGeoPackage g = new TestGeoPackage(file)) {
      g.layer("adressen", "POINT", 3857, BERTH_COLUMNS)
          .row("adressen", 3857, "POINT (" + x + " " + y + ")", "1", "Voorstraat", "1", null, null, "8861BA", "Harlingen", null);
    }
    return file;
  }

  // --- geometry encoding ------------------------------------------------------------------------------------

  @Test
  void readHouseholds_isoWkbPointZWithoutEnvelope_isRead() throws SQLException {
    Path file = dir.resolve("z.gpkg");
    try (TestGeoPackage g = new TestGeoPackage(file)) {
      g.layer("adressen", "POINT", 28992, BERTH_COLUMNS)
          .rowBlob("adressen", TestGeoPackage.blob("POINT Z (180000 455000 12.5)", 28992, false, 3),
              "1", "Dorpsstraat", "1", null, null, "6731AA", "Otterlo", null);
    }
    byte[] blob = TestGeoPackage.blob("POINT Z (180000 455000 12.5)", 28992, false, 3);
    assertThat(blob[8 + 1] & 0xff).as("ISO WKB type code 1001, low byte").isEqualTo(1001 & 0xff);

    Household h = read(file, ReadOptions.defaults()).get(0);

    assertThat(h.x()).isEqualTo(180000.0);
    assertThat(h.y()).isEqualTo(455000.0);
  }

  // --- bad input --------------------------------------------------------------------------------------------

  @Test
  void open_truncatedFile_isRefusedAsTruncated() throws IOException {
    byte[] all = Files.readAllBytes(resource("addresses-otterlo-wekerom-rd.gpkg"));
    Path file = dir.resolve("cut.gpkg");
    Files.write(file, java.util.Arrays.copyOf(all, all.length / 2));

    assertThatThrownBy(() -> GeoPackageReader.open(file))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith(file + ": ")
        .hasMessageContaining("truncated")
        .hasMessageContaining("the file has " + all.length / 2 + " bytes");
  }

  @Test
  void open_textFile_isRefusedAsNotAGeoPackage() throws IOException {
    Path file = dir.resolve("text.gpkg");
    Files.writeString(file, "straat;huisnummer\n".repeat(20));

    assertThatThrownBy(() -> GeoPackageReader.open(file))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("text.gpkg: is not a GeoPackage");
  }

  @Test
  void open_missingFile_isRefusedAndNotCreated() {
    Path file = dir.resolve("missing.gpkg");

    assertThatThrownBy(() -> GeoPackageReader.open(file))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("does not exist");
    assertThat(file).doesNotExist();
  }

  @Test
  void readStreets_pointLayer_isRefusedNamingLayerAndType() throws SQLException {
    Path file = bagLight();

    try (GeoPackageReader reader = GeoPackageReader.open(file)) {
      assertThatThrownBy(() -> reader.readStreets(ReadOptions.defaults().withLayer("verblijfsobject")))
          .isInstanceOf(DataFileException.class)
          .hasMessageContaining("bag-light.gpkg")
          .hasMessageContaining("layer 'verblijfsobject' has geometry type POINT")
          .hasMessageContaining("streets need a line layer");
    }
  }

  @Test
  void readHouseholds_lineInPointLayer_isRefusedNamingTheFeature() throws SQLException {
    Path file = dir.resolve("mixed.gpkg");
    try (TestGeoPackage g = new TestGeoPackage(file)) {
      g.layer("adressen", "GEOMETRY", 28992, BERTH_COLUMNS)
          .row("adressen", 28992, "POINT (180000 455000)", "1", "Dorpsstraat", "1", null, null, "6731AA", "Otterlo", null)
          .row("adressen", 28992, "LINESTRING (180000 455000, 180010 455000)", "2", "Dorpsstraat", "3", null, null,
              "6731AA", "Otterlo", null);
    }

    assertThatThrownBy(() -> read(file, ReadOptions.defaults().withLayer("adressen")))
        .isInstanceOf(DataFileException.class)
        .hasMessage(file + " (layer adressen), feature 1 (id 'fid 2'): geometry is a LineString, but households"
            + " need point layer (POINT, MULTIPOINT) or BAG berths (POLYGON)");
  }

  @Test
  void readHouseholds_corruptGeometryBlob_isRefusedNamingTheFid() throws SQLException {
    Path file = dir.resolve("blob.gpkg");
    try (TestGeoPackage g = new TestGeoPackage(file)) {
      g.layer("adressen", "POINT", 28992, BERTH_COLUMNS)
          .row("adressen", 28992, "POINT (180000 455000)", "1", "Dorpsstraat", "1", null, null, "6731AA", "Otterlo", null)
          .rowBlob("adressen", new byte[] {'G', 'P', 0, 1, 0x40, 0x71, 0, 0, 1, 1, 0}, "2", "Dorpsstraat", "3", null,
              null, "6731AA", "Otterlo", null);
    }

    assertThatThrownBy(() -> read(file, ReadOptions.defaults()))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith(file + " (layer adressen), feature 1 (id 'fid 2'): geometry WKB cannot be read");
  }

  @Test
  void readHouseholds_missingPostcode_isRefusedNamingTheFeature() throws SQLException {
    Path file = dir.resolve("nopostcode.gpkg");
    try (TestGeoPackage g = new TestGeoPackage(file)) {
      g.layer("adressen", "POINT", 28992, BERTH_COLUMNS)
          .row("adressen", 28992, "POINT (180000 455000)", "1", "Dorpsstraat", "1", null, null, null, "Otterlo", null);
    }

    assertThatThrownBy(() -> read(file, ReadOptions.defaults()))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("nopostcode.gpkg (layer adressen), feature 0 (id 'fid 1'): missing postcode");
  }

  @Test
  void readHouseholds_layerNotThere_listsTheLayers() throws SQLException {
    Path file = bagLight();

    assertThatThrownBy(() -> read(file, ReadOptions.defaults().withLayer("pand")))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("has no feature layer 'pand'")
        .hasMessageContaining("verblijfsobject (POINT, EPSG:28992)");
  }
}
