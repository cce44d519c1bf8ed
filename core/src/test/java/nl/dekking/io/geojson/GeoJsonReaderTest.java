package nl.dekking.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import nl.dekking.crs.RdNew;
import nl.dekking.io.DataFileException;
import nl.dekking.io.ReadOptions;
import nl.dekking.model.Consent;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.model.Neighbourhood;
import nl.dekking.model.Street;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.MultiPolygon;

class GeoJsonReaderTest {

  @TempDir
  Path dir;

  static Path resource(String name) {
    try {
      return Path.of(GeoJsonReaderTest.class.getResource("/data/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static ByteArrayInputStream json(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  static String collection(String... features) {
    return "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(",", features) + "]}";
  }

  // ---- real data

  @Test
  void readHouseholds_otterloWekeromAddresses_reads2481HouseholdsInTheNetherlands() {
    List<Household> households = GeoJsonReader.readHouseholds(resource("addresses-otterlo-wekerom-wgs84.geojson"));

    assertThat(households).hasSize(2481);
    assertThat(households).allSatisfy(h -> assertThat(RdNew.isInNetherlands(h.x(), h.y())).isTrue());
    Map<String, Long> perPlace = households.stream()
        .collect(Collectors.groupingBy(h -> h.address().place(), Collectors.counting()));
    assertThat(perPlace).containsOnly(Map.entry("Otterlo", 1341L), Map.entry("Wekerom", 1140L));
  }

  @Test
  void readHouseholds_otterloWekeromAddresses_readsInspireNamesIdsAndCoordinates() {
    List<Household> households = GeoJsonReader.readHouseholds(resource("addresses-otterlo-wekerom-wgs84.geojson"));

    Household first = households.get(0); // Willinkhuizersteeg 2C, 6733EB Wekerom at 5.7148467, 52.1212275
    assertThat(first.id()).isEqualTo("inspireadressen.1742212");
    assertThat(first.address().display()).isEqualTo("Willinkhuizersteeg 2C, Wekerom");
    assertThat(first.address().postcode()).isEqualTo("6733EB");
    Coordinate expected = RdNew.fromWgs84(5.7148467, 52.1212275);
    assertThat(first.x()).isCloseTo(expected.x, within(1e-6));
    assertThat(first.y()).isCloseTo(expected.y, within(1e-6));
    // Otterlo and Wekerom lie in the Veluwe, RD x about 175-185 km, y about 450-460 km
    assertThat(households).allSatisfy(h -> {
      assertThat(h.x()).isBetween(170_000.0, 190_000.0);
      assertThat(h.y()).isBetween(445_000.0, 465_000.0);
    });
  }

  @Test
  void readNeighbourhoods_cbsBuurtenWithCrsMember_reads43InRdNew() {
    List<Neighbourhood> buurten = GeoJsonReader.readNeighbourhoods(resource("cbs-buurten-2023-harlingen-heerenveen-rd.geojson"));

    assertThat(buurten).hasSize(43);
    assertThat(buurten).filteredOn(n -> n.code().startsWith("BU0072")).hasSize(12);
    assertThat(buurten).filteredOn(n -> n.code().startsWith("BU0074")).hasSize(31);
    Neighbourhood first = buurten.get(0);
    assertThat(first.code()).isEqualTo("BU00720001");
    assertThat(first.name()).isEqualTo("De Spiker en het industrieterrein Hermes");
    assertThat(first.municipalityCode()).isEqualTo("GM0072");
    // the file's coordinates are RD New metres, taken as they are
    assertThat(first.area().getCoordinates()[0]).isEqualTo(new Coordinate(158709, 576820));
    assertThat(first.reportedHouseholds()).isEmpty();
  }

  @Test
  void readNeighbourhoods_cbsWijkenWithWater_reads3475WithHouseholdsWhereKnown() {
    List<Neighbourhood> wijken = GeoJsonReader.defaults().neighbourhoods(resource("cbs-wijken-2024-wgs84.geojson"),
        ReadOptions.defaults().withWater(true));

    assertThat(wijken).hasSize(3475);
    assertThat(wijken).allSatisfy(w -> assertThat(w.code()).startsWith("WK"));
    assertThat(wijken).filteredOn(w -> w.reportedHouseholds().isEmpty()).hasSize(82);
    long total = wijken.stream().mapToLong(w -> w.reportedHouseholds().orElse(0)).sum();
    assertThat(total).isBetween(8_300_000L, 8_450_000L); // CBS: 8.37 million households
    assertThat(wijken).filteredOn(w -> w.area() instanceof MultiPolygon).hasSize(214);
    // 17 rings are invalid as published; they are kept as read
    assertThat(wijken).filteredOn(w -> !w.area().isValid()).isNotEmpty();
    Neighbourhood almere = wijken.get(1);
    assertThat(almere.code()).isEqualTo("WK003499");
    assertThat(almere.municipalityName()).isEqualTo("Almere");
    assertThat(almere.municipalityCode()).isEqualTo("GM0034");
  }

  @Test
  void readFeatures_bgtStreetLabels_reads62RdPointsWithTheirText() {
    List<GeoJsonFeature> labels = GeoJsonReader.readFeatures(resource("bgt-street-labels-otterlo-rd.geojson"));

    assertThat(labels).hasSize(62);
    assertThat(labels).allSatisfy(f -> {
      assertThat(f.geometry()).hasValueSatisfying(g -> {
        assertThat(g.getGeometryType()).isEqualTo("Point");
        // around Otterlo, RD New as the crs member says (read as WGS84 these would be rejected)
        assertThat(g.getCoordinate().x).isBetween(175_000.0, 185_000.0);
        assertThat(g.getCoordinate().y).isBetween(450_000.0, 460_000.0);
      });
      assertThat((String) f.properties().get("tekst")).isNotBlank();
    });
    assertThat(labels.get(0).properties().get("tekst")).isEqualTo("Beekdalseweg");
    assertThat(labels.get(0).properties().get("hoek")).isEqualTo("[-66.  -79.3]");
    assertThat(labels.get(1).properties().get("hoek")).isEqualTo("[-72.1]"); // a nested value as JSON text
  }

  // ---- property names

  @Test
  void readHouseholds_bagNames_readsAddress() {
    String f = """
        {"type": "Feature", "properties": {"identificatie": "0228200000000001", "openbare_ruimte_naam": "Dorpsstraat",
         "huisnummer": 12, "huisletter": "a", "toevoeging": "2", "postcode": "6731 AB", "woonplaats_naam": "Otterlo"},
         "geometry": {"type": "Point", "coordinates": [5.77, 52.1]}}""";
    Household h = GeoJsonReader.readHouseholds(json(collection(f)), "bag.geojson").get(0);

    assertThat(h.id()).isEqualTo("0228200000000001");
    assertThat(h.address().display()).isEqualTo("Dorpsstraat 12a-2, Otterlo");
    assertThat(h.address().postcode()).isEqualTo("6731AB");
  }

  @Test
  void readHouseholds_osmNames_splitsHouseNumber() {
    String f = """
        {"type": "Feature", "id": "node/123", "properties": {"addr:street": "Dorpsstraat", "addr:housenumber": "12a-2",
         "addr:postcode": "6731AB", "addr:city": "Otterlo"},
         "geometry": {"type": "Point", "coordinates": [5.77, 52.1]}}""";
    Household h = GeoJsonReader.readHouseholds(json(collection(f)), "osm.geojson").get(0);

    assertThat(h.id()).isEqualTo("node/123");
    assertThat(h.address().houseNumber()).isEqualTo(12);
    assertThat(h.address().letter()).isEqualTo("a");
    assertThat(h.address().suffix()).isEqualTo("2");
    assertThat(h.address().street()).isEqualTo("Dorpsstraat");
  }

  @Test
  void readHouseholds_noIdAnywhere_usesFileNameAndIndex() throws IOException {
    String f = """
        {"type": "Feature", "properties": {"straatnaam": "Dorpsstraat", "huisnummer": "1", "postcode": "6731AB",
         "woonplaats": "Otterlo"}, "geometry": {"type": "Point", "coordinates": [5.77, 52.1]}}""";
    Path file = dir.resolve("adressen.geojson");
    Files.writeString(file, collection(f, f));

    assertThat(GeoJsonReader.readHouseholds(file)).extracting(Household::id)
        .containsExactly("adressen.geojson#0", "adressen.geojson#1");
  }

  @Test
  void readGroups_polygonWithGroupProperties_readsGroup() {
    String f = """
        {"type": "Feature", "id": "feature-id", "properties": {"groep_id": "OTT-01", "naam": "Dorp Centrum",
         "deelnemers": "38", "beheerder": "Anna de Vries", "e-mail": "anna@example.nl", "mobiel": "0612345601",
         "toestemming": "openbaar", "patrouille": "ja", "beheerder_2": "Bram", "toestemming_2": "gemeente"},
         "geometry": {"type": "Polygon", "coordinates": [[[181350, 456880], [181720, 456880], [181720, 457300],
         [181350, 457300], [181350, 456880]]]}}""";
    String text = "{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", \"properties\": {\"name\": "
        + "\"urn:ogc:def:crs:EPSG::28992\"}}, \"features\": [" + f + "]}";
    Group g = GeoJsonReader.readGroups(json(text), "groepen.geojson").get(0);

    assertThat(g.id()).isEqualTo("OTT-01");
    assertThat(g.name()).isEqualTo("Dorp Centrum");
    assertThat(g.members()).isEqualTo(38);
    assertThat(g.admins()).hasSize(2);
    assertThat(g.admins().get(0).name()).isEqualTo("Anna de Vries");
    assertThat(g.admins().get(0).email()).isEqualTo("anna@example.nl");
    assertThat(g.admins().get(0).phone()).isEqualTo("0612345601");
    assertThat(g.admins().get(0).consent()).isEqualTo(Consent.PUBLIC);
    assertThat(g.admins().get(1).consent()).isEqualTo(Consent.MUNICIPALITY_ONLY);
    assertThat(g.metadata()).containsExactly(Map.entry("patrouille", "ja"));
    assertThat(g.area().getArea()).isCloseTo(370.0 * 420.0, within(1e-6));
  }

  @Test
  void readGroups_selfIntersectingPolygon_isKeptAsRead() {
    String bowtie = """
        {"type": "Feature", "properties": {"id": "strik"}, "geometry": {"type": "Polygon",
         "coordinates": [[[5.77, 52.10], [5.78, 52.11], [5.78, 52.10], [5.77, 52.11], [5.77, 52.10]]]}}""";
    Group g = GeoJsonReader.readGroups(json(collection(bowtie)), "strik.geojson").get(0);

    assertThat(g.area().isValid()).isFalse();
    assertThat(g.area().getNumPoints()).isEqualTo(5);
  }

  @Test
  void readStreets_linesAndNameOnly_readsBoth() {
    String line = """
        {"type": "Feature", "properties": {"stt_naam": "Dorpsstraat", "wpsnaamnen": "Otterlo"},
         "geometry": {"type": "LineString", "coordinates": [[5.77, 52.10], [5.78, 52.10]]}}""";
    String nameOnly = """
        {"type": "Feature", "properties": {"addr:street": "Kerkweg", "addr:city": "Otterlo"}, "geometry": null}""";
    List<Street> streets = GeoJsonReader.readStreets(json(collection(line, nameOnly)), "straten.geojson");

    assertThat(streets).extracting(Street::toString).containsExactly("Dorpsstraat, Otterlo", "Kerkweg, Otterlo");
    assertThat(streets.get(0).line()).hasValueSatisfying(l -> assertThat(l.getLength()).isCloseTo(685, within(5.0)));
    assertThat(streets.get(1).line()).isEmpty();
  }

  @Test
  void readNeighbourhoods_oldCbsNames_readsCodeNameMunicipalityAndHouseholdsLeavingWaterOut() {
    // CBS maps before 2023 use BU_CODE, BU_NAAM, GM_CODE, GM_NAAM, AANTAL_HH and WATER, as the GeoPackage reader knows
    List<Neighbourhood> n = GeoJsonReader.readNeighbourhoods(resource("cbs-buurten-old-names-water.geojson"));

    assertThat(n).extracting(Neighbourhood::code).containsExactly("BU02280101", "BU02280102");
    assertThat(n.get(0).name()).isEqualTo("Otterlo-Centrum");
    assertThat(n.get(0).municipalityCode()).isEqualTo("GM0228");
    assertThat(n.get(0).municipalityName()).isEqualTo("Ede");
    assertThat(n.get(0).reportedHouseholds()).isEqualTo(OptionalInt.of(412));
    assertThat(n.get(1).reportedHouseholds()).isEqualTo(OptionalInt.empty());
  }

  @Test
  void neighbourhoods_waterAskedFor_keepsTheWaterOnlyArea() {
    List<Neighbourhood> n = GeoJsonReader.defaults().neighbourhoods(resource("cbs-buurten-old-names-water.geojson"),
        ReadOptions.defaults().withWater(true));

    assertThat(n).extracting(Neighbourhood::code).containsExactly("BU02280101", "BU02289999", "BU02280102");
  }

  @Test
  void readStreets_nwbLines_readsStreetAndPlaceAsTheBagWritesItAndLeavesUnnamedSegmentsOut() {
    String named = """
        {"type": "Feature", "properties": {"wvk_id": 600123456, "stt_naam": "Dorpsstraat", "wpsnaamnen": "OTTERLO",
         "gme_naam": "Ede"}, "geometry": {"type": "LineString", "coordinates": [[5.77, 52.10], [5.78, 52.10]]}}""";
    String slipRoad = """
        {"type": "Feature", "properties": {"wvk_id": 600123457, "stt_naam": null, "wpsnaamnen": "OTTERLO",
         "gme_naam": "Ede"}, "geometry": {"type": "LineString", "coordinates": [[5.78, 52.10], [5.79, 52.10]]}}""";
    List<Street> streets = GeoJsonReader.readStreets(json(collection(named, slipRoad)), "wegvakken.geojson");

    assertThat(streets).extracting(Street::toString).containsExactly("Dorpsstraat, Otterlo");
    assertThat(streets.get(0).line()).isPresent();
  }

  @Test
  void readStreets_noLineAndNoName_failsNamingTheFeature() {
    String f = """
        {"type": "Feature", "properties": {"woonplaats": "Otterlo"}, "geometry": null}""";

    assertThatThrownBy(() -> GeoJsonReader.readStreets(json(collection(f)), "straten.geojson"))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("straten.geojson, feature 0: a feature without a line needs a street name (looked for stt_naam");
  }

  @Test
  void readNeighbourhoods_cbsUnknownCode_isEmptyCount() {
    String f = """
        {"type": "Feature", "properties": {"buurtcode": "BU02280101", "buurtnaam": "Otterlo-Centrum",
         "huishoudens": -99997}, "geometry": {"type": "Polygon", "coordinates":
         [[[5.77, 52.10], [5.78, 52.10], [5.78, 52.11], [5.77, 52.10]]]}}""";
    String g = f.replace("BU02280101", "BU02280102").replace("-99997", "412");
    List<Neighbourhood> n = GeoJsonReader.readNeighbourhoods(json(collection(f, g)), "buurten.geojson");

    assertThat(n.get(0).reportedHouseholds()).isEqualTo(OptionalInt.empty());
    assertThat(n.get(1).reportedHouseholds()).isEqualTo(OptionalInt.of(412));
    assertThat(n.get(0).municipalityCode()).isEqualTo("GM0228");
  }

  @Test
  void readHouseholds_windowsExportWithByteOrderMarkAndCapitalisedNames_readsAddress() throws IOException {
    String f = """
        {"type": "Feature", "properties": {"Straatnaam": "Dorpsstraat", "Huisnummer": "3", "Postcode": "6731AB",
         "Woonplaats": "Otterlo"}, "geometry": {"type": "Point", "coordinates": [5.77, 52.1]}}""";
    Path file = dir.resolve("export.geojson");
    Files.write(file, ("\uFEFF" + collection(f)).getBytes(StandardCharsets.UTF_8));

    assertThat(GeoJsonReader.readHouseholds(file)).extracting(h -> h.address().display())
        .containsExactly("Dorpsstraat 3, Otterlo");
  }

  @Test
  void forEachHousehold_realAddresses_deliversTheSameHouseholdsAsReadHouseholds() {
    Path file = resource("addresses-otterlo-wekerom-wgs84.geojson");
    List<Household> streamed = new ArrayList<>();

    GeoJsonReader.defaults().forEachHousehold(file, streamed::add);

    assertThat(streamed).isEqualTo(GeoJsonReader.readHouseholds(file));
  }

  // ---- CRS

  @Test
  void readHouseholds_crsMemberAfterFeaturesInFile_isHonoured() throws IOException {
    Path file = dir.resolve("rd-crs-last.geojson");
    Files.writeString(file, rdCrsLast());

    Household h = GeoJsonReader.readHouseholds(file).get(0);

    assertThat(h.x()).isEqualTo(181500.0);
    assertThat(h.y()).isEqualTo(457000.0);
  }

  @Test
  void readHouseholds_crsMemberAfterFeaturesInStream_isHonoured() {
    Household h = GeoJsonReader.readHouseholds(json(rdCrsLast()), "stream").get(0);

    assertThat(h.x()).isEqualTo(181500.0);
    assertThat(h.y()).isEqualTo(457000.0);
  }

  @Test
  void forEachHousehold_crsMemberAfterFeaturesInStream_deliversRdCoordinates() {
    List<Household> seen = new ArrayList<>();
    GeoJsonReader.defaults().forEachHousehold(json(rdCrsLast()), "stream", seen::add);

    assertThat(seen).extracting(Household::x).containsExactly(181500.0);
  }

  @Test
  void readHouseholds_defaultCrsRdNew_readsFileWithoutCrsMemberAsRd() {
    String text = collection(rdHousehold());
    Household h = GeoJsonReader.defaults().withDefaultCrs("EPSG:28992").households(json(text), "old-rd").get(0);

    assertThat(h.x()).isEqualTo(181500.0);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "{\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:OGC:1.3:CRS84\"}}",
      "{\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:EPSG::4326\"}}",
      "{\"type\": \"name\", \"properties\": {\"name\": \"EPSG:4326\"}}",
      "null"})
  void readHouseholds_wgs84CrsMember_readsLongitudeLatitude(String crs) {
    String f = """
        {"type": "Feature", "properties": {"straatnaam": "Dorpsstraat", "huisnummer": "1", "postcode": "6731AB",
         "woonplaats": "Otterlo"}, "geometry": {"type": "Point", "coordinates": [5.77, 52.1]}}""";
    String text = "{\"type\": \"FeatureCollection\", \"crs\": " + crs + ", \"features\": [" + f + "]}";

    Household h = GeoJsonReader.readHouseholds(json(text), "wgs84").get(0);

    Coordinate expected = RdNew.fromWgs84(5.77, 52.1);
    assertThat(h.x()).isCloseTo(expected.x, within(1e-6));
    assertThat(h.y()).isCloseTo(expected.y, within(1e-6));
  }

  @Test
  void readHouseholds_oldEpsgCodeCrsMember_readsRdNew() {
    String text = "{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"EPSG\", \"properties\": {\"code\": 28992}},"
        + " \"features\": [" + rdHousehold() + "]}";

    assertThat(GeoJsonReader.readHouseholds(json(text), "oud").get(0).x()).isEqualTo(181500.0);
  }

  static String rdHousehold() {
    return """
        {"type": "Feature", "properties": {"straatnaam": "Dorpsstraat", "huisnummer": "1", "postcode": "6731AB",
         "woonplaats": "Otterlo"}, "geometry": {"type": "Point", "coordinates": [181500, 457000]}}""";
  }

  static String rdCrsLast() {
    return "{\"type\": \"FeatureCollection\", \"features\": [" + rdHousehold() + "], \"crs\": {\"type\": \"name\","
        + " \"properties\": {\"name\": \"urn:ogc:def:crs:EPSG::28992\"}}}";
  }
}
