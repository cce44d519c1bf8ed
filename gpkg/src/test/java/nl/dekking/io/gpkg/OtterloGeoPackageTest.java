package nl.dekking.io.gpkg;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.dekking.analysis.CoverageAnalysis;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.crs.RdNew;
import nl.dekking.io.DataFiles;
import nl.dekking.io.ReadOptions;
import nl.dekking.io.csv.CsvReader;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.model.Street;
import nl.dekking.rules.GroupRules;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The real Otterlo and Wekerom addresses (BAG, 2,481 points) as an RD New GeoPackage agree with the same addresses
 * as WGS84 GeoJSON and as a lon/lat CSV, read through {@link DataFiles} (which finds this module as a service).
 */
class OtterloGeoPackageTest {

  static final Path GPKG = resource("addresses-otterlo-wekerom-rd.gpkg");
  static final Path GEOJSON = resource("addresses-otterlo-wekerom-wgs84.geojson");

  static Path resource(String name) {
    try {
      return Path.of(OtterloGeoPackageTest.class.getResource("/data/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void readHouseholds_geoPackageAndWgs84GeoJson_giveTheSame2481AddressesWithinOneMetre() {
    List<Household> gpkg = DataFiles.readHouseholds(GPKG, ReadOptions.defaults());
    List<Household> geojson = DataFiles.readHouseholds(GEOJSON, ReadOptions.defaults());

    assertThat(gpkg).hasSize(2481);
    assertThat(geojson).hasSize(2481);
    assertThat(gpkg.stream().filter(h -> h.address().place().equals("Otterlo"))).hasSize(1341);
    assertThat(gpkg.stream().filter(h -> h.address().place().equals("Wekerom"))).hasSize(1140);
    Map<String, Household> byId = geojson.stream().collect(Collectors.toMap(Household::id, Function.identity()));
    for (Household h : gpkg) {
      Household other = byId.get(h.id());
      assertThat(other).as(h.id()).isNotNull();
      assertThat(other.address()).isEqualTo(h.address());
      assertThat(Math.hypot(h.x() - other.x(), h.y() - other.y())).as(h.id()).isLessThan(1.0);
    }
  }

  @Test
  void readStreets_nwbGeoPackage_mergesSegmentsIntoNamedStreets() {
    List<Street> streets = DataFiles.readStreets(resource("nwb-wegvakken-wageningen-rd.gpkg"),
        ReadOptions.defaults().withMunicipality("Wageningen"));

    assertThat(streets).hasSize(49);
    assertThat(streets).extracting(Street::toString).contains("Rozenstraat, Wageningen", "Haverlanden, Wageningen");
  }

  /** The real Otterlo/Wekerom addresses written as a lon/lat CSV read as the RD New GeoPackage does. */
  @Test
  void readHouseholds_realAddressesAsLonLatCsv_matchTheGeoPackageWithinOneMetre() throws Exception {
    JsonNode features = new ObjectMapper().readTree(GEOJSON.toFile()).get("features");
    StringBuilder csv = new StringBuilder("id;straatnaam;huisnummer;huisletter;toevoeging;postcode;woonplaats;lon;lat\n");
    for (JsonNode f : features) {
      JsonNode p = f.get("properties");
      Function<String, String> text = k -> p.get(k).isNull() ? "" : p.get(k).asText();
      JsonNode c = f.get("geometry").get("coordinates");
      csv.append(String.join(";", text.apply("id"), text.apply("straatnaam"), text.apply("huisnummer"),
          text.apply("huisletter"), text.apply("toevoeging"), text.apply("postcode"), text.apply("woonplaats"),
          c.get(0).asText(), c.get(1).asText())).append('\n');
    }
    List<Household> fromCsv = CsvReader.readHouseholds(csv.toString(), "otterlo.csv", ReadOptions.defaults());
    List<Household> fromGpkg;
    try (GeoPackageReader reader = GeoPackageReader.open(GPKG)) {
      fromGpkg = reader.readHouseholds(ReadOptions.defaults());
    }
    Map<String, Household> byId = fromGpkg.stream().collect(Collectors.toMap(Household::id, h -> h));

    assertThat(fromCsv).hasSize(2481);
    for (Household h : fromCsv) {
      Household g = byId.get(h.id());
      assertThat(h.address()).isEqualTo(g.address());
      assertThat(Math.hypot(h.x() - g.x(), h.y() - g.y())).as(h.id()).isLessThan(1.0);
    }
  }

  @Test
  void analyse_rdGeoPackageAndWgs84GeoJson_differOnlyByHouseholdsWithinCentimetresOfABoundary() {
    List<Group> groups = List.of(
        Group.of("OTT-A", "A", box(181250, 456750, 181500, 457000)),
        Group.of("OTT-B", "B", box(181500, 456750, 181750, 457000)),
        Group.of("OTT-C", "C", box(181700, 456750, 181950, 457000)),
        Group.of("OTT-D", "D", box(181250, 456500, 181500, 456746)));
    List<Household> rd = DataFiles.readHouseholds(GPKG, ReadOptions.defaults());
    List<Household> wgs84 = DataFiles.readHouseholds(GEOJSON, ReadOptions.defaults());
    CoverageReport fromRd = CoverageAnalysis.withDefaults().analyse(
        new Dataset("Otterlo en Wekerom", rd, List.of(), groups, List.of()), GroupRules.heerenveen());
    CoverageReport fromWgs84 = CoverageAnalysis.withDefaults().analyse(
        new Dataset("Otterlo en Wekerom", wgs84, List.of(), groups, List.of()), GroupRules.heerenveen());
    Geometry boundaries = UnaryUnionOp.union(groups.stream().map(g -> g.area().getBoundary()).toList());
    long nearBoundary = rd.stream().filter(h -> boundaries.isWithinDistance(
        RdNew.GEOMETRY_FACTORY.createPoint(new Coordinate(h.x(), h.y())), 0.05)).count();

    assertThat(fromRd.households()).isEqualTo(fromWgs84.households());
    assertThat(fromRd.covered()).isGreaterThan(300);
    assertThat(Math.abs(fromRd.covered() - fromWgs84.covered())).isLessThanOrEqualTo((int) nearBoundary);
    assertThat(Math.abs(fromRd.coveredByMultiple() - fromWgs84.coveredByMultiple())).isLessThanOrEqualTo((int) nearBoundary);
    for (int i = 0; i < groups.size(); i++) {
      assertThat(Math.abs(fromRd.groups().get(i).households() - fromWgs84.groups().get(i).households()))
          .isLessThanOrEqualTo((int) nearBoundary);
    }
  }

  static Geometry box(double x0, double y0, double x1, double y1) {
    return RdNew.GEOMETRY_FACTORY.toGeometry(new Envelope(x0, x1, y0, y1));
  }
}
