package nl.dekking.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.dekking.crs.CrsTransform;
import nl.dekking.crs.RdNew;
import nl.dekking.io.ReadOptions;
import nl.dekking.io.geojson.GeoJsonReader;
import nl.dekking.io.gpkg.GeoPackageReader;
import nl.dekking.io.geojson.GeoJsonWriter;
import nl.dekking.report.ReportWriter;
import nl.dekking.model.Address;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.rules.CapacityState;
import nl.dekking.rules.GroupRules;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis of the real Otterlo and Wekerom addresses (BAG, 2,481 points) against sample groups drawn in RD New
 * over Otterlo's centre (x 181250..181950, y 456500..457000): two groups sharing a boundary, a third overlapping the
 * second by a 50 m strip, a fourth drawn 4 m short of the first (a sliver), and the rest of both villages a gap.
 */
class OtterloEndToEndTest {

  static List<Household> households;
  static List<Group> groups;
  static CoverageReport report;

  @BeforeAll
  static void load() throws IOException {
    households = readHouseholds("/data/addresses-otterlo-wekerom-wgs84.geojson");
    groups = List.of(
        Fixtures.group("OTT-A", box(181250, 456750, 181500, 457000)),
        Fixtures.group("OTT-B", box(181500, 456750, 181750, 457000)),
        Fixtures.group("OTT-C", box(181700, 456750, 181950, 457000)),
        Fixtures.group("OTT-D", box(181250, 456500, 181500, 456746)));
    report = CoverageAnalysis.withDefaults().analyse(new Dataset("Otterlo en Wekerom", households, List.of(), groups,
        List.of()), GroupRules.heerenveen());
  }

  static Geometry box(double x0, double y0, double x1, double y1) {
    return RdNew.GEOMETRY_FACTORY.toGeometry(new org.locationtech.jts.geom.Envelope(x0, x1, y0, y1));
  }

  static List<Household> readHouseholds(String resource) throws IOException {
    try (InputStream in = OtterloEndToEndTest.class.getResourceAsStream(resource)) {
      return GeoJsonReader.readHouseholds(in, resource);
    }
  }

  @Test
  void analyse_realAddresses_countsDuplicatesOnce() {
    Set<Address.Key> keys = new HashSet<>();
    households.forEach(h -> keys.add(h.address().key()));
    assertThat(report.addressPoints()).isEqualTo(2481);
    assertThat(report.households()).isEqualTo(keys.size()).isLessThan(2481);
    assertThat(report.findings(QaFinding.Kind.DUPLICATE_ADDRESS)).hasSize(2481 - keys.size());
  }

  @Test
  void analyse_realAddresses_coveredEqualsWhatTheUnionCovers() {
    Geometry union = UnaryUnionOp.union(groups.stream().map(Group::area).toList());
    Set<Address.Key> seen = new HashSet<>();
    int covered = 0;
    List<Household> sorted = new ArrayList<>(households);
    sorted.sort(AddressOrder.HOUSEHOLDS);
    for (Household h : sorted) {
      if (seen.add(h.address().key())
          && union.covers(RdNew.GEOMETRY_FACTORY.createPoint(new Coordinate(h.x(), h.y())))) {
        covered++;
      }
    }
    assertThat(report.covered()).isEqualTo(covered).isGreaterThan(300);
  }

  @Test
  void analyse_sampleGroups_findTheOverlapTheSliverAndTheGap() {
    assertThat(report.overlaps()).singleElement().satisfies(o -> {
      assertThat(o.groupA()).isEqualTo("OTT-B");
      assertThat(o.groupB()).isEqualTo("OTT-C");
      assertThat(o.areaM2()).isCloseTo(50 * 250, within(1e-6));
    });
    assertThat(report.findings(QaFinding.Kind.NARROW_GAP)).singleElement().satisfies(f -> {
      // the sliver's east end opens under OTT-B's corner, which it borders too
      assertThat(f.groupIds()).contains("OTT-A", "OTT-D");
      assertThat(f.geometry().getEnvelopeInternal().getMinX()).isCloseTo(181250, within(0.5));
      assertThat(((QaFinding.NarrowGap) f).widthM()).isBetween(3.5, 4.0);
    });
    assertThat(report.group("OTT-A").orElseThrow().neighbours()).containsExactly("OTT-B", "OTT-D");
    // Wekerom is wholly uncovered: the largest gap cluster is there
    GapCluster largest = report.gapClusters().get(0);
    assertThat(largest.streets()).allSatisfy(s -> assertThat(s.place()).isEqualTo("Wekerom"));
    assertThat(largest.householdCount()).isGreaterThan(500);
  }

  @Test
  void analyse_denseCentre_exceedsOneGroupOfForty() {
    GroupCoverage a = report.group("OTT-A").orElseThrow();
    assertThat(a.households()).isGreaterThan(45);
    assertThat(a.needsSplit()).isTrue();
    assertThat(a.groupsNeeded()).isEqualTo((a.households() + 39) / 40);
    assertThat(a.streets()).extracting(GroupStreet::name).contains("Arnhemseweg");
  }

