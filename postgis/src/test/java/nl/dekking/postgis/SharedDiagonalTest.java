package nl.dekking.postgis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.dekking.analysis.CoverageAnalysis;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.crs.RdNew;
import nl.dekking.index.CoverageIndex;
import nl.dekking.model.Address;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.rules.GroupRules;
import nl.dekking.store.GroupOverlap;
import nl.dekking.store.InMemoryCoverageStore;
import nl.dekking.store.ReportExpectations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.precision.GeometryPrecisionReducer;

/**
 * Points on shared diagonal edges, where PostGIS's fast point-in-polygon test behind {@code ST_Covers} is not
 * exact: the store must still answer exactly as core does, for every query.
 *
 * <p>The map is a triangulated mesh: a grid of jittered vertices whose quads are cut along alternating diagonals,
 * each triangle a group, so neighbours share diagonal edges vertex for vertex; a few rotated squares overlap the
 * mesh. Households lie on the shared diagonals as JTS interpolates them ({@link LineSegment#pointAlong}, next to
 * the line by rounding), exactly on them (vertices on a 1/64 m grid, points at k/16 of the edge: exact binary
 * fractions), a nanometre beside them, on every vertex and inside triangles; and a round group of 300 vertices
 * with a ring group around it whose hole is the circle, so long boundaries (cut into pieces to find the households
 * next to them) share every edge.
 */
class SharedDiagonalTest {

  private static final String MUNICIPALITY = "GM-DIAGONAL";
  private static PostgisCoverageStore store;
  private static Dataset dataset;
  private static CoverageReport report;
  private static int onDiagonals;
  private static Set<String> hard;

  @BeforeAll
  static void save() throws Exception {
    Random r = new Random(20241130);
    List<Group> groups = new ArrayList<>();
    List<Household> households = new ArrayList<>();
    // mesh A: vertices on a 1/64 m grid, so k/16 of an edge is an exact binary fraction exactly on it
    List<LineSegment> exact = mesh(r, groups, 161_000, 443_000, 9, 7, 137, 40, 64);
    // mesh B: centimetre vertices (as drawn data has) and long diagonals, where PostGIS's fast test errs
    List<LineSegment> drawn = mesh(r, groups, 165_000, 443_000, 6, 5, 640, 200, 100);
    for (LineSegment s : exact) {
      for (int k = 1; k < 16; k++) {
        Coordinate p = s.pointAlong(k / 16.0);
        households.add(household(households.size(), p.x, p.y));
      }
      interpolated(r, s, 20, households);
    }
    for (LineSegment s : drawn) {
      interpolated(r, s, 250, households);
    }
    // a round group of 300 centimetre vertices and a ring group whose hole is that circle: long boundaries that
    // the store cuts into pieces to find the households next to them, every edge shared and diagonal
    for (LineSegment s : discAndRing(groups)) {
      interpolated(r, s, 3, households);
    }
    onDiagonals = households.size();
    for (Group g : groups) {
      for (Coordinate c : g.area().getCoordinates()) {
        households.add(household(households.size(), c.x, c.y)); // vertices; repeats count once (address key)
      }
    }
    for (int k = 0; k < 3_000; k++) {
      households.add(household(households.size(), 160_950 + r.nextDouble() * 9_600, 442_950 + r.nextDouble() * 3_400));
    }
    households = distinctLocations(households);
    for (int k = 0; k < 4; k++) {
      // rotated squares over the meshes: points on diagonals inside them are overlaps, not boundary ties
      double cx = (k % 2 == 0 ? 161_300 : 165_900) + r.nextDouble() * 800;
      double cy = 443_300 + r.nextDouble() * 600;
      double h = 90 + r.nextDouble() * 220;
      groups.add(Group.of("over" + k, "over " + k, RdNew.GEOMETRY_FACTORY.createPolygon(new Coordinate[] {
          new Coordinate(cx, cy - h), new Coordinate(cx + h, cy), new Coordinate(cx, cy + h),
          new Coordinate(cx - h, cy), new Coordinate(cx, cy - h)})));
    }
    dataset = Dataset.of("Diagonalen", households, groups);
    store = TestDatabase.get().store("dekking_diagonal");
    store.save(MUNICIPALITY, dataset);
    report = CoverageAnalysis.withDefaults().analyse(dataset, GroupRules.heerenveen());
    hard = plainStCoversDisagreement();
  }

