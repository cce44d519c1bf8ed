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
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Suite item 4: the real Otterlo/Wekerom addresses (2,481 BAG points) against the bundled sample groups.
 * {@code locateAll} looks every address up once, in file order, on one thread: the time per whole town.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SampleDataBenchmark {

  @Param({"DEKKING", "NAIVE_PREPARED", "JTS_STRTREE_PREPARED", "JTS_HPRTREE_INDEXED"})
  public Implementation implementation;

  private double[] xs;
  private double[] ys;
  private PointLocator locator;

  @Setup(Level.Trial)
  public void setUp() {
    List<Group> groups = SampleData.groups();
    double[][] addresses = SampleData.addresses();
    xs = addresses[0];
    ys = addresses[1];
    locator = implementation.create(groups);
    ExactnessCheck.requireSameAnswers(implementation + " on the Otterlo/Wekerom sample", locator,
        Implementation.JTS_STRTREE_PREPARED.create(groups), xs, ys, xs.length);
  }

  @Benchmark
  public int locateAll() {
    int sum = 0;
    for (int i = 0; i < xs.length; i++) {
      sum += locator.locate(xs[i], ys[i]);
    }
    return sum;
  }
}