  @Test
  void analyse_groupsDrawnInWgs84_giveTheSameNumbers() {
    CrsTransform toWgs84 = CrsTransform.rdToWgs84();
    CrsTransform toRd = CrsTransform.wgs84ToRd();
    List<Group> roundTripped = new ArrayList<>();
    for (Group g : groups) {
      Geometry dense = Densifier.densify(g.area(), 10);
      roundTripped.add(g.withArea(toRd.apply(toWgs84.apply(dense))));
    }
    CoverageReport other = CoverageAnalysis.withDefaults().analyse(
        new Dataset("Otterlo en Wekerom", households, List.of(), roundTripped, List.of()), GroupRules.heerenveen());
    assertThat(other.covered()).isEqualTo(report.covered());
    assertThat(other.coveredByMultiple()).isEqualTo(report.coveredByMultiple());
    assertThat(other.groups()).extracting(GroupCoverage::households)
        .containsExactlyElementsOf(report.groups().stream().map(GroupCoverage::households).toList());
    assertThat(other.gapClusters()).hasSameSizeAs(report.gapClusters());
  }

  @Test
  void analyse_householdsReadFromRdGeoJson_giveTheSameSummary(@TempDir Path dir) throws IOException {
    Path rd = dir.resolve("addresses-rd.geojson");
    GeoJsonWriter.rdNew().households(households, rd);
    List<Household> fromRd = GeoJsonReader.readHouseholds(rd);
    CoverageReport other = CoverageAnalysis.withDefaults().analyse(
        new Dataset("Otterlo en Wekerom", fromRd, List.of(), groups, List.of()), GroupRules.heerenveen());
    Path a = Files.createDirectories(dir.resolve("wgs84"));
    Path b = Files.createDirectories(dir.resolve("rd"));
    ReportWriter.of(Language.NL).write(report, a);
    ReportWriter.of(Language.NL).write(other, b);
    // every count is equal; gap-cluster outlines and centres are drawn from coordinates that moved by millimetres
    assertThat(withoutAreas(Files.readString(b.resolve("summary.json"))))
        .isEqualTo(withoutAreas(Files.readString(a.resolve("summary.json"))));
    for (int i = 0; i < report.gapClusters().size(); i++) {
      assertThat(other.gapClusters().get(i).areaM2()).isCloseTo(report.gapClusters().get(i).areaM2(), within(1.0));
    }
    assertThat(Files.readString(b.resolve("groups.csv"))).isEqualTo(Files.readString(a.resolve("groups.csv")));
  }

  @Test
  void write_otterloReport_summaryHasTheReportsNumbers(@TempDir Path dir) throws IOException {
    ReportWriter.of(Language.NL).write(report, dir);
    com.fasterxml.jackson.databind.JsonNode s = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(dir.resolve("summary.json").toFile());
    assertThat(s.get("households").asInt()).isEqualTo(report.households());
    assertThat(s.get("uncovered").asInt()).isEqualTo(report.uncovered());
    assertThat(s.get("groups")).hasSize(4);
    assertThat(s.get("gapClusters")).hasSize(report.gapClusters().size());
    assertThat(Files.readAllLines(dir.resolve("gaps.csv"))).hasSize(2 + report.uncovered());
  }

  private static String withoutAreas(String json) {
    return json.replaceAll("\"(areaM2|lon|lat)\" : [0-9.]+", "\"$1\" : _");
  }

  @Test
  void analyse_rdGeoPackageAndWgs84GeoJson_differOnlyByHouseholdsWithinCentimetresOfABoundary() throws Exception {
    Path gpkg = Path.of(OtterloEndToEndTest.class.getResource("/data/addresses-otterlo-wekerom-rd.gpkg").toURI());
    List<Household> rd;
    try (GeoPackageReader reader = GeoPackageReader.open(gpkg)) {
      rd = reader.readHouseholds(ReadOptions.defaults());
    }
    CoverageReport fromRd = CoverageAnalysis.withDefaults().analyse(
        new Dataset("Otterlo en Wekerom", rd, List.of(), groups, List.of()), GroupRules.heerenveen());
    Geometry boundaries = UnaryUnionOp.union(groups.stream().map(g -> g.area().getBoundary()).toList());
    long nearBoundary = rd.stream().filter(h -> boundaries.isWithinDistance(
        RdNew.GEOMETRY_FACTORY.createPoint(new Coordinate(h.x(), h.y())), 0.05)).count();
    assertThat(fromRd.households()).isEqualTo(report.households());
    assertThat(Math.abs(fromRd.covered() - report.covered())).isLessThanOrEqualTo((int) nearBoundary);
    assertThat(Math.abs(fromRd.coveredByMultiple() - report.coveredByMultiple())).isLessThanOrEqualTo((int) nearBoundary);
    for (int i = 0; i < groups.size(); i++) {
      assertThat(Math.abs(fromRd.groups().get(i).households() - report.groups().get(i).households()))
          .isLessThanOrEqualTo((int) nearBoundary);
    }
  }
}
