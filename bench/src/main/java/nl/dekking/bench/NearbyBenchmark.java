package nl.dekking.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.dekking.index.CoverageMap;
import nl.dekking.model.Group;
import nl.dekking.nearby.NearbyIndex;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The incident query: one thread asks which of 15,000 groups lie within 500 m of a point, with their distances, at
 * 2^16 seeded points walked in order: {@link SyntheticCoverage} Voronoi groups about 1.34 km across with uniform
 * points, or {@link StreetShapedCoverage} groups of 100-300 m that follow streets, with points at and near the
 * addresses ({@link Layout}). Compares {@link NearbyIndex} with the JTS
 * baseline a developer would write: an {@link STRtree} of the areas, the query envelope grown by the radius, and
 * {@code Geometry.distance} for each candidate. Average time per query and, in {@code SampleTime} mode, its
 * percentiles (p99). Before measuring, both answers are checked equal (same groups, distances within 1 µm).
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class NearbyBenchmark {

  static final int POINTS = 1 << 16;

  /** The two implementations compared. */
  public enum Kind { DEKKING, JTS_STRTREE_DISTANCE }

  /** Voronoi groups about 1.34 km across, or small street-following groups (100-300 m) with clustered points. */
  @Param({"SYNTHETIC_15000", "STREETS_15000"})
  public Layout layout;

  @Param({"500"})
  public double radius;

  @Param({"DEKKING", "JTS_STRTREE_DISTANCE"})
  public Kind kind;

  private double[] xs;
  private double[] ys;
  private NearbyIndex index;
  private StrTreeDistance baseline;
  private int[] ordinals;
  private double[] distances;
  private int next;

  /** The JTS baseline: STRtree of envelopes, then the exact distance to each candidate. */
  static final class StrTreeDistance {
    private static final GeometryFactory FACTORY = new GeometryFactory();
    private final STRtree tree = new STRtree();

    StrTreeDistance(CoverageMap map) {
      for (int o = 0; o < map.size(); o++) {
        Geometry area = map.area(o);
        area.setUserData(o);
        tree.insert(area.getEnvelopeInternal(), area);
      }
      tree.build();
    }

    /** Writes the groups within the radius with their distances, unsorted; returns how many. */
    int within(double x, double y, double radius, int[] ordinals, double[] distances) {
      Envelope search = new Envelope(x - radius, x + radius, y - radius, y + radius);
      Point p = FACTORY.createPoint(new Coordinate(x, y));
      int n = 0;
      for (Object o : tree.query(search)) {
        Geometry area = (Geometry) o;
        double d = area.distance(p);
        if (d <= radius) {
          ordinals[n] = (Integer) area.getUserData();
          distances[n] = d;
          n++;
        }
      }
      return n;
    }
  }

  @Setup(Level.Trial)
  public void setUp() {
    List<Group> coverage = layout.groups();
    double[][] points = layout.households(POINTS, 11L * layout.size());
    xs = points[0];
    ys = points[1];
    CoverageMap map = CoverageMap.of(coverage);
    index = NearbyIndex.of(map);
    baseline = new StrTreeDistance(map);
    ordinals = new int[map.size()];
    distances = new double[map.size()];
    requireSameAnswers(map.size(), 3_000);
  }

  private void requireSameAnswers(int size, int checked) {
    int[] o2 = new int[size];
    double[] d2 = new double[size];
    for (int i = 0; i < checked; i++) {
      int n = index.within(xs[i], ys[i], radius, ordinals, distances);
      int m = baseline.within(xs[i], ys[i], radius, o2, d2);
      if (n != m) {
        throw new IllegalStateException("NearbyIndex found " + n + " groups, JTS " + m + " at " + xs[i] + ", " + ys[i]);
      }
      for (int k = 0; k < m; k++) {
        boolean found = false;
        for (int j = 0; j < n; j++) {
          if (ordinals[j] == o2[k]) {
            found = true;
            if (Math.abs(distances[j] - d2[k]) > 1e-6) {
              throw new IllegalStateException("distance to group " + o2[k] + " differs: " + distances[j] + " versus JTS " + d2[k]);
            }
          }
        }
        if (!found) {
          throw new IllegalStateException("NearbyIndex misses group " + o2[k] + " at " + xs[i] + ", " + ys[i]);
        }
      }
    }
  }

  @Benchmark
  public int within() {
    int i = next;
    next = (i + 1) & (POINTS - 1);
    return kind == Kind.DEKKING ? index.within(xs[i], ys[i], radius, ordinals, distances)
        : baseline.within(xs[i], ys[i], radius, ordinals, distances);
  }
}
