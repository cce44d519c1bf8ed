package nl.dekking.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import nl.dekking.crs.RdNew;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The raster outline of a large gap cluster ({@link GapClusterer}, clusters above
 * {@value GapClusterer#LARGE_CLUSTER} households): the closed raster's cells merged by a JTS OverlayNG union of one
 * rectangle per row run ({@code ROW_RUN_UNION}, how it was done before) against the boundary traced straight from
 * the raster ({@code BOUNDARY_TRACE}, {@link CellBoundaryTracer}), both buffered by JTS, and against the traced
 * rings offset directly by the margin ({@code TRACE_OFFSET}, what {@code GapClusterer} now does). {@code merge} times the merge of a closed
 * raster made in setup ({@code TRACE_OFFSET} merges as {@code BOUNDARY_TRACE}); {@code buffer} the {@value GapClusterer#OUTLINE_MARGIN_M} m buffer of a merge made in
 * setup (the union's rings keep vertices in the middle of straight runs, the traced ones only corners);
 * {@code outline} the whole outline as {@code GapClusterer} draws it: raster, closing,
 * merge and the {@value GapClusterer#OUTLINE_MARGIN_M} m buffer.
 *
 * <p>The cluster is a city of uncovered households shaped as {@code NationalGenerator} shapes them: streets of 120
 * households spread 60 m (standard deviation) around their centres, centres uniform over a square of about
 * 2,000 households per km² (20,000 households: 3.2 km across; 400,000: 14 km), at the default walking distance of
 * 100 m (cells of 50 m). Setup checks that both merges and both outlines are the same point set (symmetric
 * difference under 1e-6 m²) before anything is timed.
 *
 * <p>This class sits in {@code nl.dekking.analysis} because what it times is package-private there.
 *
 * <pre>{@code java -jar bench/target/benchmarks.jar RasterOutlineBenchmark -f 1 -wi 2 -i 3 -w 1s -r 1s}</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RasterOutlineBenchmark {

  /** How the closed raster's cells are merged into polygons and buffered. */
  public enum Merge {
    /** One rectangle per row run, unioned by OverlayNG; buffered by JTS. */
    ROW_RUN_UNION,
    /** The boundary traced ({@link CellBoundaryTracer#trace}); buffered by JTS. */
    BOUNDARY_TRACE,
    /** The traced rings offset directly ({@link CellBoundaryTracer#buffer}, what {@code GapClusterer} does). */
    TRACE_OFFSET
  }

  private static final double WALKING_DISTANCE_M = AnalysisSettings.DEFAULT_WALKING_DISTANCE_M;
  private static final int HOUSEHOLDS_PER_STREET = 120;
  private static final double STREET_SPREAD_M = 60;
  private static final double HOUSEHOLDS_PER_KM2 = 2_000;

  @Param({"20000", "100000", "400000"})
  int households;

  @Param({"ROW_RUN_UNION", "BOUNDARY_TRACE", "TRACE_OFFSET"})
  Merge merge;

  private Coordinate[] points;
  private CellGrid grid;
  private Geometry merged;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20241130L + households);
    double side = 1_000 * Math.sqrt(households / HOUSEHOLDS_PER_KM2);
    int streets = Math.max(1, households / HOUSEHOLDS_PER_STREET);
    double[] cx = new double[streets];
    double[] cy = new double[streets];
    for (int s = 0; s < streets; s++) {
      cx[s] = 150_000 + random.nextDouble() * side;
      cy[s] = 450_000 + random.nextDouble() * side;
    }
    points = new Coordinate[households];
    for (int i = 0; i < households; i++) {
      int s = random.nextInt(streets);
      points[i] = new Coordinate(cx[s] + random.nextGaussian() * STREET_SPREAD_M,
          cy[s] + random.nextGaussian() * STREET_SPREAD_M);
    }
    grid = CellGrid.closed(points, WALKING_DISTANCE_M / 2);
    Geometry union = rowRunUnion(grid);
    Geometry traced = CellBoundaryTracer.trace(grid, RdNew.GEOMETRY_FACTORY);
    Geometry offset = offset(grid);
    double mergeDifference = union.symDifference(traced).getArea();
    double outlineDifference = buffer(union).symDifference(buffer(traced)).getArea();
    double offsetDifference = buffer(union).symDifference(offset).getArea();
    if (!traced.isValid() || !offset.isValid() || mergeDifference > 1e-6 || outlineDifference > 1e-6
        || offsetDifference > 1e-6) {
      throw new IllegalStateException("the traced raster differs from the row-run union: valid " + traced.isValid()
          + " and " + offset.isValid() + ", symmetric difference " + mergeDifference + " m² merged, "
          + outlineDifference + " m² buffered, " + offsetDifference + " m² offset, " + households + " households");
    }
    merged = merge == Merge.ROW_RUN_UNION ? union : traced;
    System.out.printf(Locale.ROOT, "%n%,d households, %d x %d cells, %d polygons, %s; vertices: row-run union %,d,"
        + " traced %,d%n", households, grid.width(), grid.height(), traced.getNumGeometries(),
        hasSaddle(grid) ? "with saddles" : "no saddles",
        union.getNumPoints(), traced.getNumPoints());
  }

  @Benchmark
  public Geometry merge() {
    return merged(grid);
  }

  /**
   * The buffer alone, of the merge made in setup: whether the traced rings (corners only) buffer faster; for
   * {@code TRACE_OFFSET}, the trace and its offset from the closed raster.
   */
  @Benchmark
  public Geometry buffer() {
    return merge == Merge.TRACE_OFFSET ? offset(grid) : buffer(merged);
  }

  @Benchmark
  public Geometry outline() {
    CellGrid cells = CellGrid.closed(points, WALKING_DISTANCE_M / 2);
    return merge == Merge.TRACE_OFFSET ? offset(cells) : buffer(merged(cells));
  }

  private Geometry merged(CellGrid cells) {
    return merge == Merge.ROW_RUN_UNION ? rowRunUnion(cells)
        : CellBoundaryTracer.trace(cells, RdNew.GEOMETRY_FACTORY);
  }

  private static Geometry offset(CellGrid cells) {
    return CellBoundaryTracer.buffer(cells, GapClusterer.OUTLINE_MARGIN_M, GapClusterer.QUADRANT_SEGMENTS,
        RdNew.GEOMETRY_FACTORY);
  }

  private static boolean hasSaddle(CellGrid cells) {
    for (int y = 0; y + 1 < cells.height(); y++) {
      for (int x = 0; x + 1 < cells.width(); x++) {
        boolean sw = cells.isHeld(x, y);
        if (sw == cells.isHeld(x + 1, y + 1) && cells.isHeld(x + 1, y) == cells.isHeld(x, y + 1)
            && sw != cells.isHeld(x + 1, y)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Geometry buffer(Geometry merged) {
    return merged.buffer(GapClusterer.OUTLINE_MARGIN_M, GapClusterer.QUADRANT_SEGMENTS);
  }

  /** The merge as {@code GapClusterer} did it before the tracer: one rectangle per row run, unioned. */
  private static Geometry rowRunUnion(CellGrid cells) {
    List<Geometry> runs = new ArrayList<>();
    int w = cells.width();
    for (int j = 0; j < cells.height(); j++) {
      int i = 0;
      while (i < w) {
        if (!cells.isHeld(i, j)) {
          i++;
          continue;
        }
        int start = i;
        while (i < w && cells.isHeld(i, j)) {
          i++;
        }
        runs.add(RdNew.GEOMETRY_FACTORY.toGeometry(new Envelope(cells.x0() + start * cells.cell(),
            cells.x0() + i * cells.cell(), cells.y0() + j * cells.cell(), cells.y0() + (j + 1) * cells.cell())));
      }
    }
    return UnaryUnionNG.union(RdNew.GEOMETRY_FACTORY.buildGeometry(runs), RdNew.GEOMETRY_FACTORY.getPrecisionModel());
  }
}
