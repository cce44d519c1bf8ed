package nl.dekking.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
 * The machine's memory latency, to read {@link NearbyBenchmark} against: a cold incident query is a handful of
 * memory round trips, so its time depends on the machine more than on the code. {@code DEPENDENT}: nanoseconds per
 * load when each load's address comes from the one before (a random cycle through one int per 64-byte line of an
 * array of {@code megabytes}), the latency of one round trip. {@code INDEPENDENT}: nanoseconds per load when 16
 * loads at random lines are issued together, the cost of a round trip when the processor overlaps them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class MemoryLatencyBenchmark {

  private static final int LINE = 16; // ints per 64-byte cache line
  private static final int BATCH = 16;
  private static final int CHAIN = 1024;

  @Param({"1", "4", "16", "64", "256"})
  public int megabytes;

  private int[] next;
  private int[] lines;
  private int at;
  private int batch;

  @Setup(Level.Trial)
  public void setUp() {
    int count = megabytes * 1024 * 1024 / 4 / LINE;
    next = new int[count * LINE];
    int[] order = new int[count];
    for (int i = 0; i < count; i++) {
      order[i] = i;
    }
    SplittableRandom random = new SplittableRandom(20261130L);
    for (int i = count - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    for (int i = 0; i < count; i++) {
      next[order[i] * LINE] = order[(i + 1) % count] * LINE;
    }
    lines = new int[1 << 16];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = random.nextInt(count) * LINE;
    }
  }

  /** One load after another, each waiting for the one before. */
  @Benchmark
  @OperationsPerInvocation(CHAIN)
  public int dependent() {
    int p = at;
    for (int i = 0; i < CHAIN; i++) {
      p = next[p];
    }
    at = p;
    return p;
  }

  /** Sixteen loads at random lines that do not wait for each other. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int independent() {
    int b = batch;
    batch = (b + BATCH) & (lines.length - 1);
    int sum = 0;
    for (int i = 0; i < BATCH; i++) {
      sum += next[lines[b + i]];
    }
    return sum;
  }
}
