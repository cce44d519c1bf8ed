package nl.dekking.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.dekking.model.Group;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Suite item 3: index build time (from the groups' areas, repairs included) and footprint, per {@link Layout}.
 * {@code footprint} reports, as secondary results, the heap the built index retains in total
 * ({@code retainedBytes}) and per group ({@code bytesPerGroup}), measured as the used heap after a full GC with
 * the index held minus before building it; its time is not a result. JMH sums these counters over measurement iterations, so {@code footprint} runs
 * one iteration; keep {@code -i 1} when running it from the command line.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class BuildBenchmark {

  @Param({"SYNTHETIC_100", "SYNTHETIC_2000", "SYNTHETIC_15000", "STREETS_150", "STREETS_2000", "STREETS_15000",
      "NATIONAL_12000"})
  public Layout layout;

  @Param({"DEKKING", "JTS_STRTREE_PREPARED", "JTS_HPRTREE_INDEXED"})
  public Implementation implementation;

  private List<Group> coverage;

  @Setup(Level.Trial)
  public void setUp() {
    coverage = layout.groups();
  }

  @Benchmark
  public Object build() {
    return implementation.create(coverage);
  }

  /** The footprint counters, reported by JMH next to the primary result. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Footprint {
    public long retainedBytes;
    public long bytesPerGroup;
  }

  @Benchmark
  @Warmup(iterations = 0)
  @Measurement(iterations = 1, time = 1)
  public Object footprint(Footprint footprint) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = usedAfterGc(memory);
    PointLocator built = implementation.create(coverage);
    long after = usedAfterGc(memory);
    footprint.retainedBytes = Math.max(0, after - before);
    footprint.bytesPerGroup = footprint.retainedBytes / coverage.size();
    return built;
  }

  private static long usedAfterGc(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
