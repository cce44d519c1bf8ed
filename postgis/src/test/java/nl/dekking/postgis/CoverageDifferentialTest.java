package nl.dekking.postgis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.dekking.analysis.CoverageAnalysis;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.crs.RdNew;
import nl.dekking.index.CoverageIndex;
import nl.dekking.io.geojson.GeoJsonReader;
import nl.dekking.model.Address;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.rules.GroupRules;
import nl.dekking.store.GroupOverlap;
import nl.dekking.store.ReportExpectations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * The pushed-down queries give exactly the answers of the in-memory {@link CoverageIndex} on the same data: the
 * real Otterlo and Wekerom addresses with seeded groups over their extent, and random data. Groups are drawn on a
 * grid, so neighbours share edges, overlap and touch at corners; extra households sit exactly on edges and corners;
 * some areas are invalid (bow-ties) and ids mix cases, accents and characters outside the BMP, whose order differs
 * between Java and most database collations.
 */
class CoverageDifferentialTest {

  private static final String OTTERLO = "GM0228";
  private static final String RANDOM = "GM-RANDOM";
  private static PostgisCoverageStore store;
  private static Dataset otterlo;
  private static Dataset random;

  @BeforeAll
  static void load() throws IOException {
    store = TestDatabase.get().store("dekking_diff");
    List<Household> addresses = otterloAddresses();
    Envelope extent = new Envelope();
    addresses.forEach(h -> extent.expandToInclude(h.x(), h.y()));
    List<Group> groups = gridGroups(new Random(228), extent, 250, 60);
    otterlo = Dataset.of("Otterlo en Wekerom", withBoundaryHouseholds(addresses, groups), groups);
    store.save(OTTERLO, otterlo);

    Random r = new Random(42);
    Envelope square = new Envelope(160_000, 162_000, 440_000, 442_000);
    List<Group> randomGroups = gridGroups(r, square, 100, 80);
    List<Household> randomHouseholds = new ArrayList<>();
    for (int i = 0; i < 4_000; i++) {
      // whole metres: many land exactly on the 100 m grid lines the groups are drawn on
      double x = 160_000 + r.nextInt(2_001);
      double y = 440_000 + r.nextInt(2_001);
      randomHouseholds.add(synthetic("r" + i, i, x, y));
    }
    random = Dataset.of("Willekeurig", withBoundaryHouseholds(randomHouseholds, randomGroups), randomGroups);
    store.save(RANDOM, random);
  }

  @AfterAll
  static void close() {
    if (store != null) {
      store.close();
    }
  }

  @Test
  void groupsCovering_otterloAddresses_equalsCoverageIndex() {
    assertGroupsCoveringAgree(OTTERLO, otterlo);
  }

  @Test
  void groupsCovering_randomData_equalsCoverageIndex() {
    assertGroupsCoveringAgree(RANDOM, random);
  }

  @Test
  void householdsCoveredBy_otterloAddresses_equalsCoverageIndexAssignment() {
    assertHouseholdsCoveredByAgree(OTTERLO, otterlo);
  }

  @Test
  void householdsCoveredBy_randomData_equalsCoverageIndexAssignment() {
    assertHouseholdsCoveredByAgree(RANDOM, random);
  }

  @Test
  void analysisQueries_otterloAddresses_equalTheCoverageAnalysis() {
    assertAnalysisAgrees(OTTERLO, otterlo);
  }

  @Test
  void analysisQueries_randomData_equalTheCoverageAnalysis() {
    assertAnalysisAgrees(RANDOM, random);
  }

  @Test
  void householdsIn_randomAreas_equalsJtsCovers() {
    for (Group g : random.groups().subList(0, 20)) {
      Geometry area = g.area();
      Geometry repaired = area.isValid() ? area : GeometryFixer.fix(area);
      IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(repaired);
      List<Household> expected = random.households().stream()
          .filter(h -> locator.locate(new Coordinate(h.x(), h.y())) != Location.EXTERIOR).toList();
      assertThat(store.householdsIn(RANDOM, area)).as("households in the area of %s", g.id())
          .containsExactlyElementsOf(expected);
    }
  }