  /**
   * A triangulated mesh of groups: jittered vertices on a grid of {@code columns} x {@code rows} cells, each quad cut
   * along alternating diagonals into two triangle groups; returns the shared diagonals.
   */
  private static List<LineSegment> mesh(Random r, List<Group> groups, double x0, double y0, int columns, int rows,
      double cell, int jitterM, int perMetre) {
    Coordinate[][] v = new Coordinate[columns + 1][rows + 1];
    for (int i = 0; i <= columns; i++) {
      for (int j = 0; j <= rows; j++) {
        v[i][j] = new Coordinate(x0 + i * cell + r.nextInt(perMetre * jitterM) / (double) perMetre,
            y0 + j * cell + r.nextInt(perMetre * jitterM) / (double) perMetre);
      }
    }
    String[] prefixes = {"d", "D", "\u00e9", "dd", "Z"};
    List<LineSegment> diagonals = new ArrayList<>();
    for (int i = 0; i < columns; i++) {
      for (int j = 0; j < rows; j++) {
        Coordinate a = v[i][j];
        Coordinate b = v[i + 1][j];
        Coordinate c = v[i + 1][j + 1];
        Coordinate d = v[i][j + 1];
        int n = groups.size();
        boolean rising = (i + j) % 2 == 0;
        groups.add(Group.of(prefixes[n % 5] + n, "driehoek " + n, rising ? triangle(a, b, c) : triangle(a, b, d)));
        groups.add(Group.of(prefixes[(n + 1) % 5] + (n + 1), "driehoek " + (n + 1),
            rising ? triangle(a, c, d) : triangle(b, c, d)));
        diagonals.add(rising ? new LineSegment(a, c) : new LineSegment(b, d));
      }
    }
    return diagonals;
  }

  /** Adds the disc and the ring around it; returns the disc's edges. */
  private static List<LineSegment> discAndRing(List<Group> groups) {
    Geometry round = RdNew.GEOMETRY_FACTORY.createPoint(new Coordinate(170_000, 443_600)).buffer(300, 75);
    Polygon disc = (Polygon) GeometryPrecisionReducer.reduce(round, new PrecisionModel(100));
    Polygon ring = RdNew.GEOMETRY_FACTORY.createPolygon(
        RdNew.GEOMETRY_FACTORY.createLinearRing(new Coordinate[] {new Coordinate(169_500, 443_100),
            new Coordinate(170_500, 443_100), new Coordinate(170_500, 444_100), new Coordinate(169_500, 444_100),
            new Coordinate(169_500, 443_100)}),
        new LinearRing[] {disc.getExteriorRing()});
    groups.add(Group.of("rond", "rond", disc));
    groups.add(Group.of("Ring", "ring", ring));
    groups.add(Group.of("over-rond", "over rond", RdNew.GEOMETRY_FACTORY.createPolygon(new Coordinate[] {
        new Coordinate(170_250, 443_550), new Coordinate(170_400, 443_550), new Coordinate(170_400, 443_700),
        new Coordinate(170_250, 443_700), new Coordinate(170_250, 443_550)})));
    Coordinate[] cs = disc.getExteriorRing().getCoordinates();
    List<LineSegment> edges = new ArrayList<>();
    for (int i = 0; i + 1 < cs.length; i++) {
      edges.add(new LineSegment(cs[i], cs[i + 1]));
    }
    return edges;
  }

