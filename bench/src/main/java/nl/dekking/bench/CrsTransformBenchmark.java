package nl.dekking.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import nl.dekking.crs.CrsTransform;
import nl.dekking.crs.RdNew;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Nanoseconds per point of the RD New - WGS84 transformation: {@code PROJ4J} is what {@link CrsTransform} did
 * before (the extent check, proj4j's {@code BasicCoordinateTransform.transform} into reused {@code ProjCoordinate}s
 * and a new {@link Coordinate}); {@code DEKKING} is {@link CrsTransform#rdToWgs84()} / {@link
 * CrsTransform#wgs84ToRd()} as they are now, with the same checks and the specialised path (answers within
 * 1e-12 degrees of proj4j's to WGS84, the same doubles to RD New). 65,536 seeded points uniform over the RD New
 * extent (their WGS84 coordinates for the reverse direction), 1,024 per invocation. Setup refuses to run when the
 * two differ by more than that.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CrsTransformBenchmark {

  static final int POINTS = 1 << 16;
  static final int BATCH = 1024;
  private static final String WGS84 = "+proj=longlat +datum=WGS84 +no_defs";

  /** Which way the points go. */
  public enum Direction {
    RD_TO_WGS84,
    WGS84_TO_RD
  }

  /** Which transformation runs. */
  public enum Kind {
    PROJ4J,
    DEKKING
  }

  @Param({"RD_TO_WGS84", "WGS84_TO_RD"})
  public Direction direction;

  @Param({"PROJ4J", "DEKKING"})
  public Kind kind;

  private double[] xs;
  private double[] ys;
  private CrsTransform dekking;
  private CoordinateTransform proj4j;
  private final ProjCoordinate in = new ProjCoordinate();
  private final ProjCoordinate out = new ProjCoordinate();
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(28992);
    xs = new double[POINTS];
    ys = new double[POINTS];
    CrsTransform toWgs84 = CrsTransform.rdToWgs84();
    for (int i = 0; i < POINTS; i++) {
      double x = random.nextDouble(RdNew.MIN_X, RdNew.MAX_X);
      double y = random.nextDouble(RdNew.MIN_Y, RdNew.MAX_Y);
      if (direction == Direction.RD_TO_WGS84) {
        xs[i] = x;
        ys[i] = y;
      } else {
        Coordinate ll = toWgs84.apply(x, y);
        xs[i] = ll.x;
        ys[i] = ll.y;
      }
    }
    CRSFactory crs = new CRSFactory();
    boolean toRd = direction == Direction.WGS84_TO_RD;
    proj4j = new CoordinateTransformFactory().createTransform(
        crs.createFromParameters("from", toRd ? WGS84 : RdNew.PROJ4),
        crs.createFromParameters("to", toRd ? RdNew.PROJ4 : WGS84));
    dekking = toRd ? CrsTransform.wgs84ToRd() : CrsTransform.rdToWgs84();
    for (int i = 0; i < POINTS; i++) {
      Coordinate a = viaProj4j(xs[i], ys[i]);
      Coordinate b = dekking.apply(xs[i], ys[i]);
      double allowed = direction == Direction.RD_TO_WGS84 ? 1e-12 : 0;
      if (Math.abs(a.x - b.x) > allowed || Math.abs(a.y - b.y) > allowed) {
        throw new IllegalStateException(direction + " differs from proj4j at " + xs[i] + ", " + ys[i] + ": " + a
            + " against " + b);
      }
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public double transform() {
    double sum = 0;
    int i = next;
    boolean viaProj4j = kind == Kind.PROJ4J;
    for (int k = 0; k < BATCH; k++) {
      Coordinate c = viaProj4j ? viaProj4j(xs[i], ys[i]) : dekking.apply(xs[i], ys[i]);
      sum += c.x + c.y;
      i = (i + 1) & (POINTS - 1);
    }
    next = i;
    return sum;
  }

  /** The former {@code CrsTransform.apply}: extent check on the RD side, proj4j, a new coordinate. */
  private Coordinate viaProj4j(double x, double y) {
    if (direction == Direction.RD_TO_WGS84 && !RdNew.isInNetherlands(x, y)) {
      throw new IllegalArgumentException("outside: " + x + ", " + y);
    }
    in.x = x;
    in.y = y;
    proj4j.transform(in, out);
    if (direction == Direction.WGS84_TO_RD && !RdNew.isInNetherlands(out.x, out.y)) {
      throw new IllegalArgumentException("outside: " + x + ", " + y);
    }
    return new Coordinate(out.x, out.y);
  }
}
