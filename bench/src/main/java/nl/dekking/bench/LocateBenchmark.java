package nl.dekking.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.dekking.model.Group;
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
 * Suite item 1: one thread looks up points in random order, lookups per second. Groups and points come from a
 * {@link Layout}: synthetic partitions with uniform points, the real sample, or street-shaped layouts with
 * households clustered near group edges; 1 M (2^20) seeded points, walked in order, 1,024 lookups per
 * invocation. Setup prints the layout, the index and the share of the points whose lookup needs an exact
 * geometry test. Run with {@code -prof gc} for the allocation per lookup.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class LocateBenchmark {

  static final int POINTS = 1 << 20;
  static final int BATCH = 1024;

  @Param({"SYNTHETIC_100", "SYNTHETIC_2000", "SYNTHETIC_15000", "SAMPLE", "STREETS_150", "STREETS_2000",
      "STREETS_15000", "NATIONAL_12000"})
  public Layout layout;

  @Param({"DEKKING", "NAIVE_PREPARED", "JTS_STRTREE_PREPARED", "JTS_HPRTREE_INDEXED"})
  public Implementation implementation;

  private double[] xs;
  private double[] ys;
  private PointLocator locator;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    List<Group> coverage = layout.groups();
    double[][] points = layout.households(POINTS, 7L * layout.size());
    xs = points[0];
    ys = points[1];
    locator = implementation.create(coverage);
    PointLocator reference = Implementation.JTS_STRTREE_PREPARED.create(coverage);
    int checked = implementation == Implementation.DEKKING ? 200_000 : 5_000;
    ExactnessCheck.requireSameAnswers(implementation + " on " + layout, locator, reference, xs, ys, checked);
    if (implementation == Implementation.DEKKING) {
      LayoutReport.print(layout, coverage, xs, ys, reference);
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int locate() {
    int sum = 0;
    int i = next;
    for (int k = 0; k < BATCH; k++) {
      sum += locator.locate(xs[i], ys[i]);
      i = (i + 1) & (POINTS - 1);
    }
    next = i;
    return sum;
  }
}