  @Test
  void spatialQueries_onRealisticData_useTheGistIndexes() throws Exception {
    CoverageSql sql = new CoverageSql("\"dekking_diff\"");
    try (Connection c = TestDatabase.get().connect()) {
      String table;
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT household_table FROM dekking_diff.dataset WHERE municipality = '"
              + OTTERLO + "'")) {
        rs.next();
        table = sql.householdTable(rs.getString(1));
        s.execute("ANALYZE dekking_diff.coverage_group");
      }
      Household h = otterlo.households().get(100);
      String covering = explain(c, sql.groupsCovering, "{PUBLIC,MUNICIPALITY_ONLY,NONE}", OTTERLO,
          GeometryCodec.wkb(RdNew.GEOMETRY_FACTORY.createPoint(new Coordinate(h.x(), h.y()))), OTTERLO);
      assertThat(covering).containsPattern("Index Scan (using|on) coverage_group_coverage");

      String households = explain(c, new AnalysisSql("\"dekking_diff\"").householdsCoveredBy(table), OTTERLO,
          otterlo.groups().get(0).id(), OTTERLO, OTTERLO);
      assertThat(households).containsPattern("Index Scan (using|on) household_\\d+_location")
          .contains("coverage_group_coverage");
    }
  }

  private static String explain(Connection c, String query, Object... params) throws Exception {
    try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + query)) {
      for (int i = 0; i < params.length; i++) {
        if (params[i] instanceof byte[] b) {
          ps.setBytes(i + 1, b);
        } else if (((String) params[i]).startsWith("{")) {
          ps.setArray(i + 1, c.createArrayOf("text", ((String) params[i]).replaceAll("[{}]", "").split(",")));
        } else {
          ps.setString(i + 1, (String) params[i]);
        }
      }
      StringBuilder plan = new StringBuilder();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          plan.append(rs.getString(1)).append('\n');
        }
      }
      return plan.toString();
    }
  }

  /** Counts, uncovered households and overlaps from SQL equal core's report of the same dataset. */
  private static void assertAnalysisAgrees(String municipality, Dataset dataset) {
    CoverageReport report = CoverageAnalysis.withDefaults().analyse(dataset, GroupRules.heerenveen());
    assertThat(store.householdCounts(municipality)).isEqualTo(ReportExpectations.counts(report));
    Set<String> uncovered = new HashSet<>();
    report.uncoveredHouseholds().forEach(h -> uncovered.add(h.id()));
    List<String> streamed = new ArrayList<>();
    store.forEachUncoveredHousehold(municipality, h -> streamed.add(h.id()));
    assertThat(streamed).containsExactlyElementsOf(
        dataset.households().stream().map(Household::id).filter(uncovered::contains).toList());
    List<GroupOverlap> expected = ReportExpectations.overlaps(report);
    assertThat(expected).as("the data has overlaps").isNotEmpty();
    SharedDiagonalTest.assertSameOverlaps(store.overlaps(municipality), expected);
  }

  private static void assertGroupsCoveringAgree(String municipality, Dataset dataset) {
    CoverageIndex index = CoverageIndex.build(dataset);
    int boundaryCases = 0;
    for (Household h : dataset.households()) {
      List<String> expected = index.coveringIds(h.x(), h.y());
      List<String> actual = store.groupsCovering(municipality, h.x(), h.y()).stream().map(Group::id).toList();
      assertThat(actual).as("groups covering %s at %s, %s", h.id(), h.x(), h.y()).containsExactlyElementsOf(expected);
      if (onSomeBoundary(dataset, h)) {
        boundaryCases++;
      }
    }
    assertThat(boundaryCases).as("households on a group boundary, the cases that matter").isGreaterThan(100);
  }

  private static void assertHouseholdsCoveredByAgree(String municipality, Dataset dataset) {
    CoverageIndex index = CoverageIndex.build(dataset);
    int[] out = new int[index.size()];
    List<List<Household>> expected = new ArrayList<>();
    for (int g = 0; g < index.size(); g++) {
      expected.add(new ArrayList<>());
    }
    for (Household h : dataset.households()) {
      int n = index.locateAll(h.x(), h.y(), out);
      for (int i = 0; i < n; i++) {
        expected.get(out[i]).add(h);
      }
    }
    for (int g = 0; g < index.size(); g++) {
      String id = index.id(g);
      assertThat(store.householdsCoveredBy(municipality, id)).as("households covered by %s", id)
          .containsExactlyElementsOf(expected.get(g));
    }
  }

  private static boolean onSomeBoundary(Dataset dataset, Household h) {
    Coordinate p = new Coordinate(h.x(), h.y());
    for (Group g : dataset.groups()) {
      Geometry a = g.area();
      if (a.isValid() && new IndexedPointInAreaLocator(a).locate(p) == Location.BOUNDARY) {
        return true;
      }
    }
    return false;
  }

  /**
   * Groups over an extent, drawn on a grid of {@code cell} metres: rectangles of 1 to 4 cells (neighbours share
   * edges, some overlap), triangles with grid vertices, an L-shaped multipolygon now and then, and every tenth a
   * bow-tie (invalid). Ids mix upper and lower case, accents, a full-width letter and an emoji.
   */
  static List<Group> gridGroups(Random r, Envelope extent, double cell, int count) {
    int columns = (int) (extent.getWidth() / cell);
    int rows = (int) (extent.getHeight() / cell);
    String[] prefixes = {"a", "B", "b", "Z", "\u00c4", "\uff21", "\ud83d\ude00", "ab", "A-"};
    List<Group> groups = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      double x = extent.getMinX() + r.nextInt(columns) * cell;
      double y = extent.getMinY() + r.nextInt(rows) * cell;
      double w = (1 + r.nextInt(4)) * cell;
      double h = (1 + r.nextInt(4)) * cell;
      Geometry area;
      if (i % 10 == 9) {
        area = polygon(x, y, x + w, y + h, x + w, y, x, y + h, x, y); // bow-tie
      } else if (i % 7 == 3) {
        area = polygon(x, y, x + w, y, x, y + h, x, y); // triangle
      } else if (i % 11 == 5) {
        area = RdNew.GEOMETRY_FACTORY.createMultiPolygon(new Polygon[] {
            polygon(x, y, x + cell, y, x + cell, y + cell, x, y + cell, x, y),
            polygon(x + cell, y + cell, x + 2 * cell, y + cell, x + 2 * cell, y + 2 * cell, x + cell, y + 2 * cell,
                x + cell, y + cell)});
      } else {
        area = polygon(x, y, x + w, y, x + w, y + h, x, y + h, x, y);
      }
      groups.add(Group.of(prefixes[i % prefixes.length] + i, "groep " + i, area));
    }
    return groups;
  }

  /** The households plus one at every vertex and edge midpoint of every group area. */
  static List<Household> withBoundaryHouseholds(List<Household> households, List<Group> groups) {
    List<Household> result = new ArrayList<>(households);
    Set<Coordinate> seen = new HashSet<>();
    int n = 0;
    for (Group g : groups) {
      Coordinate[] cs = g.area().getCoordinates();
      for (int i = 0; i + 1 < cs.length; i++) {
        for (Coordinate c : List.of(cs[i], new Coordinate((cs[i].x + cs[i + 1].x) / 2, (cs[i].y + cs[i + 1].y) / 2))) {
          if (seen.add(c)) {
            result.add(synthetic("edge" + n, 50_000 + n, c.x, c.y));
            n++;
          }
        }
      }
    }
    return result;
  }

  private static Household synthetic(String id, int number, double x, double y) {
    return new Household(id, new Address("Rasterweg", 1 + number % 99_999, "", "", "9" + (100 + number / 99_999) + "ZZ",
        "Raster"), x, y);
  }

  private static Polygon polygon(double... xy) {
    Coordinate[] ring = new Coordinate[xy.length / 2];
    for (int i = 0; i < ring.length; i++) {
      ring[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
    }
    return RdNew.GEOMETRY_FACTORY.createPolygon(ring);
  }

  /** The Otterlo and Wekerom addresses, one household per address key (the file repeats three). */
  static List<Household> otterloAddresses() throws IOException {
    String name = "addresses-otterlo-wekerom-wgs84.geojson";
    try (InputStream in = CoverageDifferentialTest.class.getResourceAsStream("/otterlo/" + name)) {
      List<Household> result = new ArrayList<>();
      Set<Address.Key> keys = new HashSet<>();
      for (Household h : GeoJsonReader.readHouseholds(in, name)) {
        if (keys.add(h.address().key())) {
          result.add(h);
        }
      }
      return result;
    }
  }
}
