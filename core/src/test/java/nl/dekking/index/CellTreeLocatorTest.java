package nl.dekking.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;
import org.junit.jupiter.api.Test;

/**
 * The cell tree against the JTS reference locator on partitions big enough for deep trees and the jump table:
 * Voronoi cells snapped to a 1 m grid (shared edges, shared vertices of three or more groups), some shifted by
 * whole metres to make overlaps and gaps, queried at every vertex, edge midpoints and half-metre grid points.
 */
class CellTreeLocatorTest {

  private static final GeometryFactory FACTORY = new GeometryFactory();

  static Geometry[] voronoi(long seed, int sites, double extent) {
    Random random = new Random(seed);
    List<Coordinate> points = new ArrayList<>();
    for (int i = 0; i < sites; i++) {
      points.add(new Coordinate(190_000 + random.nextDouble() * extent, 550_000 + random.nextDouble() * extent));
    }
    VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
    builder.setSites(points);
    builder.setClipEnvelope(new Envelope(190_000, 190_000 + extent, 550_000, 550_000 + extent));
    Geometry cells = builder.getDiagram(FACTORY);
    GeometryPrecisionReducer reducer = new GeometryPrecisionReducer(new PrecisionModel(1));
    reducer.setPointwise(true);
    Geometry[] areas = new Geometry[cells.getNumGeometries()];
    for (int i = 0; i < areas.length; i++) {
      Geometry cell = reducer.reduce(cells.getGeometryN(i));
      if (random.nextInt(8) == 0) {
        Geometry moved = cell.copy();
        int dx = random.nextInt(5) - 2;
        int dy = random.nextInt(5) - 2;
        moved.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
          c.x += dx;
          c.y += dy;
        });
        moved.geometryChanged();
        cell = moved;
      }
      areas[i] = cell.isValid() ? cell : GeometryFixer.fix(cell);
    }
    return areas;
  }

  private static void assertSameAsReference(Geometry[] areas, List<double[]> points) {
    CellTreeLocator tree = CellTreeBuilder.build(areas);
    JtsLocator reference = new JtsLocator(areas);
    int[] expected = new int[areas.length];
    int[] actual = new int[areas.length];
    for (double[] p : points) {
      int n = reference.all(p[0], p[1], expected);
      int m = tree.all(p[0], p[1], actual);
      assertThat(java.util.Arrays.copyOf(actual, m)).as("all (%s, %s) in %s", p[0], p[1], tree)
          .containsExactly(java.util.Arrays.copyOf(expected, n));
      assertThat(tree.first(p[0], p[1])).as("first (%s, %s)", p[0], p[1])
          .isEqualTo(n == 0 ? CoverageIndex.NONE : expected[0]);
    }
  }

  private static List<double[]> pointsFor(Geometry[] areas, long seed, double extent, int count) {
    List<double[]> points = new ArrayList<>();
    for (Geometry a : areas) {
      Coordinate[] cs = a.getCoordinates();
      for (int i = 0; i < cs.length; i++) {
        points.add(new double[] {cs[i].x, cs[i].y});
        if (i + 1 < cs.length) {
          points.add(new double[] {(cs[i].x + cs[i + 1].x) / 2, (cs[i].y + cs[i + 1].y) / 2});
        }
      }
    }
    Random random = new Random(seed);
    for (int i = 0; i < count; i++) {
      points.add(new double[] {189_998 + random.nextInt((int) (2 * extent) + 8) * 0.5,
          549_998 + random.nextInt((int) (2 * extent) + 8) * 0.5});
      points.add(new double[] {189_998 + random.nextDouble() * (extent + 4), 549_998 + random.nextDouble() * (extent + 4)});
    }
    return points;
  }

  @Property(tries = 20)
  void all_snappedVoronoiPartition_equalsJtsReference(@ForAll long seed, @ForAll @IntRange(min = 2, max = 150) int sites) {
    double extent = 40 + Math.abs(seed % 400);
    Geometry[] areas = voronoi(seed, sites, extent);
    assertSameAsReference(areas, pointsFor(areas, seed, extent, 3000));
  }

  @Property(tries = 2000)
  void orientation_nearlyCollinearRdPoints_equalsJts(@ForAll long seed) {
    Random random = new Random(seed);
    double ax = 190_000 + random.nextDouble() * 1000;
    double ay = 550_000 + random.nextDouble() * 1000;
    double bx = ax + random.nextInt(200) - 100 + random.nextDouble();
    double by = ay + random.nextInt(200) - 100 + random.nextDouble();
    double t = random.nextInt(3) == 0 ? random.nextInt(5) * 0.5 : random.nextDouble() * 3 - 1;
    double cx = ax + t * (bx - ax) + (random.nextBoolean() ? 0 : Math.ulp(ax) * (random.nextInt(5) - 2));
    double cy = ay + t * (by - ay);

    assertThat(CellTreeLocator.orientation(ax, ay, bx, by, cx, cy))
        .isEqualTo(org.locationtech.jts.algorithm.CGAlgorithmsDD.orientationIndex(ax, ay, bx, by, cx, cy));
  }

  @Test
  void all_thousandGroupsOverFiveKilometres_equalsJtsReference() {
    Geometry[] areas = voronoi(42, 1000, 5000);
    assertSameAsReference(areas, pointsFor(areas, 42, 5000, 50_000));
  }

  @Test
  void answerShallow_answersOnlyPointsThatNeedNoGeometryTest() {
    Geometry[] areas = voronoi(42, 1000, 5000);
    CellTreeLocator tree = CellTreeBuilder.build(areas);
    List<double[]> points = pointsFor(areas, 42, 5000, 50_000);
    points.add(new double[] {-1e9, 550_000}); // far outside the indexed square
    points.add(new double[] {Double.NaN, 550_000});
    points.add(new double[] {1e300, -1e300});
    int n = points.size();
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = points.get(i)[0];
      ys[i] = points.get(i)[1];
    }
    int[] firsts = new int[n];
    int[] deferredPoints = new int[n];
    int count = tree.answerShallow(xs, ys, 0, n, firsts, deferredPoints);

    assertThat(count).isPositive().isLessThan(n - 3);
    assertThat(java.util.Arrays.copyOf(deferredPoints, count)).isSorted();
    boolean[] deferred = new boolean[n];
    for (int k = 0; k < count; k++) {
      deferred[deferredPoints[k]] = true;
    }
    int[] out = new int[areas.length];
    for (int i = 0; i < n; i++) {
      if (!deferred[i]) {
        assertThat(firsts[i]).as("point %s (%s, %s)", i, xs[i], ys[i]).isEqualTo(tree.first(xs[i], ys[i]));
        assertThat(tree.all(xs[i], ys[i], out)).isLessThanOrEqualTo(1);
      }
    }
    assertThat(deferred[n - 3] || deferred[n - 2] || deferred[n - 1]).isFalse();
    assertThat(firsts[n - 2]).isEqualTo(CoverageIndex.NONE);
  }

  @Test
  void locate_manyPoints_allocatesNothing() {
    Geometry[] areas = voronoi(7, 200, 2000);
    CoverageIndex index = CoverageIndex.build(java.util.stream.IntStream.range(0, areas.length)
        .mapToObj(i -> nl.dekking.model.Group.of("g" + i, "g" + i, areas[i])).toList());
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory
        .getThreadMXBean();
    Random random = new Random(3);
    double[] xs = new double[20_000];
    double[] ys = new double[20_000];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = 190_000 + random.nextDouble() * 2000;
      ys[i] = 550_000 + random.nextDouble() * 2000;
    }
    int[] out = new int[index.size()];
    long[] sum = new long[1];
    java.util.function.IntConsumer visitor = g -> sum[0] += g;
    for (int round = 0; round < 3; round++) {
      long before = threads.getCurrentThreadAllocatedBytes();
      for (int i = 0; i < xs.length; i++) {
        sum[0] += index.locate(xs[i], ys[i]);
        sum[0] += index.locateAll(xs[i], ys[i], out);
        index.forEachCovering(xs[i], ys[i], visitor);
      }
      long allocated = threads.getCurrentThreadAllocatedBytes() - before;
      assertThat(allocated).as("bytes allocated by %s lookups, round %s", 3 * xs.length, round).isLessThan(4096);
    }
    assertThat(sum[0]).isPositive();
  }

  @Test
  void assign_batchWithEnoughBoundaryPointsToReorder_equalsLocateAllPerPoint() {
    Geometry[] areas = voronoi(11, 300, 3000);
    CoverageIndex index = CoverageIndex.build(java.util.stream.IntStream.range(0, areas.length)
        .mapToObj(i -> nl.dekking.model.Group.of("g" + i, "g" + i, areas[i])).toList());
    int n = CurveOrder.MIN_POINTS * 3 + 17;
    Random random = new Random(5);
    double[] xs = new double[n];
    double[] ys = new double[n];
    List<Coordinate[]> rings = new ArrayList<>();
    for (Geometry a : areas) {
      rings.add(a.getCoordinates());
    }
    for (int i = 0; i < n; i++) {
      int kind = random.nextInt(3);
      if (kind == 0) { // anywhere, on the half-metre grid or not
        boolean onGrid = random.nextBoolean();
        xs[i] = onGrid ? 189_998 + random.nextInt(6010) * 0.5 : 189_998 + random.nextDouble() * 3005;
        ys[i] = onGrid ? 549_998 + random.nextInt(6010) * 0.5 : 549_998 + random.nextDouble() * 3005;
      } else { // on or within a few centimetres of an edge: the full lookup
        Coordinate[] cs = rings.get(random.nextInt(rings.size()));
        int k = random.nextInt(cs.length - 1);
        double t = kind == 1 ? 0.5 : random.nextDouble();
        xs[i] = cs[k].x + t * (cs[k + 1].x - cs[k].x) + (kind == 1 ? 0 : (random.nextDouble() - 0.5) * 0.05);
        ys[i] = cs[k].y + t * (cs[k + 1].y - cs[k].y) + (kind == 1 ? 0 : (random.nextDouble() - 0.5) * 0.05);
      }
    }

    Assignment assignment = index.assign(xs, ys);

    int[] out = new int[index.size()];
    int multiple = 0;
    for (int i = 0; i < n; i++) {
      int k = index.locateAll(xs[i], ys[i], out);
      multiple += k > 1 ? 1 : 0;
      assertThat(assignment.groupsOf(i)).as("point %s (%s, %s)", i, xs[i], ys[i])
          .containsExactly(java.util.Arrays.copyOf(out, k));
    }
    assertThat(assignment.coveredByMultiple()).isEqualTo(multiple).isPositive();
    assertThat(assignment.uncovered() + assignment.coveredByOne() + assignment.coveredByMultiple()).isEqualTo(n);
    // both stages ran: direct answers for the points away from edges, and enough full lookups to be reordered
    assertThat(assignment.fullLookups()).isBetween(CurveOrder.MIN_POINTS, n - 1);
  }

  /** Voronoi cells at full double precision: shared diagonal edges whose vertices are not on any grid. */
  static Geometry[] rawVoronoi(long seed, int sites, double extent) {
    Random random = new Random(seed);
    List<Coordinate> points = new ArrayList<>();
    for (int i = 0; i < sites; i++) {
      points.add(new Coordinate(190_000 + random.nextDouble() * extent, 550_000 + random.nextDouble() * extent));
    }
    VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
    builder.setSites(points);
    builder.setClipEnvelope(new Envelope(190_000, 190_000 + extent, 550_000, 550_000 + extent));
    Geometry cells = builder.getDiagram(FACTORY);
    Geometry[] areas = new Geometry[cells.getNumGeometries()];
    for (int i = 0; i < areas.length; i++) {
      Geometry cell = cells.getGeometryN(i);
      areas[i] = cell.isValid() ? cell : GeometryFixer.fix(cell);
    }
    return areas;
  }

  /** Every vertex and edge midpoint, each also 1 nm away in eight directions, plus random points. */
  private static List<double[]> boundaryProbes(Geometry[] areas, long seed, double extent, int count) {
    List<double[]> points = new ArrayList<>();
    double[] d = {-1e-9, 0, 1e-9};
    for (Geometry a : areas) {
      Coordinate[] cs = a.getCoordinates();
      for (int i = 0; i + 1 < cs.length; i++) {
        double[][] at = {{cs[i].x, cs[i].y}, {(cs[i].x + cs[i + 1].x) / 2, (cs[i].y + cs[i + 1].y) / 2}};
        for (double[] p : at) {
          for (double ox : d) {
            for (double oy : d) {
              points.add(new double[] {p[0] + ox, p[1] + oy});
            }
          }
        }
      }
    }
    Random random = new Random(seed);
    for (int i = 0; i < count; i++) {
      points.add(new double[] {189_998 + random.nextDouble() * (extent + 4),
          549_998 + random.nextDouble() * (extent + 4)});
    }
    return points;
  }

  @Property(tries = 15)
  void all_rawVoronoiProbedOnAndBesideEdges_equalsJtsReference(@ForAll long seed,
      @ForAll @IntRange(min = 2, max = 400) int sites) {
    double extent = 30 + Math.abs(seed % 3000);
    Geometry[] areas = rawVoronoi(seed, sites, extent);
    assertSameAsReference(areas, boundaryProbes(areas, seed, extent, 5000));
  }

  @Test
  void all_seventyWedgesMeetingInOneVertex_equalsJtsReference() {
    // more groups in one leaf than a pass or a sub-cell answer holds; every third wedge also overlaps its neighbour
    int wedges = 70;
    Geometry[] areas = new Geometry[wedges];
    for (int k = 0; k < wedges; k++) {
      double a0 = 2 * Math.PI * k / wedges;
      double a1 = 2 * Math.PI * (k + (k % 3 == 0 ? 1.5 : 1)) / wedges;
      areas[k] = FACTORY.createPolygon(new Coordinate[] {new Coordinate(190_000, 550_000),
          new Coordinate(190_000 + 30 * Math.cos(a0), 550_000 + 30 * Math.sin(a0)),
          new Coordinate(190_000 + 30 * Math.cos(a1), 550_000 + 30 * Math.sin(a1)),
          new Coordinate(190_000, 550_000)});
      areas[k] = areas[k].isValid() ? areas[k] : GeometryFixer.fix(areas[k]);
    }
    List<double[]> points = boundaryProbes(areas, 3, 40, 20_000);
    Random random = new Random(9);
    for (int i = 0; i < 20_000; i++) {
      double r = random.nextDouble() * 0.05;
      double angle = random.nextDouble() * 2 * Math.PI;
      points.add(new double[] {190_000 + r * Math.cos(angle), 550_000 + r * Math.sin(angle)});
    }
    assertSameAsReference(areas, points);
  }

  @Test
  void build_noAreas_coversNothing() {
    CellTreeLocator tree = CellTreeBuilder.build(new Geometry[0]);

    assertThat(tree.first(190_000, 550_000)).isEqualTo(CoverageIndex.NONE);
    assertThat(tree.all(190_000, 550_000, new int[0])).isZero();
  }

  @Test
  void build_emptyRepairedArea_coversNothing() {
    Geometry flat = GeometryFixer.fix(FACTORY.createPolygon(new Coordinate[] {new Coordinate(190_000, 550_000),
        new Coordinate(190_010, 550_000), new Coordinate(190_020, 550_000), new Coordinate(190_000, 550_000)}));
    CellTreeLocator tree = CellTreeBuilder.build(new Geometry[] {flat});

    assertThat(tree.first(190_010, 550_000)).isEqualTo(CoverageIndex.NONE);
  }
}