  /** Points on a segment as JTS interpolates them (on the line up to rounding), and a few 1 nm beside it. */
  private static void interpolated(Random r, LineSegment s, int count, List<Household> households) {
    for (int k = 0; k < count; k++) {
      Coordinate p = s.pointAlong(r.nextDouble());
      households.add(household(households.size(), p.x, p.y));
    }
    double nx = -(s.p1.y - s.p0.y) / s.getLength();
    double ny = (s.p1.x - s.p0.x) / s.getLength();
    for (int k = 0; k < 4; k++) {
      Coordinate p = s.pointAlong(r.nextDouble());
      double side = k % 2 == 0 ? 1e-9 : -1e-9;
      households.add(household(households.size(), p.x + side * nx, p.y + side * ny));
    }
  }

  private static List<Household> distinctLocations(List<Household> households) {
    Set<Coordinate> seen = new HashSet<>();
    List<Household> result = new ArrayList<>();
    for (Household h : households) {
      if (seen.add(new Coordinate(h.x(), h.y()))) {
        result.add(household(result.size(), h.x(), h.y()));
      }
    }
    return result;
  }

  /** The households for which plain {@code ST_Covers} and JTS disagree about some group. */
  private static Set<String> plainStCoversDisagreement() throws Exception {
    Set<String> postgis = new HashSet<>();
    try (Connection c = TestDatabase.get().connect();
        PreparedStatement ps = c.prepareStatement("SELECT household_table FROM dekking_diagonal.dataset"
            + " WHERE municipality = ?")) {
      ps.setString(1, MUNICIPALITY);
      String table;
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        table = "dekking_diagonal." + rs.getString(1);
      }
      try (PreparedStatement pairs = c.prepareStatement("SELECT g.id, h.id FROM dekking_diagonal.coverage_group g"
          + " JOIN " + table + " h ON ST_Covers(g.coverage, h.location) WHERE g.municipality = ?")) {
        pairs.setString(1, MUNICIPALITY);
        try (ResultSet rs = pairs.executeQuery()) {
          while (rs.next()) {
            postgis.add(rs.getString(1) + "\t" + rs.getString(2));
          }
        }
      }
    }
    Set<String> jts = new HashSet<>();
    for (Group g : dataset.groups()) {
      IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(g.area());
      for (Household h : dataset.households()) {
        if (locator.locate(new Coordinate(h.x(), h.y())) != Location.EXTERIOR) {
          jts.add(g.id() + "\t" + h.id());
        }
      }
    }
    Set<String> differ = new HashSet<>(postgis);
    differ.addAll(jts);
    Set<String> both = new HashSet<>(postgis);
    both.retainAll(jts);
    differ.removeAll(both);
    Set<String> households = new HashSet<>();
    differ.forEach(pair -> households.add(pair.substring(pair.indexOf('\t') + 1)));
    return households;
  }

  @AfterAll
  static void close() {
    if (store != null) {
      store.close();
    }
  }

  @Test
  void plainStCovers_onTheseDiagonals_disagreesWithJts_soTheDataTestsTheExactPath() {
    assertThat(hard).as("households where PostGIS's ST_Covers and JTS disagree about a group (of %d on diagonals)",
        onDiagonals).isNotEmpty();
  }

  @Test
  void householdCounts_sharedDiagonals_equalTheCoverageAnalysis() {
    assertThat(store.householdCounts(MUNICIPALITY)).isEqualTo(ReportExpectations.counts(report));
  }

  @Test
  void forEachUncoveredHousehold_sharedDiagonals_areTheAnalysisUncoveredInDatasetOrder() {
    Set<String> uncovered = new HashSet<>();
    report.uncoveredHouseholds().forEach(h -> uncovered.add(h.id()));
    List<String> expected = dataset.households().stream().map(Household::id).filter(uncovered::contains).toList();
    List<String> actual = new ArrayList<>();

    store.forEachUncoveredHousehold(MUNICIPALITY, h -> actual.add(h.id()));

    assertThat(actual).containsExactlyElementsOf(expected);
  }

  @Test
  void overlaps_sharedDiagonals_areTheAnalysisOverlapsAndOverlapErrors() {
    assertSameOverlaps(store.overlaps(MUNICIPALITY), ReportExpectations.overlaps(report));
  }

  @Test
  void inMemoryStore_sharedDiagonals_answersAsTheAnalysisToo() {
    try (InMemoryCoverageStore memory = new InMemoryCoverageStore()) {
      memory.save(MUNICIPALITY, dataset);
      List<String> uncovered = new ArrayList<>();
      memory.forEachUncoveredHousehold(MUNICIPALITY, h -> uncovered.add(h.id()));

      assertThat(memory.householdCounts(MUNICIPALITY)).isEqualTo(ReportExpectations.counts(report));
      assertThat(uncovered).containsExactlyInAnyOrderElementsOf(
          report.uncoveredHouseholds().stream().map(Household::id).toList());
      assertSameOverlaps(memory.overlaps(MUNICIPALITY), ReportExpectations.overlaps(report));
    }
  }

  @Test
  void groupsCovering_everyHousehold_equalsCoverageIndex() {
    CoverageIndex index = report.map().index();
    for (Household h : dataset.households()) {
      if (!hard.contains(h.id()) && h.id().hashCode() % 5 != 0) {
        continue; // every household where ST_Covers errs, and a fifth of the others
      }
      assertThat(store.groupsCovering(MUNICIPALITY, h.x(), h.y())).extracting(Group::id)
          .as("groups covering %s at %s, %s", h.id(), h.x(), h.y())
          .containsExactlyElementsOf(index.coveringIds(h.x(), h.y()));
    }
  }

  @Test
  void householdsCoveredBy_everyGroup_equalsCoverageIndexAssignment() {
    CoverageIndex index = report.map().index();
    int[] out = new int[index.size()];
    List<List<String>> expected = new ArrayList<>();
    for (int g = 0; g < index.size(); g++) {
      expected.add(new ArrayList<>());
    }
    for (Household h : dataset.households()) {
      int n = index.locateAll(h.x(), h.y(), out);
      for (int i = 0; i < n; i++) {
        expected.get(out[i]).add(h.id());
      }
    }
    for (int g = 0; g < index.size(); g++) {
      assertThat(store.householdsCoveredBy(MUNICIPALITY, index.id(g))).extracting(Household::id)
          .as("households of %s", index.id(g)).containsExactlyElementsOf(expected.get(g));
    }
  }

  @Test
  void householdsIn_everyGroupArea_equalsJtsLocation() {
    for (Group g : dataset.groups()) {
      IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(g.area());
      List<String> expected = dataset.households().stream()
          .filter(h -> locator.locate(new Coordinate(h.x(), h.y())) != Location.EXTERIOR).map(Household::id).toList();
      assertThat(store.householdsIn(MUNICIPALITY, g.area())).extracting(Household::id)
          .as("households in the area of %s", g.id()).containsExactlyElementsOf(expected);
    }
  }

  /** Same pairs and shared households; the shared area to rounding (GEOS and JTS overlay the same way). */
  static void assertSameOverlaps(List<GroupOverlap> actual, List<GroupOverlap> expected) {
    assertThat(actual).extracting(o -> o.groupA() + " / " + o.groupB() + ": " + o.households())
        .containsExactlyElementsOf(expected.stream()
            .map(o -> o.groupA() + " / " + o.groupB() + ": " + o.households()).toList());
    for (int i = 0; i < actual.size(); i++) {
      assertThat(actual.get(i).areaM2()).as("area of %s", actual.get(i))
          .isCloseTo(expected.get(i).areaM2(), within(1e-6 * Math.max(1, expected.get(i).areaM2())));
    }
  }

  private static Polygon triangle(Coordinate a, Coordinate b, Coordinate c) {
    return RdNew.GEOMETRY_FACTORY.createPolygon(new Coordinate[] {a.copy(), b.copy(), c.copy(), a.copy()});
  }

  private static Household household(int n, double x, double y) {
    return new Household("h" + n, new Address("Schuinpad", 1 + n % 99_999, "", "", "8" + (100 + n / 99_999) + "DD",
        "Schuin"), x, y);
  }
}
