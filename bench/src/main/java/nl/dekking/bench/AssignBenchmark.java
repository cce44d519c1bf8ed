package nl.dekking.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import nl.dekking.index.Assignment;
import nl.dekking.index.CoverageIndex;
import nl.dekking.model.Group;
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
 * Suite item 2: assign a batch of households (in random order) to groups on every core, time per batch, on
 * a {@link Layout} (synthetic, or street-shaped with households near group edges).
 * {@code DEKKING} is {@link CoverageIndex#assign(double[], double[])}, space-filling-curve reordering included;
 * {@code JTS_STRTREE_PREPARED} runs the STRtree + PreparedGeometry lookup (with the shared-boundary rule for
 * the count) over the same chunks with the same threads (the common fork-join pool plus the caller).
 *
 * <p>The fork touches its whole heap at start ({@code -XX:+AlwaysPreTouch}): each shot allocates its result
 * arrays afresh, and without it a shot that lands in heap memory not yet used pays the kernel's first-touch page
 * faults (measured here: shots of the same batch between 205 and 413 ms), which is noise, not lookup cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class AssignBenchmark {

  private static final int CHUNK = 8192;

  @Param({"1000000", "10000000"})
  public int households;

  @Param({"SYNTHETIC_2000", "STREETS_2000"})
  public Layout layout;

  @Param({"DEKKING", "JTS_STRTREE_PREPARED"})
  public Implementation implementation;

  private double[] xs;
  private double[] ys;
  private CoverageIndex index;
  private JtsBaselines.StrTreePrepared jts;

  @Setup(Level.Trial)
  public void setUp() {
    List<Group> coverage = layout.groups();
    double[][] points = layout.households(households, 11L * households);
    xs = points[0];
    ys = points[1];
    jts = new JtsBaselines.StrTreePrepared(JtsBaselines.areas(coverage));
    if (implementation == Implementation.DEKKING) {
      index = CoverageIndex.build(coverage);
      Assignment assignment = index.assign(xs, ys);
      for (int i = 0; i < Math.min(households, 200_000); i++) {
        long expected = jts.locateCounted(xs[i], ys[i]);
        int first = (int) expected - 1;
        int count = (int) (expected >>> 32);
        if (assignment.firstGroup(i) != first || assignment.coveringCount(i) != count) {
          throw new IllegalStateException("household " + i + " (" + xs[i] + ", " + ys[i] + ") assigned to "
              + assignment.firstGroup(i) + " of " + assignment.coveringCount(i) + " groups, JTS says " + first
              + " of " + count);
        }
      }
    } else if (implementation != Implementation.JTS_STRTREE_PREPARED) {
      throw new IllegalArgumentException("assignment is compared for DEKKING and JTS_STRTREE_PREPARED, not "
          + implementation);
    }
  }

  @Benchmark
  public Object assign() {
    if (implementation == Implementation.DEKKING) {
      return index.assign(xs, ys);
    }
    int n = xs.length;
    int[] firsts = new int[n];
    int[] counts = new int[n];
    IntStream.range(0, (n + CHUNK - 1) / CHUNK).parallel().forEach(c -> {
      for (int i = c * CHUNK, end = Math.min(n, i + CHUNK); i < end; i++) {
        long found = jts.locateCounted(xs[i], ys[i]);
        firsts[i] = (int) found - 1;
        counts[i] = (int) (found >>> 32);
      }
    });
    return new int[][] {firsts, counts};
  }
}
