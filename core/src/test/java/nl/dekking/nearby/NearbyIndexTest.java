package nl.dekking.nearby;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import nl.dekking.crs.RdNew;
import nl.dekking.index.CoverageMap;
import nl.dekking.model.Address;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class NearbyIndexTest {

  private static final GeometryFactory F = RdNew.GEOMETRY_FACTORY;
  private static final double X0 = 150_000;
  private static final double Y0 = 450_000;

  private static Geometry wkt(String wkt) {
    try {
      return new WKTReader(F).read(wkt);
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Random star-shaped rings, some with a hole, some multipolygons, some bow-ties (invalid, repaired). */
  private static List<Group> randomGroups(int count, long seed) {
    Random random = new Random(seed);
    List<Group> groups = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      double cx = X0 + random.nextDouble() * 5_000;
      double cy = Y0 + random.nextDouble() * 5_000;
      Geometry area = star(cx, cy, 50 + random.nextDouble() * 400, 5 + random.nextInt(60), random);
      int kind = random.nextInt(10);
      if (kind == 0) {
        area = area.difference(F.createPoint(new Coordinate(cx, cy)).buffer(20));
      } else if (kind == 1) {
        area = F.createMultiPolygon(new Polygon[] {(Polygon) area,
            (Polygon) star(cx + 900, cy + 300, 60, 8, random)});
      } else if (kind == 2) {
        area = F.createPolygon(new Coordinate[] {new Coordinate(cx, cy), new Coordinate(cx + 200, cy + 200),
            new Coordinate(cx + 200, cy), new Coordinate(cx, cy + 200), new Coordinate(cx, cy)});
      }
      groups.add(Group.of(String.format("G%04d", i), "groep " + i, area));
    }
    return groups;
  }

  private static Geometry star(double cx, double cy, double size, int vertices, Random random) {
    Coordinate[] ring = new Coordinate[vertices + 1];
    for (int k = 0; k < vertices; k++) {
      double angle = 2 * Math.PI * k / vertices;
      double r = size * (0.4 + 0.6 * random.nextDouble());
      ring[k] = new Coordinate(cx + r * Math.cos(angle), cy + r * Math.sin(angle));
    }
    ring[vertices] = ring[0];
    return F.createPolygon(ring);
  }

  /** The index's answer at a point equals JTS brute force: the same groups in the same order, distances within 1 µm. */
  private static void assertSameAsJts(CoverageMap map, NearbyIndex index, double x, double y, double radius, String what) {
    Point p = F.createPoint(new Coordinate(x, y));
    record Hit(String id, double d) {
    }
    List<Hit> hits = new ArrayList<>();
    for (int o = 0; o < map.size(); o++) {
      double d = map.area(o).distance(p);
      if (d <= radius) {
        hits.add(new Hit(map.group(o).id(), d));
      }
    }
    hits.sort(Comparator.comparingDouble(Hit::d).thenComparing(Hit::id));

    List<NearbyGroup> found = index.within(x, y, radius);

    assertThat(found).extracting(g -> g.group().id()).as("%s at %s %s r %s", what, x, y, radius)
        .containsExactlyElementsOf(hits.stream().map(Hit::id).toList());
    for (int i = 0; i < found.size(); i++) {
      assertThat(found.get(i).distance()).as("%s at %s %s r %s: %s", what, x, y, radius, hits.get(i).id())
          .isCloseTo(hits.get(i).d(), within(1e-6));
    }
  }

  /** Squares of 100 m sharing edges and corners (as a partition does), one with a hole, one grown by a sliver. */
  private static List<Group> partition() {
    List<Group> groups = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        double x = X0 + 100 * i;
        double y = Y0 + 100 * j;
        String square = String.format(java.util.Locale.ROOT, "(%s %s, %s %s, %s %s, %s %s, %s %s)", x, y, x + 100, y,
            x + 100, y + 100, x, y + 100, x, y);
        String hole = i == 1 && j == 1 ? String.format(java.util.Locale.ROOT, ", (%s %s, %s %s, %s %s, %s %s, %s %s)",
            x + 30, y + 30, x + 30, y + 70, x + 70, y + 70, x + 70, y + 30, x + 30, y + 30) : "";
        Geometry area = wkt("POLYGON (" + square + hole + ")");
        if (i == 2 && j == 2) {
          area = area.buffer(0.5);
        }
        groups.add(Group.of(String.format("P%d%d", i, j), "vak " + i + j, area));
      }
    }
    return groups;
  }

  @Test
  void within_randomPointsAndRadii_equalsJtsDistanceBruteForce() {
    CoverageMap map = CoverageMap.of(randomGroups(300, 7));
    NearbyIndex index = NearbyIndex.of(map);
    Random random = new Random(11);
    for (int q = 0; q < 2_000; q++) {
      double x = X0 - 500 + random.nextDouble() * 6_000;
      double y = Y0 - 500 + random.nextDouble() * 6_000;
      double radius = q % 10 == 0 ? 0 : random.nextDouble() * 800;
      assertSameAsJts(map, index, x, y, radius, "query " + q);
    }
  }

  @Test
  void within_atVerticesEdgeMidpointsAndOneNanometreBeside_equalsJtsDistanceBruteForce() {
    for (List<Group> groups : List.of(randomGroups(40, 23), partition())) {
      CoverageMap map = CoverageMap.of(groups);
      NearbyIndex index = NearbyIndex.of(map);
      Random random = new Random(29);
      for (int o = 0; o < map.size(); o += 3) {
        Coordinate[] cs = map.area(o).getCoordinates();
        for (int i = 0; i + 1 < cs.length; i += 2) {
          Coordinate mid = new Coordinate((cs[i].x + cs[i + 1].x) / 2, (cs[i].y + cs[i + 1].y) / 2);
          for (Coordinate c : new Coordinate[] {cs[i], mid}) {
            for (int k = -1; k < 8; k++) {
              double dx = k < 0 ? 0 : 1e-9 * Math.cos(k * Math.PI / 4);
              double dy = k < 0 ? 0 : 1e-9 * Math.sin(k * Math.PI / 4);
              double radius = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> 1e-6;
                default -> random.nextDouble() * 300;
              };
              assertSameAsJts(map, index, c.x + dx, c.y + dy, radius, map.group(o).id() + " vertex/midpoint " + i);
            }
          }
        }
      }
    }
  }

  @Test
  void within_pointsInsideAreasAndOnTheIndexGrid_equalsJtsDistanceBruteForce() {
    CoverageMap map = CoverageMap.of(randomGroups(120, 31));
    NearbyIndex index = NearbyIndex.of(map);
    Random random = new Random(37);
    for (int o = 0; o < map.size(); o++) {
      Coordinate inside = map.area(o).getInteriorPoint().getCoordinate();
      assertSameAsJts(map, index, inside.x, inside.y, random.nextDouble() * 400, map.group(o).id() + " interior point");
    }
    // points on the lines between the index's cells, where the containment test hands over to the coverage index
    double[] grid = index.grid();
    for (int q = 0; q < 400; q++) {
      double x = grid[0] + grid[2] * random.nextInt(40);
      double y = q % 2 == 0 ? Y0 + random.nextDouble() * 5_000 : grid[1] + grid[2] * random.nextInt(40);
      if (q % 4 == 1) {
        x = X0 + random.nextDouble() * 5_000;
      }
      assertSameAsJts(map, index, x, y, random.nextDouble() * 300, "grid line " + q);
    }
  }

  @Test
  void within_pointInsideArea_isDistanceZero() {
    CoverageMap map = CoverageMap.of(List.of(Group.of("A", "A", wkt("POLYGON ((150000 450000, 150100 450000, 150100 450100, 150000 450100, 150000 450000))"))));

    List<NearbyGroup> found = NearbyIndex.of(map).within(150050, 450050, 10);

    assertThat(found).singleElement().satisfies(g -> assertThat(g.distance()).isZero());
  }

  @Test
  void within_pointInHole_measuresToTheHoleEdge() {
    CoverageMap map = CoverageMap.of(List.of(Group.of("A", "A", wkt("POLYGON ((150000 450000, 150100 450000, 150100 450100, 150000 450100, 150000 450000),"
        + " (150040 450040, 150060 450040, 150060 450060, 150040 450060, 150040 450040))"))));

    List<NearbyGroup> found = NearbyIndex.of(map).within(150050, 450050, 500);

    assertThat(found).singleElement().satisfies(g -> assertThat(g.distance()).isCloseTo(10, within(1e-9)));
  }

  @Test
  void within_givenHouseholds_listsPerGroupThoseWithinTheRadiusItCovers() {
    CoverageMap map = CoverageMap.of(List.of(
        Group.of("A", "A", wkt("POLYGON ((150000 450000, 150100 450000, 150100 450100, 150000 450100, 150000 450000))")),
        Group.of("B", "B", wkt("POLYGON ((150200 450000, 150300 450000, 150300 450100, 150200 450100, 150200 450000))"))));
    Household nearInA = new Household("1", Address.of("Dorpsstraat", 1, "1234AB", "Dorp"), 150090, 450050);
    Household farInA = new Household("2", Address.of("Dorpsstraat", 3, "1234AB", "Dorp"), 150001, 450050);
    Household inB = new Household("3", Address.of("Dorpsstraat", 5, "1234AB", "Dorp"), 150210, 450050);

    List<NearbyGroup> found = NearbyIndex.of(map).within(150150, 450050, 70, List.of(nearInA, farInA, inB));

    assertThat(found).extracting(g -> g.group().id()).containsExactly("A", "B");
    assertThat(found.get(0).households()).containsExactly(nearInA);
    assertThat(found.get(1).households()).containsExactly(inB);
  }

  @Test
  void within_negativeRadius_isRefused() {
    NearbyIndex index = NearbyIndex.of(CoverageMap.of(List.of()));

    assertThatThrownBy(() -> index.within(150000, 450000, -1)).hasMessageContaining("radius must be 0 or more");
  }
}
